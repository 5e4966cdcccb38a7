/**
 * Vitest global setup of the browser tests: the real browsers they drive are Debian's (never downloaded).
 * Where one is missing, `npm test` installs it with apt (as root, or through sudo without a password).
 * Where it cannot (no apt, no rights, a distribution without the package), it prints the one command to
 * run and goes on: the unit tests still run, and each browser test fails with that command.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const NEEDED: Array<{ package: string; paths: string[] }> = [
  { package: 'chromium', paths: ['/usr/lib/chromium/chromium', '/usr/bin/chromium'] },
  { package: 'firefox-esr', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] },
];
/** Japanese glyphs for the screenshots the browser tests take (tofu otherwise): Debian's IPA Gothic, or
 *  a Noto CJK font already there. Looked for as files, since the font package brings no `fc-list`. */
const FONT_FILE = /^(ipag\w*|NotoSansCJK[\w-]*|NotoSansJP[\w-]*)\.(ttf|otf|ttc)$/i;
const FONTS_PACKAGE = 'fonts-ipafont-gothic';

function hasJapaneseFont(dir = '/usr/share/fonts', depth = 0): boolean {
  if (depth > 4) return false;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  return entries.some((e) => (e.isDirectory() ? hasJapaneseFont(path.join(dir, e.name), depth + 1) : FONT_FILE.test(e.name)));
}

export default function setup(): void {
  const missing = [...NEEDED.filter((b) => !b.paths.some((p) => existsSync(p))).map((b) => b.package), ...(hasJapaneseFont() ? [] : [FONTS_PACKAGE])];
  if (missing.length === 0) return;
  const install = ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing];
  const command = `apt-get update && ${install.join(' ')}`;
  const asRoot = process.getuid?.() === 0;
  const sudo = !asRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
  const cannot = (why: string) =>
    console.error(`\nThe browser tests need ${missing.join(', ')} (${why}). Run:\n\n  sudo sh -c '${command}'\n\nThe unit tests run now; each browser test will fail until then.\n`);
  if (!asRoot && !sudo) return cannot('no root and no password-less sudo');
  console.log(`Installing ${missing.join(', ')} from Debian's packages for the browser tests…`);
  const run = (args: string[]) =>
    execFileSync(sudo ? 'sudo' : args[0]!, sudo ? args : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    run(['apt-get', 'update', '-qq']);
    run(install);
  } catch (error) {
    cannot(`apt-get failed: ${(error as Error).message.split('\n')[0]}`);
  }
}
