/**
 * npm run score -- <set folder> [more folders…]
 * Scores a set of saved pages (`cases.json`: file, url, expected ids) the way the scan command reads them,
 * and prints each miss and the totals: pages whose findings are exactly as expected, and trouble states
 * recognised (the expected specific id is among the findings). Used for the blind protocol (README).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSavedPage } from '../../lib/cli/saved-page';
import { detectFindings } from '../../lib/detection/detect';
// Every language of the lexicon, as the scan command reads pages.
import '../../lib/detection/lexicon/all';

interface Case {
  file: string;
  url: string;
  expected: string[];
  /** The step the page says it is at, per finding id (design §2 `detail`), where the set states one. */
  details?: Record<string, string>;
}

async function score(dir: string): Promise<{ exact: number; pages: number; found: number; states: number; quiet: number; ordinary: number; detailed: number; details: number }> {
  const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as Case[];
  const totals = { exact: 0, pages: cases.length, found: 0, states: 0, quiet: 0, ordinary: 0, detailed: 0, details: 0 };
  for (const c of cases) {
    const url = new URL(c.url);
    const page = loadSavedPage(readFileSync(join(dir, c.file), 'utf8'), url);
    const findings = detectFindings(page.document, url);
    const ids: string[] = findings.map((f) => f.id);
    await page.close();
    const expected = [...c.expected].sort();
    // A page is exact when its ids are, and each step the set states is the finding's detail.
    const wrongDetails = Object.entries(c.details ?? {}).filter(([id, detail]) => findings.find((f) => f.id === id)?.detail !== detail);
    totals.details += Object.keys(c.details ?? {}).length;
    totals.detailed += Object.keys(c.details ?? {}).length - wrongDetails.length;
    const exact = JSON.stringify(ids) === JSON.stringify(expected) && wrongDetails.length === 0;
    if (exact) totals.exact++;
    if (expected.length === 0) {
      totals.ordinary++;
      if (ids.length === 0) totals.quiet++;
    }
    for (const id of expected) {
      totals.states++;
      if (ids.includes(id)) totals.found++;
    }
    const shown = (list: Array<{ id: string; detail?: string }>) => list.map((f) => (f.detail ? `${f.id}:${f.detail}` : f.id)).join(' ');
    if (!exact) console.log(`  miss ${c.file}: expected [${shown(expected.map((id) => ({ id, detail: c.details?.[id] })))}], got [${shown(findings)}]`);
  }
  return totals;
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: npm run score -- <set folder> [more folders…]');
  process.exit(2);
}
for (const dir of dirs) {
  const t = await score(dir);
  console.log(`${dir}: ${t.exact}/${t.pages} pages exact; ${t.found}/${t.states} trouble states recognised; ${t.detailed}/${t.details} steps (detail) right; ${t.quiet}/${t.ordinary} ordinary pages quiet`);
}
