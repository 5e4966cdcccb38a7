import type { Lang } from '@/lib/findings';

/** The first-run page's words (issue 19, item 7). Checked by tests/unit/glossary.test.ts. */
export const WELCOME = {
  ja: {
    title: 'Login Rescueをインストールしました',
    whatTitle: 'できること',
    what: 'ショッピングサイトにログインできないとき、ログイン画面に出ている問題を読み取り、次にすることをページの中にヒントとして表示します。パスワードの誤り、アカウントのロック、確認コード、スライド認証、真っ白なログイン画面などに対応しています。',
    popup: 'ヒントが出ない場合は、ツールバーのLogin Rescueのボタンを押してください。「どうなっていますか？」から状況を選ぶと、対処法を表示します。',
    sitesTitle: '対応サイト',
    pinTitle: 'ツールバーにボタンを表示する',
    pinChrome: ['ツールバーの拡張機能のボタン（パズルのピースの形）を押します。', 'Login Rescueの横にあるピンのボタンを押します。'],
    pinFirefox: ['ツールバーの拡張機能のボタン（パズルのピースの形）を押します。', 'Login Rescueの横にある歯車のボタンを押します。', '「ツールバーにピン留め」を押します。'],
    shortcutTitle: 'キーボードで使う',
    shortcut: (keys: string) => `ページにヒントが出ている場合は、${keys}を押すと、ヒントにキーボードで移動できます。Escキーで小さくできます。`,
    shortcutNone: 'ショートカットキーが割り当てられていません。ブラウザーの拡張機能のショートカットの設定で割り当てられます。',
    privacyTitle: 'プライバシー',
    privacy: ['Login Rescueは、外部と通信しません。読み取った内容は、このブラウザーの外に送りません。', 'パスワードは読み取りません。パスワード欄では、Caps LockとNum Lockの状態だけを確かめます。', 'サイトのデータのリセットは、ボタンを押して、確認の画面で「リセットする」を押した場合にだけ行います。削除する前に、対象のサイトと、ログアウトされるサイトを表示します。'],
    options: '設定を開く',
  },
  en: {
    title: 'Login Rescue is installed',
    whatTitle: 'What it does',
    what: "When you cannot sign in to a shopping site, Login Rescue reads the trouble the sign-in page shows and puts what to do next in the page, as a tip: a wrong password, a locked account, verification codes, the slider check, a blank page and more.",
    popup: 'No tip? Click the Login Rescue button in the toolbar and choose what is happening under “What is happening?” to get the steps.',
    sitesTitle: 'Supported sites',
    pinTitle: 'Keep its button in the toolbar',
    pinChrome: ['Click the extensions button in the toolbar (the puzzle piece).', 'Click the pin next to Login Rescue.'],
    pinFirefox: ['Click the extensions button in the toolbar (the puzzle piece).', 'Click the gear next to Login Rescue.', 'Click “Pin to Toolbar”.'],
    shortcutTitle: 'Keyboard',
    shortcut: (keys: string) => `When a page shows a tip, press ${keys} to move the keyboard into it. Escape makes it small again.`,
    shortcutNone: "No shortcut is assigned. You can assign one in the browser's settings for extension shortcuts.",
    privacyTitle: 'Privacy',
    privacy: ['Login Rescue makes no network requests: nothing it reads leaves this browser.', 'It never reads your password: in a password field it only checks whether Caps Lock and Num Lock are on.', 'It resets a site’s data only when you press the button and then “Reset” to confirm. Before removing anything, it shows whose data goes and which sites you will be signed out of.'],
    options: 'Open the settings',
  },
} satisfies Record<Lang, Record<string, unknown>>;
