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

interface Case {
  file: string;
  url: string;
  expected: string[];
}

async function score(dir: string): Promise<{ exact: number; pages: number; found: number; states: number; quiet: number; ordinary: number }> {
  const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as Case[];
  const totals = { exact: 0, pages: cases.length, found: 0, states: 0, quiet: 0, ordinary: 0 };
  for (const c of cases) {
    const url = new URL(c.url);
    const page = loadSavedPage(readFileSync(join(dir, c.file), 'utf8'), url);
    const ids: string[] = detectFindings(page.document, url).map((f) => f.id);
    await page.close();
    const expected = [...c.expected].sort();
    const exact = JSON.stringify(ids) === JSON.stringify(expected);
    if (exact) totals.exact++;
    if (expected.length === 0) {
      totals.ordinary++;
      if (ids.length === 0) totals.quiet++;
    }
    for (const id of expected) {
      totals.states++;
      if (ids.includes(id)) totals.found++;
    }
    if (!exact) console.log(`  miss ${c.file}: expected [${expected.join(' ')}], got [${ids.join(' ')}]`);
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
  console.log(`${dir}: ${t.exact}/${t.pages} pages exact; ${t.found}/${t.states} trouble states recognised; ${t.quiet}/${t.ordinary} ordinary pages quiet`);
}
