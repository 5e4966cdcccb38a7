import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectFindings, type DetectOptions } from '@/lib/detection/detect';
import { loadSavedPage } from '@/lib/cli/saved-page';
import type { Finding } from '@/lib/findings';

export const FIXTURES = resolve('tests/fixtures');

export function fixture(path: string): string {
  return readFileSync(resolve(FIXTURES, path), 'utf8');
}

/** Findings for a page, read exactly as the scan command reads it. */
export async function findingsFor(html: string, url: string, options?: DetectOptions): Promise<Finding[]> {
  const page = loadSavedPage(html, new URL(url));
  try {
    return detectFindings(page.document, new URL(url), options);
  } finally {
    await page.close();
  }
}

export async function idsFor(html: string, url: string, options?: DetectOptions): Promise<string[]> {
  return (await findingsFor(html, url, options)).map((f) => f.id);
}
