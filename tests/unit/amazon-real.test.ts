import { describe, expect, it } from 'vitest';
import { findingsFor, fixture } from './helpers';

/** The 15 real amazon.com pages (tests/fixtures/amazon-real, MIT), each at the URL it is served from. */
const CASES: Array<[file: string, url: string, expected: string[]]> = [
  ['signin.html', 'https://www.amazon.com/ap/signin?openid.assoc_handle=usflex', []],
  ['signin-claim-username.html', 'https://www.amazon.com/ax/claim/signin?arb=x', []],
  ['signin-claim-password.html', 'https://www.amazon.com/ap/signin', []],
  ['post-signin-invalid-email.html', 'https://www.amazon.com/ap/signin', ['account-not-found']],
  ['post-signin-invalid-password.html', 'https://www.amazon.com/ap/signin', ['wrong-password']],
  ['post-signin-intent.html', 'https://www.amazon.com/ax/claim/intent?arb=x', ['account-not-found']],
  ['post-signin-mfa.html', 'https://www.amazon.com/ap/mfa?ie=UTF8', ['verification-code']],
  ['post-signin-mfa-invalid-otp.html', 'https://www.amazon.com/ap/signin', ['verification-code']],
  ['new-otp-failed.html', 'https://www.amazon.com/ap/signin', ['verification-code']],
  ['post-signin-new-otp.html', 'https://www.amazon.com/ap/mfa/new-otp', ['verification-code']],
  ['post-signin-captcha-1.html', 'https://www.amazon.com/ap/cvf/request?arb=x', ['bot-check']],
  ['post-signin-captcha-invalid.html', 'https://www.amazon.com/ap/cvf/verify', ['bot-check']],
  ['post-signin-captcha-2.html', 'https://www.amazon.com/errors/validateCaptcha', ['bot-check']],
  ['post-signin-captcha-otp.html', 'https://www.amazon.com/ap/cvf/approval', ['verification-code']],
  ['waf-challenge.html', 'https://www.amazon.com/ap/signin', ['bot-check']],
];

describe('real Amazon pages', () => {
  it.each(CASES)('%s → %j', async (file, url, expected) => {
    const findings = await findingsFor(fixture(`amazon-real/${file}`), url);
    expect(findings.map((f) => f.id)).toEqual(expected);
    for (const f of findings) {
      expect(f.site).toBe('amazon');
      expect(f.evidence.length).toBeGreaterThan(0);
      expect(f.evidence.length).toBeLessThanOrEqual(200);
    }
  });

  it('reports the error box sentence itself as evidence', async () => {
    const [finding] = await findingsFor(fixture('amazon-real/post-signin-invalid-password.html'), 'https://www.amazon.com/ap/signin');
    expect(finding).toEqual({ id: 'wrong-password', site: 'amazon', severity: 'error', evidence: 'Your password is incorrect' });
  });

  it('the OTP limit and a rejected OTP are errors, the OTP prompt is information', async () => {
    const severity = async (file: string) => (await findingsFor(fixture(`amazon-real/${file}`), 'https://www.amazon.com/ap/signin'))[0]?.severity;
    expect(await severity('new-otp-failed.html')).toBe('error');
    expect(await severity('post-signin-mfa-invalid-otp.html')).toBe('error');
    expect(await severity('post-signin-mfa.html')).toBe('info');
  });
});
