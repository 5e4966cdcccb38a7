/**
 * npm run scan -- <file.html> --url <page-url> [--all more.html …]
 * Runs the content script's detectors over saved pages and prints one JSON object per page (design §3).
 */
import { readFile } from 'node:fs/promises';
import { detectFindings } from '../detection/detect';
// Every language of the lexicon (the extension injects only a frame's own: lib/detection/languages.ts).
import '../detection/lexicon/all';
import { siteForUrl } from '../sites';
import { loadSavedPage, savedFromUrl } from './saved-page';

const USAGE = 'usage: npm run scan -- <file.html> --url <page-url> [--all <file.html> …]';

class UsageError extends Error {}

interface Args {
  files: string[];
  url: string | null;
}

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  let url: string | null = null;
  let all = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--url') {
      url = argv[++i] ?? null;
      if (url === null) throw new UsageError(`--url needs a value; ${USAGE}`);
    } else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '--all') all = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}; ${USAGE}`);
    else files.push(arg);
  }
  if (files.length === 0) throw new UsageError(`no file given; ${USAGE}`);
  if (files.length > 1 && !all) throw new UsageError(`several files need --all; ${USAGE}`);
  return { files, url };
}

function parseUrl(raw: string, file: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`bad URL for ${file}: ${JSON.stringify(raw)} (expected an absolute http(s) URL)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`bad URL for ${file}: ${JSON.stringify(raw)} (expected an absolute http(s) URL)`);
  }
  return url;
}

async function scanFile(file: string, urlArg: string | null): Promise<string> {
  let html: string;
  try {
    html = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${reason}`);
  }
  const raw = urlArg ?? savedFromUrl(html);
  if (raw === null) throw new UsageError(`no URL for ${file}: pass --url <page-url>`);
  const url = parseUrl(raw, file);
  const site = siteForUrl(url);
  const page = loadSavedPage(html, url);
  try {
    const findings = site ? detectFindings(page.document, url) : [];
    return JSON.stringify({ url: url.href, site: site?.id ?? null, findings });
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  try {
    const args = parseArgs(process.argv.slice(2));
    if (args.url !== null) parseUrl(args.url, args.files[0]!);
    for (const file of args.files) process.stdout.write(`${await scanFile(file, args.url)}\n`);
  } catch (error) {
    process.stderr.write(`scan: ${error instanceof UsageError ? error.message : (error as Error).stack}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}

void main();
