import type { Detector } from './detector';

/** The user is on a forgot-password / password-assistance page: guidance, not an error. */
export const passwordReset: Detector = {
  id: 'password-reset',
  severity: 'info',
  decide: (page) => {
    // The page reports the new password set ("Password changed"): the task is done, nothing to guide.
    if (page.messages.some((m) => m.kind !== 'title' && m.sentences.some((s) => s.all('done', 'password') && !s.any('failed', 'wrong')))) return null;
    if (page.kind === 'recovery') return { evidence: headline(page) };
    // A heading or title that names the task ("Password assistance", 「パスワードの再設定」, 找回密码).
    const heading = page.messages.find((m) => (m.kind === 'heading' || m.kind === 'title') && m.sentences.some((s) => s.says('password-task')));
    return heading ? { evidence: heading.text } : null;
  },
};

function headline(page: Parameters<NonNullable<Detector['decide']>>[0]): string {
  return (page.messages.find((m) => m.kind === 'heading') ?? page.messages.find((m) => m.kind === 'title'))?.text ?? page.url.pathname;
}
