import type { Detector } from './detector';

/** The user is on a forgot-password / password-assistance page: guidance, not an error. */
export const passwordReset: Detector = {
  id: 'password-reset',
  severity: 'info',
  decide: (page) => {
    if (page.kind === 'recovery') return { evidence: headline(page) };
    const heading = page.messages.find((m) => m.kind !== 'alert' && RESET_HEADING.some((p) => p.test(m.folded)));
    return heading ? { evidence: heading.text } : null;
  },
};

const RESET_HEADING = [
  /^(password assistance|forgot (your )?password\??|reset (your )?password|password reset|change your password)/,
  /^(パスワード(アシスタンス|をお忘れ|を忘れ|の再設定|を再設定|のリセット|再設定))/,
  /^(找回密码|重置密码|忘记密码|找回密碼|重設密碼|忘記密碼)/,
];

function headline(page: Parameters<NonNullable<Detector['decide']>>[0]): string {
  return (page.messages.find((m) => m.kind === 'heading') ?? page.messages.find((m) => m.kind === 'title'))?.text ?? page.url.pathname;
}
