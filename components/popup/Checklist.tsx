import { useEffect, useState } from 'preact/hooks';
import { CHECKLISTS } from '@/lib/checklist/items';
import { byRelevance } from '@/lib/checklist/relevance';
import type { ChecklistItem } from '@/lib/checklist/types';
import type { AutoCheck } from '@/lib/checklist/types';
import type { Finding, Lang, SiteId } from '@/lib/findings';
import { readChecked, validateTicks, type ChecklistTicks } from '@/lib/settings';
import { ticksItem } from '@/lib/stored';
import type { VersionStatus } from '@/lib/browser-version';
import type { Strings } from './strings';

export interface AutoFacts {
  findings: Finding[];
  cookiesEnabled: boolean;
  siteCookies: number | null;
  version: VersionStatus | null;
}

type AutoResult = { state: 'ok' | 'fail' | 'unknown'; note: string };

/** What the extension knows itself about one item, as a result in words: 「確認済み：Cookieは有効です」. */
export function autoResult(check: AutoCheck, facts: AutoFacts, t: Strings, site: SiteId): AutoResult {
  const has = (id: Finding['id']) => facts.findings.some((f) => f.id === id);
  const typed = (id: Finding['id'], seen: string): AutoResult => (has(id) ? { state: 'fail', note: seen } : { state: 'unknown', note: t.autoUnknown });
  switch (check) {
    case 'caps-lock':
      return typed('caps-lock-on', t.capsLockSeen);
    case 'num-lock':
      return typed('num-lock-off', t.numLockSeen);
    case 'full-width':
      return typed('full-width-input', t.fullWidthSeen);
    case 'email-verified':
      return has('email-unverified') ? { state: 'fail', note: t.emailUnverified } : { state: 'unknown', note: '' };
    case 'cookies-enabled':
      return facts.cookiesEnabled ? { state: 'ok', note: t.cookiesEnabled } : { state: 'fail', note: t.cookiesDisabled };
    case 'site-cookies':
      return facts.siteCookies === null ? { state: 'unknown', note: '' } : { state: 'ok', note: t.siteCookies(facts.siteCookies) };
    case 'lock-notice':
      return has('account-locked') ? { state: 'fail', note: t.lockNotice[site] } : { state: 'ok', note: t.noLockNotice[site] };
    case 'browser-version': {
      const v = facts.version;
      if (!v || v.verdict === 'unknown') return { state: 'unknown', note: t.unknownVersion };
      if (v.verdict === 'behind') return { state: v.outdated ? 'fail' : 'ok', note: t.behind(v.behind, v.weeksBehind) };
      return { state: 'ok', note: v.verdict === 'esr' ? t.esr : t.upToDate };
    }
  }
}

/** The result's line: 「確認済み：…」, 「要確認：…」 or 「未確認：…」. */
export function autoLine(result: AutoResult, t: Strings): string {
  const prefix = result.state === 'ok' ? t.autoOk : result.state === 'fail' ? t.autoFail : t.autoTodo;
  return `${prefix}${t.colon}${result.note}`;
}

export function Checklist({ site, lang, t, facts }: { site: SiteId; lang: Lang; t: Strings; facts: AutoFacts }) {
  const [ticks, setTicks] = useState<ChecklistTicks | null>(null);
  const [repaired, setRepaired] = useState(false);
  useEffect(() => {
    void readChecked(ticksItem, validateTicks).then((checked) => {
      setTicks(checked.value);
      setRepaired(checked.repaired);
    });
  }, []);
  if (!ticks) return null;

  const save = (next: ChecklistTicks) => {
    setTicks(next);
    void ticksItem.setValue(next);
  };
  const toggle = (id: string, on: boolean) => {
    const mine = { ...ticks[site] };
    if (on) mine[id] = Date.now();
    else delete mine[id];
    save({ ...ticks, [site]: mine });
  };

  const { relevant, rest } = byRelevance(CHECKLISTS[site], facts.findings.map((f) => f.id));
  const row = (item: ChecklistItem) => {
    const auto = item.auto ? autoResult(item.auto, facts, t, site) : null;
    const text = item[lang];
    return (
      <li key={item.id} data-item={item.id}>
        <label>
          <input type="checkbox" checked={item.id in ticks[site]} onChange={(e) => toggle(item.id, e.currentTarget.checked)} />
          <span class="label">{text.check}</span>
        </label>
        <div class="how">{text.howTo}</div>
        {auto && auto.note && <div class={`auto ${auto.state}`}>{autoLine(auto, t)}</div>}
      </li>
    );
  };

  // Folded: the popup's first screen is the problem and its fix (issue 19); the causes to rule out wait here.
  return (
    <details class="checklist-fold">
      <summary id="checklist-h">{t.checklistSummary(relevant.length + rest.length)}</summary>
      {rest.length > 0 && <h3>{t.checklistForThis}</h3>}
      <p class="muted">{t.checklistHint}</p>
      {repaired && <p class="notice">{t.repaired}</p>}
      <ol class="checklist">{relevant.map(row)}</ol>
      {rest.length > 0 && (
        <details class="rest">
          <summary>{t.checklistRest(rest.length)}</summary>
          <ol class="checklist">{rest.map(row)}</ol>
        </details>
      )}
      <button type="button" class="link" onClick={() => save({ ...ticks, [site]: {} })}>
        {t.startOver}
      </button>
    </details>
  );
}
