import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const SCAN = ['node_modules/.bin/tsx', 'lib/cli/scan.ts'];
const REAL = resolve('tests/fixtures/amazon-real');

async function scan(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(SCAN[0]!, [SCAN[1]!, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// Each case starts the command (a node process) once or twice: on a busy two-core machine that alone can take seconds.
describe('npm run scan', { timeout: 30_000 }, () => {
  it('prints one JSON object for a page', async () => {
    const result = await scan(`${REAL}/post-signin-invalid-password.html`, '--url', 'https://www.amazon.co.jp/ap/signin');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      url: 'https://www.amazon.co.jp/ap/signin',
      site: 'amazon',
      findings: [{ id: 'wrong-password', site: 'amazon', severity: 'error', evidence: 'Your password is incorrect' }],
    });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('prints a finding\'s detail (design §3)', async () => {
    const result = await scan(resolve('tests/fixtures/training/set5/a07-amz-com-cvf-otp-limit.html'), '--url', 'https://www.amazon.com/ap/cvf/verify');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"id":"verification-code","site":"amazon","severity":"error","evidence":"You\'ve requested too many OTPs today.","detail":"send-limit"');
  });

  it('a page of no supported site: site null, no findings', async () => {
    const result = await scan(`${REAL}/post-signin-invalid-password.html`, '--url', 'https://www.example.com/login');
    expect(JSON.parse(result.stdout)).toEqual({ url: 'https://www.example.com/login', site: null, findings: [] });
  });

  it('--all: one line per file, same input same output', async () => {
    const files = [`${REAL}/signin.html`, `${REAL}/post-signin-invalid-email.html`];
    const first = await scan('--all', ...files, '--url', 'https://www.amazon.com/ap/signin');
    const again = await scan('--all', ...files, '--url', 'https://www.amazon.com/ap/signin');
    const lines = first.stdout.trim().split('\n').map((l) => JSON.parse(l) as { findings: Array<{ id: string }> });
    expect(lines.map((l) => l.findings.map((f) => f.id))).toEqual([[], ['account-not-found']]);
    expect(again.stdout).toBe(first.stdout);
  });

  it.each([
    ['a missing file', ['tests/fixtures/nope.html', '--url', 'https://www.amazon.co.jp/ap/signin'], /cannot read .*nope\.html: no such file/],
    ['a bad URL', [`${REAL}/signin.html`, '--url', 'not a url'], /bad URL/],
    ['a non-web URL', [`${REAL}/signin.html`, '--url', 'file:///etc/passwd'], /bad URL/],
    ['no URL', [`${REAL}/signin.html`], /no URL/],
  ])('%s: exit 2 and one clear line on stderr', async (_label, args, message) => {
    const result = await scan(...args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});
