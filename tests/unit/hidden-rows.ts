/** Ways a page hides a message, each beside a visible lock notice that shows the pass ran (design §2). */
export const AE_LOGIN = 'https://login.aliexpress.com/';
export const page = (body: string, head = '') => `<!doctype html><html><head><meta charset="utf-8"><title>Sign in</title>${head}</head><body>${body}</body></html>`;
/** A visible lock notice: the pass ran and found it. */
export const LOCK = '<div role="alert" class="notice">Your account has been temporarily locked.</div>';
export const form = (hidden: string) => `${LOCK}<form><input name="fm-login-id"><input type="password" name="fm-login-password">${hidden}<button>Sign in</button></form>`;

export const HIDDEN_ROWS: Array<[label: string, html: string]> = [
  ['aria-hidden on the message', page(form('<div role="alert" aria-hidden="true">Your password is incorrect.</div>'))],
  ['aria-hidden on a closed dialog around it', page(form('<div class="dlg" aria-hidden="true"><p role="alert">Your password is incorrect.</p></div>'))],
  ['the hidden attribute', page(form('<p role="alert" hidden>Your password is incorrect.</p>'))],
  ['display: none from the page\'s style sheet', page(form('<p role="alert" class="_e1">Your password is incorrect.</p>'), '<style>._e1{display:none}</style>')],
];

