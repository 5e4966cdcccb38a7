/** The settings page's words (components/options/Options.tsx), in Japanese and English. */
export const OPTIONS_TEXT = {
  ja: {
    title: 'Login Rescueの設定',
    sites: 'ページ内のヒントを使うサイト',
    tips: 'ページ内にヒントを表示する（オフでもツールバーのボタンから確認できます）',
    resetChecklist: '確認リストのチェックをすべて外す',
    cleared: 'チェックを外しました。',
    showCards: '閉じたヒントをもう一度表示する',
    cardsShown: '閉じたヒントを表示するようにしました。',
    shortcut: (keys: string) => `${keys}を押すと、ページ内のヒントに移動できます。Escキーで、ヒントを小さくできます。`,
    shortcutNone: 'ページ内のヒントに移動するショートカットキーは割り当てられていません。ブラウザーの拡張機能のショートカットの設定で割り当てられます。',
    repaired: '保存された設定を読み込めなかったため、初期設定に戻しました。',
    privacy: 'プライバシー',
    promise: [
      'この拡張機能が自ら通信することはなく、外部には何も送信しません。利用状況の分析・広告・外部のコードの読み込みもありません。',
      'パスワードは読み取りません。パスワード欄で確かめるのは、Caps LockとNum Lockの状態だけです。',
      'ページで見つけた内容は、そのタブを開いている間だけブラウザーの中に保存され、タブを閉じると消えます。',
    ],
  },
  en: {
    title: 'Login Rescue settings',
    sites: 'Sites with in-page tips',
    tips: 'Show tips in the page (when off, the toolbar button still shows them)',
    resetChecklist: 'Clear every checklist tick',
    cleared: 'Ticks cleared.',
    showCards: 'Show closed cards again',
    cardsShown: 'Closed cards will show again.',
    shortcut: (keys: string) => `${keys} moves the keyboard to the card in the page; Esc minimises the card.`,
    shortcutNone: "No shortcut moves the keyboard to the card in the page. You can assign one in the browser's settings for extension shortcuts.",
    repaired: 'The saved settings could not be read and have been reset to the defaults.',
    privacy: 'Privacy',
    promise: [
      'The extension makes no network requests of its own and sends nothing anywhere (no analytics, ads or remote code).',
      'It never reads what you type as a password: only the state of Caps Lock and Num Lock in password fields.',
      "What it finds in a page stays in the browser for that tab's session and is gone when the tab closes.",
    ],
  },
} as const;
