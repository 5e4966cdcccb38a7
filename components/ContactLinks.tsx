import type { Contact } from '@/lib/findings';

/** Only our own official links: web pages over https, phone numbers, mail addresses. */
const SAFE_HREF = /^(https:|tel:|mailto:)/;

/** Official links and phone numbers, opened outside the page. */
export function ContactLinks({ contacts }: { contacts: Contact[] }) {
  const safe = contacts.filter((c) => SAFE_HREF.test(c.href));
  if (safe.length === 0) return null;
  return (
    <ul class="contacts">
      {safe.map((c) => (
        <li key={c.href}>
          <a href={c.href} target="_blank" rel="noopener noreferrer">
            {c.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
