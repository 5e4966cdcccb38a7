import { describe, expect, it } from 'vitest';
import { AMAZON_REAL_CASES as CASES, amazonRealPage } from './cases';
import { findingsFor, fixture } from './helpers';

describe('real Amazon pages', () => {
  it.each(CASES)('%s → %j', async (file, url, expected, shown) => {
    const findings = await findingsFor(amazonRealPage(file, shown), url);
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
