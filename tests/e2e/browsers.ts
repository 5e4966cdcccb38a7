/**
 * Vitest global setup of the browser tests: the real browsers they drive are Debian's (never downloaded).
 * Where one is missing, `npm test` installs it with apt (as root, or through sudo without a password) or
 * stops at once with the one command to run: a fresh machine needs nothing else.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDED: Array<{ package: string; paths: string[] }> = [
  { package: 'chromium', paths: ['/usr/lib/chromium/chromium', '/usr/bin/chromium'] },
  { package: 'firefox-esr', paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] },
];
/** Japanese glyphs for the screenshots the browser tests take (tofu otherwise). */
const FONTS = { package: 'fonts-ipafont-gothic', present: () => spawnSync('sh', ['-c', "fc-list 2>/dev/null | grep -qi 'ipagothic\\|noto sans cjk'"]).status === 0 };

export default function setup(): void {
  const missing = [...NEEDED.filter((b) => !b.paths.some((p) => existsSync(p))).map((b) => b.package), ...(FONTS.present() ? [] : [FONTS.package])];
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const asRoot = process.getuid?.() === 0;
  const sudo = !asRoot && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!asRoot && !sudo) throw new Error(`The browser tests need Debian's ${missing.join(', ')}. Run: sudo sh -c '${command}'`);
  console.log(`Installing ${missing.join(', ')} from Debian's packages for the browser tests…`);
  const run = (args: string[]) => execFileSync(sudo ? 'sudo' : args[0]!, sudo ? args : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', ...missing]);
}
