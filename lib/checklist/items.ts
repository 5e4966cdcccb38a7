import type { ChecklistItem, Checklists } from './types';

/*
 * ポップアップのチェックリスト。サイトごとに、手間が少なく起こりやすい原因から順に並べています。
 * id はチェック状態の保存キーなので、変更しないでください（変える場合は移行処理を追加します）。
 */

// ---- どのサイトでも同じ文面の項目 ----

const CAPS_LOCK: ChecklistItem = {
  id: 'caps-lock',
  auto: 'caps-lock',
  ja: {
    label: 'Caps Lock がオンになっていないか',
    howTo: 'オンだと英字がすべて大文字になります。Caps Lock キー（日本語キーボードは Shift+Caps Lock）でオフにし、パスワードを入力し直してください。',
  },
  en: {
    label: 'Caps Lock is off',
    howTo: 'With Caps Lock on, every letter comes out in upper case. Turn it off (Shift+Caps Lock on Japanese keyboards) and type the password again.',
  },
};

const NUM_LOCK: ChecklistItem = {
  id: 'num-lock',
  auto: 'num-lock',
  ja: {
    label: 'Num Lock がオフになっていないか',
    howTo: 'オフのままだとテンキーの数字が入りません。Num Lock をオンにするか、キーボード上段の数字キーで入力してください。',
  },
  en: {
    label: 'Num Lock is on',
    howTo: 'With Num Lock off, digits from the keypad are not typed. Turn it on, or use the number row above the letters.',
  },
};

const FULL_WIDTH: ChecklistItem = {
  id: 'full-width',
  auto: 'full-width',
  ja: {
    label: '全角（日本語入力）になっていないか',
    howTo: '「半角/全角」キーで半角英数に切り替え、メールアドレスとパスワードを入力し直してください。',
  },
  en: {
    label: 'Typing in half-width (Japanese input off)',
    howTo: 'Switch the IME to half-width letters with the 半角/全角 key, then retype your email and password.',
  },
};

const COOKIES_ENABLED: ChecklistItem = {
  id: 'cookies-enabled',
  auto: 'cookies-enabled',
  ja: {
    label: 'Cookie が有効になっているか',
    howTo: 'Cookie をブロックしているとログインできません。ブラウザの設定で、サイトが Cookie を保存できるようにしてください。',
  },
  en: {
    label: 'Cookies are enabled',
    howTo: 'Signing in needs cookies. In your browser settings, allow sites to save cookies.',
  },
};

// ---- AliExpress ----

const aliexpress: ChecklistItem[] = [
  CAPS_LOCK,
  NUM_LOCK,
  FULL_WIDTH,
  {
    id: 'sign-in-method',
    ja: {
      label: '登録時と同じ方法・アドレスか',
      howTo: 'Google・Apple・Facebook・X・Instagram・TikTok で登録した場合は、ログイン欄の下にある同じサービスのボタンを使います。メールの場合は、つづりや別のアドレスも確かめてください。',
    },
    en: {
      label: 'Same sign-in method and email as at sign-up',
      howTo: 'Signed up with Google, Apple, Facebook, X, Instagram or TikTok? Use that button below the form. Otherwise check the spelling and try your other emails.',
    },
  },
  {
    id: 'lock-notice',
    auto: 'lock-notice',
    ja: {
      label: 'ロックの通知が出ていないか',
      howTo: '「一時的にロックされています」と出たら、案内どおり SMS で本人確認をします。電話番号は +81 を付けて先頭の0を除き（090… → +8190…）、届いた6桁のコードを入力してください。',
    },
    en: {
      label: 'No lock notice on the page',
      howTo: 'If the account is temporarily locked, unlock it by SMS: enter your number with +81 and no leading 0, then the 6-digit code.',
    },
  },
  COOKIES_ENABLED,
  {
    id: 'site-data',
    auto: 'site-cookies',
    ja: {
      label: 'AliExpress の古いデータが残っていないか',
      howTo: 'ログイン画面が真っ白になるのは Cookie の不具合が多い原因です。下のボタンで AliExpress のデータをワンクリックでリセットできます（ログアウトされます）。',
    },
    en: {
      label: 'No stale AliExpress cookies or data',
      howTo: 'A blank sign-in page is often a cookie problem. Reset this site\'s data with one click below (you will be signed out).',
    },
  },
  {
    id: 'password-reset',
    ja: {
      label: 'パスワードを再設定する',
      howTo: '「Forgot password?」でメールアドレスなどを入力して「Get code」を押し、メールに届いた6桁のコードを入れて新しいパスワードを設定してください。',
    },
    en: {
      label: 'Reset the password',
      howTo: 'Click "Forgot password?", enter your email, press "Get code", then use the 6-digit code from the email to set a new password.',
    },
  },
  {
    id: 'browser-version',
    auto: 'browser-version',
    ja: {
      label: 'ブラウザが最新版か',
      howTo: '古いブラウザではスライド認証が動かないことがあります。最新版に更新するか、最新版の別のブラウザでお試しください。',
    },
    en: {
      label: 'The browser is up to date',
      howTo: 'Old browsers can break the slide-to-verify bar. Update yours, or try another up-to-date browser.',
    },
  },
  {
    id: 'device-network',
    ja: {
      label: 'いつもの端末・回線で試したか',
      howTo: 'VPN やプロキシをオフにし、普段の端末でお試しください。アプリで入れなくても Web 版で入れるなら、アカウントは無事で原因はアプリ側です。',
    },
    en: {
      label: 'Usual device, no VPN; website vs app',
      howTo: 'Turn off any VPN or proxy and use your usual device. If the website works but the app does not, the account is fine and the app is at fault.',
    },
  },
  {
    id: 'email-verified',
    auto: 'email-verified',
    ja: {
      label: 'メールアドレスが確認済みか',
      howTo: 'ログイン後、「My Account」の「Verify email」から確認を済ませてください（届かなければ「Resend now」）。未確認のままだと制限を受けやすくなります。',
    },
    en: {
      label: 'Your email address is verified',
      howTo: 'Once signed in, use "Verify email" on My Account ("Resend now" if no mail arrives). Unverified accounts are restricted more often.',
    },
  },
];

// ---- Amazon（amazon.co.jp を基準に。他の国の Amazon も同じ流れ） ----

const amazon: ChecklistItem[] = [
  CAPS_LOCK,
  NUM_LOCK,
  FULL_WIDTH,
  {
    id: 'right-email',
    ja: {
      label: '登録したメールアドレスか',
      howTo: '「アカウントが見つかりません」と出たら、つづり・大文字と小文字・記号を見直し、別のアドレスも試してください。作り直す前にサポートにご相談ください。',
    },
    en: {
      label: 'The email address you registered',
      howTo: 'If no account is found, check spelling, case and symbols and try your other emails. Ask support before making a new account.',
    },
  },
  COOKIES_ENABLED,
  {
    id: 'site-data',
    auto: 'site-cookies',
    ja: {
      label: 'Amazon の古いデータが残っていないか',
      howTo: '古いキャッシュや Cookie が原因でログインできない例が多くあります。下のボタンで Amazon のデータをワンクリックでリセットできます（ログアウトされます）。',
    },
    en: {
      label: 'No stale Amazon cookies or cache',
      howTo: 'Stale cache and cookies often block sign-in. Reset this site\'s data with one click below (you will be signed out).',
    },
  },
  {
    id: 'lock-notice',
    auto: 'lock-notice',
    ja: {
      label: '保留・ロックの通知が出ていないか',
      howTo: 'アカウントが保留されていると表示されたら、画面の案内に従い、支払い方法の確認など求められた手続きを進めてください。',
    },
    en: {
      label: 'No hold or lock notice on the page',
      howTo: 'If the page says your account is on hold, follow its steps, such as confirming your payment method.',
    },
  },
  {
    id: 'password-reset',
    ja: {
      label: 'パスワードを再設定する',
      howTo: '「お困りですか?」→「パスワードを忘れた場合」へ進み、メールに届いたコードを入力して、6文字以上の新しいパスワードを設定してください。',
    },
    en: {
      label: 'Reset the password',
      howTo: 'Open "Need help?" → "Forgot your password?", enter the code Amazon emails you, and set a new password of 6+ characters.',
    },
  },
  {
    id: 'browser-version',
    auto: 'browser-version',
    ja: {
      label: 'ブラウザが最新版か',
      howTo: '古いブラウザではログイン画面が正しく動かないことがあります。最新版に更新するか、最新版の別のブラウザでお試しください。',
    },
    en: {
      label: 'The browser is up to date',
      howTo: 'Old browsers can break the sign-in page. Update yours, or try another up-to-date browser.',
    },
  },
  {
    id: 'device-network',
    ja: {
      label: 'いつもの端末・回線で試したか',
      howTo: 'VPN やプロキシをオフにし、普段の端末でお試しください。アプリで入れなくても Web 版で入れるなら、アカウントは無事です。',
    },
    en: {
      label: 'Usual device, no VPN; website vs app',
      howTo: 'Turn off any VPN or proxy and use your usual device. If the website works but the app does not, the account is fine.',
    },
  },
  {
    id: 'takeover-signs',
    ja: {
      label: '乗っ取りの兆候がないか',
      howTo: '正しいパスワードで入れず、覚えのない端末の登録を知らせるメールが届いていたら、すぐ 0120-999-373 に電話し、カードの請求も確認してください。',
    },
    en: {
      label: 'No signs of account takeover',
      howTo: 'Right password rejected and a mail about a device you don\'t know? Call 0120-999-373 now and check your card for unknown charges.',
    },
  },
];

// ---- Alibaba（alibaba.com / 1688） ----

const alibaba: ChecklistItem[] = [
  CAPS_LOCK,
  NUM_LOCK,
  FULL_WIDTH,
  {
    id: 'right-account',
    ja: {
      label: '正しいアカウントで入力しているか',
      howTo: '登録したメールアドレスや会員IDのつづりを見直してください。1688 は Taobao（淘宝）のアカウントでログインします。',
    },
    en: {
      label: 'The right account and login ID',
      howTo: 'Check the email or member ID you registered. 1688 signs you in with your Taobao account.',
    },
  },
  {
    id: 'lock-notice',
    auto: 'lock-notice',
    ja: {
      label: '凍結・制限の通知が出ていないか',
      howTo: '凍結されている場合は、まず画面の通知や Alibaba からのメールで理由を確認してください。対応は理由によって変わります。',
    },
    en: {
      label: 'No freeze or restriction notice',
      howTo: 'If the account is frozen, first read the reason in the notice or in Alibaba\'s email; what to do depends on it.',
    },
  },
  COOKIES_ENABLED,
  {
    id: 'site-data',
    auto: 'site-cookies',
    ja: {
      label: 'Alibaba の古いデータが残っていないか',
      howTo: '古い Cookie が残っているとログインが進まないことがあります。下のボタンでこのサイトのデータをワンクリックでリセットできます（ログアウトされます）。',
    },
    en: {
      label: 'No stale Alibaba cookies or data',
      howTo: 'Old cookies can stall sign-in. Reset this site\'s data with one click below (you will be signed out).',
    },
  },
  {
    id: 'password-reset',
    ja: {
      label: 'パスワードを再設定する',
      howTo: 'ログイン画面の再設定リンクから確認コードを受け取り、他で使っていない強いパスワードにしてください（1688 は Taobao のパスワードです）。',
    },
    en: {
      label: 'Reset the password',
      howTo: 'Use the reset link on the sign-in page and pick a strong password used nowhere else (for 1688, it is your Taobao password).',
    },
  },
  {
    id: 'browser-version',
    auto: 'browser-version',
    ja: {
      label: 'ブラウザが最新版か',
      howTo: '古いブラウザではスライド認証やログイン画面が正しく動かないことがあります。最新版に更新するか、最新版の別のブラウザでお試しください。',
    },
    en: {
      label: 'The browser is up to date',
      howTo: 'Old browsers can break the slider and sign-in page. Update yours, or try another up-to-date browser.',
    },
  },
  {
    id: 'device-network',
    ja: {
      label: 'いつもの端末・回線で試したか',
      howTo: 'VPN やプロキシをオフにし、普段の端末と回線でお試しください。普段と違う場所（特に海外）からのログインは凍結のきっかけになります。',
    },
    en: {
      label: 'Usual device and network, no VPN',
      howTo: 'Turn off any VPN or proxy and use your usual device and network. Sign-ins from unusual places, especially abroad, can trigger a freeze.',
    },
  },
  {
    id: 'freeze-evidence',
    ja: {
      label: '凍結解除の資料をそろえたか',
      howTo: 'アカウントID・通知された理由・取引記録やスクリーンショット・本人確認書類（パスポートや運転免許証）を用意し、経緯を正直に書いてサポートに解除を依頼してください。',
    },
    en: {
      label: 'Evidence ready to appeal a freeze',
      howTo: 'Gather your account ID, the stated reason, order records, screenshots and ID (passport or licence), then ask support honestly.',
    },
  },
];

export const CHECKLISTS: Checklists = { aliexpress, amazon, alibaba };
