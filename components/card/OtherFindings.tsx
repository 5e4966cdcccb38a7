import type { FindingId } from '@/lib/findings';
import type { ShownTip } from '@/lib/messages';

/** The other situations found, named: one click shows that one's card instead. */
export function OtherFindings({ others, onChoose }: { others: ShownTip[]; onChoose(id: FindingId): void }) {
  return (
    <ul class="others">
      {others.map((s) => (
        <li key={s.finding.id}>
          <button type="button" class="link" data-show={s.finding.id} onClick={() => onChoose(s.finding.id)}>
            {s.tip.title}
          </button>
        </li>
      ))}
    </ul>
  );
}
