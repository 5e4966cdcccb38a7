import type { ChecklistItem, Checklists } from './types';

/*
 * ポップアップのチェックリスト。サイトごとに、手間が少なく起こりやすい原因から順に並べています。
 * idはチェック状態の保存キーなので、変更しないでください（変える場合は移行処理を追加します）。
 */

// ---- どのサイトでも同じ文面の項目 ----
// 文面の決まり：labelは確かめた状態（サポートへの連絡文では、何を確かめたかとしてCHECKEDの文面で入る）、
// checkはポップアップに出す「確かめること」（肯定の言い方：…か確かめる／…してみる）、
// howToはです・ます調。用語はdocs/glossary.mdに従う。事実は /work/shared/knowledge.mdから。

const CAPS_LOCK: ChecklistItem = {
  id: 'caps-lock',
  auto: 'caps-lock',
  ja: {
    label: 'Caps Lockがオフになっている',
    check: 'Caps Lockがオフか確かめる',
    howTo: 'オンのままだと、英字の大文字と小文字が逆に入力されます。Shiftキーを押しながらCaps Lockキーを押して、オフにしてください。Windowsの日本語キーボードでは、Caps Lockキーだけではオフになりません。オフにしたら、パスワードを入力し直してください。',
  },
  en: {
    label: 'Caps Lock is off',
    check: 'Check that Caps Lock is off',
    howTo: 'With Caps Lock on, letters come out in the wrong case (upper case instead of lower case). Hold Shift and press Caps Lock to turn it off: on a Japanese Windows keyboard, Caps Lock alone does not. Then type the password again.',
  },
};

const NUM_LOCK: ChecklistItem = {
  id: 'num-lock',
  auto: 'num-lock',
  ja: {
    label: 'Num Lockがオンになっている',
    check: 'テンキーを使う場合は、Num Lockがオンか確かめる',
    howTo: 'テンキーで数字を入力する場合は、Num Lockをオンにしてください。オフのままだと、テンキーの数字が入力されません。テンキーのないノートパソコンでは、キーボード上段の数字キーで入力してください。',
  },
  en: {
    label: 'Num Lock is on',
    check: 'Using the keypad? Check that Num Lock is on',
    howTo: 'If you type digits on the numeric keypad, turn Num Lock on: with it off, keypad digits are not typed. On a laptop without a keypad, use the digit keys on the top row.',
  },
};

const FULL_WIDTH: ChecklistItem = {
  id: 'full-width',
  auto: 'full-width',
  ja: {
    label: '半角英数字で入力している',
    check: '半角英数字で入力しているか確かめる',
    howTo: 'Windowsでは「半角/全角」キー、Macでは「英数」キーで入力モードを半角英数に切り替えて、メールアドレスとパスワードを入力し直してください。',
  },
  en: {
    label: 'Typing in half-width (Japanese input off)',
    check: 'Check that you type in half-width (Japanese input off)',
    howTo: 'Switch the input mode to half-width with the 半角/全角 key on Windows or the Eisu key on a Mac, then type your email and password again.',
  },
};

const COOKIES_ENABLED: ChecklistItem = {
  id: 'cookies-enabled',
  auto: 'cookies-enabled',
  ja: {
    label: 'Cookieが有効になっている',
    check: 'Cookieが有効か確かめる',
    howTo: 'Cookieをブロックしていると、ログインできません。ブラウザーの設定で、サイトがCookieを保存できるようにしてください。',
  },
  en: {
    label: 'Cookies are enabled',
    check: 'Check that cookies are on',
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
      label: '登録したときと同じ方法でログインしている',
      check: '登録したときと同じ方法でログインしているか確かめる',
      howTo: 'Google・Apple・Facebook・X（Twitter）・Instagram・TikTokで登録した場合は、ログイン欄の下にある同じサービスのボタンでログインしてください。メールアドレスで登録した場合は、つづりを見直し、ほかのメールアドレスでも試してください。新しく登録する場合は、Googleなどのアカウントより、メールアドレスとパスワードで登録するほうがよいとされています。',
    },
    en: {
      label: 'Same sign-in method and email as at sign-up',
      check: 'Sign in the way you signed up (same method and email)',
      howTo: 'Signed up with Google, Apple, Facebook, X (Twitter), Instagram or TikTok? Use that button below the form. Otherwise check the spelling and try your other emails. For a new account, signing up with an email and password is reportedly safer than with an account such as Google.',
    },
  },
  {
    id: 'lock-notice',
    auto: 'lock-notice',
    ja: {
      label: 'ロックの通知が出ていない',
      check: 'ページにロックの通知が出ていないか確かめる',
      howTo: '「一時的にロックされています」と表示された場合は、ログインを続け、案内に従ってSMSで本人確認をしてください。国番号は「+81」を選び、電話番号は先頭の0を除いて入力してください（090-1234-5678なら9012345678）。届いた6桁の確認コードを入力すれば完了です。ロックされた場合は、通常はそのように表示されます。表示がない場合は、ブラウザー・Cookie・パスワードなど、ほかの項目を確かめてください。',
    },
    en: {
      label: 'No lock notice on the page',
      check: 'Look for a lock notice on the page',
      howTo: 'If the page says the account is temporarily locked, sign in anyway and unlock it by SMS: choose +81 as the country code and enter your number without the leading 0 (090-1234-5678 becomes 9012345678), then the 6-digit verification code. A lock usually says so: with no such notice, check the browser, cookies, password and the other items instead.',
    },
  },
  COOKIES_ENABLED,
  {
    id: 'site-data',
    auto: 'site-cookies',
    ja: {
      label: 'AliExpressの古いデータが残っていない',
      check: 'AliExpressのデータをリセットしてみる',
      howTo: 'Cookieに不具合があると、ログイン画面が真っ白になることがあります。下の「このサイトのデータをリセット」で、AliExpressのデータを削除できます。AliExpressからログアウトされ、このブラウザーで選んだ言語・通貨・配送先の国は初期設定に戻ります。',
    },
    en: {
      label: 'No stale AliExpress cookies or data',
      check: "Try resetting AliExpress's site data",
      howTo: 'A cookie problem can leave the sign-in page blank. “Reset this site\'s data” below removes AliExpress\'s data. You will be signed out of AliExpress, and the language, currency and ship-to country chosen in this browser go back to their defaults.',
    },
  },
  {
    id: 'password-reset',
    ja: {
      label: 'パスワードの再設定を試した',
      check: 'パスワードを再設定してみる',
      howTo: '「パスワードをお忘れですか？」（Forgot password?）を押し、メールアドレスなどを入力して「続ける」を押してください。次の画面で「コードを取得する」（Get code）を押し、届いた6桁の確認コードを入力して、新しいパスワードを設定してください。',
    },
    en: {
      label: 'Tried resetting the password',
      check: 'Try resetting your password',
      howTo: 'Click “Forgot password?”, enter your email and continue. On the next screen press “Get code”, then use the 6-digit verification code you receive to set a new password.',
    },
  },
  {
    id: 'browser-version',
    auto: 'browser-version',
    ja: {
      label: 'ブラウザーが最新版になっている',
      check: 'ブラウザーが最新版か確かめる',
      howTo: '古いブラウザーでは、スライド認証が動かないことがあります。最新版に更新するか、別のブラウザーの最新版で試してください。',
    },
    en: {
      label: 'The browser is up to date',
      check: 'Check that the browser is up to date',
      howTo: 'Old browsers can break the slider check. Update yours, or try the latest version of another browser.',
    },
  },
  {
    id: 'device-network',
    ja: {
      label: 'ふだん使っている端末と回線で試している',
      check: 'ふだん使っている端末と回線で試す',
      howTo: 'VPNやプロキシをオフにして、ふだん使っている端末で試してください。アプリでログインできない場合は、ブラウザーでAliExpressのサイトにログインしてみてください。ブラウザーでログインできれば、アカウントに問題はなく、原因はアプリにあると考えられます。アプリの設定を見直すか、アプリを削除して再インストールしてください。',
    },
    en: {
      label: 'Usual device, no VPN; website vs app',
      check: 'Try your usual device, without a VPN',
      howTo: 'Turn off any VPN or proxy and use your usual device. If the app cannot sign in, try to sign in to the AliExpress website in a browser. If that works, most likely the account is fine and the app is at fault: check the app\'s settings, or delete the app and install it again.',
    },
  },
  {
    id: 'email-verified',
    auto: 'email-verified',
    ja: {
      label: 'メールアドレスの確認が済んでいる',
      check: 'メールアドレスの確認が済んでいるか確かめる',
      howTo: 'ログインしたら、「マイアカウント」（My Account）の「今すぐ確認」を押して、確認を済ませてください。メールが届かない場合は、迷惑メールフォルダーを確かめてから「Resend now」を押してください。確認していないアカウントは、利用を制限されやすいとされています。',
    },
    en: {
      label: 'Your email address is verified',
      check: 'Check that your email address is verified',
      howTo: 'Once signed in, press the notice to verify your email on “My Account”: “今すぐ確認” on the Japanese site. If no email arrives, check your spam folder, then press “Resend now”. Accounts without a verified email are reportedly restricted more often.',
    },
  },
];

// ---- Amazon（amazon.co.jpを基準に。他の国のAmazonも同じ流れ） ----

const amazon: ChecklistItem[] = [
  CAPS_LOCK,
  NUM_LOCK,
  FULL_WIDTH,
  {
    id: 'right-email',
    ja: {
      label: '登録したメールアドレスで入力している',
      check: '登録したメールアドレスで入力しているか確かめる',
      howTo: 'アカウントが見つからないと表示された場合は、つづり・大文字と小文字・記号を見直し、ほかのメールアドレスも試してください。新しいアカウントを作ると、ギフトカードの残高・ポイント・プライム会員の特典は引き継がれません。作る前に、カスタマーサービスに相談してください。',
    },
    en: {
      label: 'The email address you registered',
      check: 'Check that it is the email address you registered',
      howTo: 'If no account is found, check the spelling, upper and lower case and symbols, and try your other emails. A new account would not keep your gift card balance, points or Prime membership: ask customer service before making one.',
    },
  },
  COOKIES_ENABLED,
  {
    id: 'site-data',
    auto: 'site-cookies',
    ja: {
      label: 'Amazonの古いデータが残っていない',
      check: 'Amazonのデータをリセットしてみる',
      howTo: '古いキャッシュやCookieが原因でログインできない例が、多く報告されています。下の「このサイトのデータをリセット」で、Amazonのデータを削除できます。Amazonからログアウトされます。amazon.comでは、AWS・Seller Centralなどからもログアウトされます。スマートフォンのブラウザーの設定で削除する方法は、ログイン画面が表示されない場合のヒントの「ほかの原因・補足・問い合わせ先」にあります。',
    },
    en: {
      label: 'No stale Amazon cookies or cache',
      check: "Try resetting Amazon's site data",
      howTo: 'Stale cache and cookies often stop people from signing in. “Reset this site\'s data” below removes Amazon\'s data. You will be signed out of Amazon; on amazon.com, also of AWS, Seller Central and other services there. How to delete them in a phone\'s browser settings is under “Other causes, notes and contacts” in the tip for a sign-in page that stays empty.',
    },
  },
  {
    id: 'lock-notice',
    auto: 'lock-notice',
    ja: {
      label: '保留やロックの通知が出ていない',
      check: 'ページに保留やロックの通知が出ていないか確かめる',
      howTo: 'アカウントが保留またはロックされていると表示された場合は、画面の案内に従って、支払い方法の確認など、求められた手続きを進めてください。手続きできない場合は、カスタマーサービスに問い合わせてください。',
    },
    en: {
      label: 'No hold or lock notice on the page',
      check: 'Look for a hold or lock notice on the page',
      howTo: 'If the page says your account is on hold or locked, follow its steps, such as verifying your payment method. If you cannot, contact customer service.',
    },
  },
  {
    id: 'password-reset',
    ja: {
      label: 'パスワードの再設定を試した',
      check: 'パスワードを再設定してみる',
      howTo: 'パスワードの入力画面では「パスワードを忘れた場合」を押してください。メールアドレスの入力画面では、「お困りですか?」→「パスワードを忘れた場合」です。メールかSMSで届いた確認コードを入力して、6文字以上の新しいパスワードを設定してください。新しいパスワードは、安全な場所に控えておいてください。',
    },
    en: {
      label: 'Tried resetting the password',
      check: 'Try resetting your password',
      howTo: 'On the password step, press “Forgot your password?”; on the email step it is under “Need help?” → “Forgot your password?”. Enter the verification code Amazon sends you by email or SMS, and set a new password of at least 6 characters. Write it down somewhere safe.',
    },
  },
  {
    id: 'browser-version',
    auto: 'browser-version',
    ja: {
      label: 'ブラウザーが最新版になっている',
      check: 'ブラウザーが最新版か確かめる',
      howTo: '古いブラウザーでは、ログイン画面が正しく動かないことがあります。最新版に更新するか、別のブラウザーの最新版で試してください。',
    },
    en: {
      label: 'The browser is up to date',
      check: 'Check that the browser is up to date',
      howTo: 'Old browsers can break the sign-in page. Update yours, or try the latest version of another browser.',
    },
  },
  {
    id: 'device-network',
    ja: {
      label: 'ふだん使っている端末と回線で試している',
      check: 'ふだん使っている端末と回線で試す',
      howTo: 'VPNやプロキシをオフにして、ふだん使っている端末で試してください。アプリでログインできなくてもブラウザーでログインできる場合は、原因はアプリにあると考えられます。',
    },
    en: {
      label: 'Usual device, no VPN; website vs app',
      check: 'Try your usual device, without a VPN',
      howTo: 'Turn off any VPN or proxy and use your usual device. If the website works but the app does not, the problem is probably in the app.',
    },
  },
  {
    id: 'takeover-signs',
    ja: {
      label: '乗っ取りの兆候がない',
      check: '覚えのないログインや端末の登録がないか確かめる',
      howTo: '正しいパスワードでログインできず、覚えのない端末やアプリの登録を知らせるメールが届いていたら、乗っ取りを疑い、すぐにこの画面の「問い合わせ先」にあるAmazonの問い合わせページから、カスタマーサービスに連絡してください。あわせて、クレジットカードの利用明細に覚えのない請求がないか確かめ、ある場合はクレジットカード会社に連絡してください。メールに書かれた番号には電話しないでください。サポートがパスワードを尋ねることはありません。',
    },
    en: {
      label: 'No signs of account takeover',
      check: "Check for sign-ins you don't recognise",
      howTo: 'The right password rejected, and an email about a device or app you did not add? Your account may have been taken over: contact customer service now, from Amazon\'s contact page under “Contacts”. Also check your credit card statement for charges you do not recognise, and if there are any, contact the card company. Never call a number from an email. Support will never ask for your password.',
    },
  },
];

// ---- Alibaba（Alibaba.com・1688・Taobao） ----

const alibaba: ChecklistItem[] = [
  CAPS_LOCK,
  NUM_LOCK,
  FULL_WIDTH,
  {
    id: 'right-account',
    ja: {
      label: '登録したサイトでログインしている',
      check: '登録したサイトでログインしているか確かめる',
      howTo: 'Alibaba.com・1688・Taobaoのどのサイトで登録したアカウントかを確かめて、登録したメールアドレスや会員IDのつづりを見直してください。',
    },
    en: {
      label: 'Signing in on the site where you registered',
      check: 'Check that you sign in on the site where you registered',
      howTo: 'Check which site you signed up on (Alibaba.com, 1688 or Taobao), and the spelling of the email or member ID you registered.',
    },
  },
  {
    id: 'lock-notice',
    auto: 'lock-notice',
    ja: {
      label: '凍結や制限の通知が出ていない',
      check: 'ページに凍結や制限の通知が出ていないか確かめる',
      howTo: '凍結された場合は、まず画面の通知やAlibabaからのメールで、理由を確かめてください。対応は理由によって変わります。',
    },
    en: {
      label: 'No freeze or restriction notice',
      check: 'Look for a freeze or restriction notice on the page',
      howTo: 'If the account is frozen, first read the reason in the notice or in Alibaba\'s email: what to do depends on it.',
    },
  },
  COOKIES_ENABLED,
  {
    id: 'site-data',
    auto: 'site-cookies',
    ja: {
      label: 'Alibaba.com・1688の古いデータが残っていない',
      check: 'Alibaba.com・1688のデータをリセットしてみる',
      howTo: '古いCookieが残っていると、ログインが進まないことがあります。下の「このサイトのデータをリセット」で、Alibaba.com・1688のデータを削除できます。Alibaba.com・1688・Taobaoからログアウトされます。',
    },
    en: {
      label: 'No stale Alibaba.com or 1688 cookies or data',
      check: "Try resetting Alibaba.com and 1688's data",
      howTo: 'Old cookies can stall signing in. “Reset this site\'s data” below removes the data of Alibaba.com and 1688. You will be signed out of Alibaba.com, 1688 and Taobao.',
    },
  },
  {
    id: 'password-reset',
    ja: {
      label: 'パスワードの再設定を試した',
      check: 'パスワードを再設定してみる',
      howTo: 'ログイン画面で、パスワードを忘れた場合のリンクを押して確認コードを受け取り、ほかで使っていない、推測されにくいパスワードに変更してください。1688とTaobaoでは、リンクは「忘记密码」（パスワードを忘れた）です。',
    },
    en: {
      label: 'Tried resetting the password',
      check: 'Try resetting your password',
      howTo: 'Use the password reset link on the sign-in page to get a verification code, then change to a password you use nowhere else and that is hard to guess.',
    },
  },
  {
    id: 'browser-version',
    auto: 'browser-version',
    ja: {
      label: 'ブラウザーが最新版になっている',
      check: 'ブラウザーが最新版か確かめる',
      howTo: '古いブラウザーでは、スライド認証やログイン画面が正しく動かないことがあります。最新版に更新するか、別のブラウザーの最新版で試してください。',
    },
    en: {
      label: 'The browser is up to date',
      check: 'Check that the browser is up to date',
      howTo: 'Old browsers can break the slider check and the sign-in page. Update yours, or try the latest version of another browser.',
    },
  },
  {
    id: 'device-network',
    ja: {
      label: 'ふだん使っている端末と回線で試している',
      check: 'ふだん使っている端末と回線で試す',
      howTo: 'VPNやプロキシをオフにして、ふだん使っている端末と回線で試してください。ふだんと違う国や地域（旅行先など）からログインすると、凍結のきっかけになることがあります。',
    },
    en: {
      label: 'Usual device and network, no VPN',
      check: 'Try your usual device and network, without a VPN',
      howTo: 'Turn off any VPN or proxy and use your usual device and network. Signing in from another country or region than usual (when travelling, for example) can lead to a freeze.',
    },
  },
  {
    id: 'freeze-evidence',
    ja: {
      label: '凍結の解除に必要な資料をそろえた',
      check: '凍結の解除に必要な資料をそろえる',
      howTo: '会員ID・通知された理由・取引の記録・スクリーンショットを用意し、経緯をありのまま書いて、サポートに解除を依頼してください。本人確認書類（パスポートや運転免許証）は、サイトのアドレスを自分で入力して開いたフォームからだけ送ってください。追加の資料を求められたら、早めに対応してください。一度で解除されなくても、問い合わせを続けてください。',
    },
    en: {
      label: 'Evidence ready to appeal a freeze',
      check: 'Gather the evidence to appeal a freeze',
      howTo: 'Gather your member ID, the stated reason, order records and screenshots, then ask support honestly to restore the account. Send identity documents (passport or driving licence) only through a form you reached by typing the site\'s address yourself. Answer any request for more quickly, and keep following up if the first request does not work.',
    },
  },
];

export const CHECKLISTS: Checklists = { aliexpress, amazon, alibaba };
