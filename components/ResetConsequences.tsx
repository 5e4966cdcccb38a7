import type { ResetConsequences } from '@/lib/reset-consequences';

/** What a reset of this site takes and what undo brings back, in words: the card's and the popup's
 *  confirmation say the same (lib/reset-consequences.ts). */
export function Consequences({ of }: { of: ResetConsequences }) {
  return (
    <>
      <p>
        <strong>{of.lead}</strong>
      </p>
      <ul class="lose">
        {of.lose.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p class="undo-note">{of.undo}</p>
    </>
  );
}
