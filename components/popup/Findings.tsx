import type { Finding, Lang } from '@/lib/findings';
import { tipFor } from '@/lib/tips';
import type { Strings } from './strings';

/** What the page showed, each with its tip (the same tips the page shows). */
export function Findings({ findings, lang, t }: { findings: Finding[]; lang: Lang; t: Strings }) {
  return (
    <section aria-labelledby="findings-h">
      <h2 id="findings-h">{t.detected}</h2>
      {findings.length === 0 ? (
        <p class="muted">{t.nothingDetected}</p>
      ) : (
        <ul class="findings">
          {findings.map((finding) => {
            const tip = tipFor(finding.site, finding.id, lang);
            return (
              <li key={finding.id} class={`finding ${finding.severity}`} data-finding={finding.id}>
                <details>
                  <summary>{tip.title}</summary>
                  <ol>
                    {tip.causes.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ol>
                  <p>{tip.next}</p>
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
