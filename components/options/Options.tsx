import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '@/lib/findings';
import { CLOSED_CARDS_KEY, readChecked, validateOptions, type Options as Settings } from '@/lib/settings';
import { optionsItem, ticksItem } from '@/lib/stored';
import { SITES } from '@/lib/sites';

const TEXT = {
  ja: {
    title: 'Login Rescueの設定',
    sites: 'ページ内のヒントを使うサイト',
    tips: 'ページ内にヒントを表示する（オフでもツールバーのボタンから確認できます）',
    resetChecklist: '確認リストのチェックをすべて外す',
    cleared: 'チェックを外しました。',
    showCards: '閉じたヒントをもう一度表示する',
    cardsShown: '閉じたヒントを表示するようにしました。',
    shortcut: 'Alt+Shift+Lキーでページ内のヒントに移動し、Escキーでヒントを小さくできます。',
    repaired: '保存された設定を読み込めなかったため、初期設定に戻しました。',
    privacy: 'プライバシー',
    promise: [
      'この拡張機能が自ら通信することはなく、外部には何も送信しません。利用状況の分析・広告・外部のコードの読み込みもありません。',
      'パスワードの内容は読み取りません。読み取るのは、パスワード欄で押されたキーの状態（Caps Lock・Num Lock）だけです。',
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
    shortcut: 'Alt+Shift+L moves the keyboard to the card in the page; Esc minimises the card.',
    repaired: 'The saved settings could not be read and have been reset to the defaults.',
    privacy: 'Privacy',
    promise: [
      'The extension makes no network requests of its own and sends nothing anywhere (no analytics, ads or remote code).',
      'It never reads what you type as a password: only the state of Caps Lock and Num Lock in password fields.',
      "What it finds in a page stays in the browser for that tab's session and is gone when the tab closes.",
    ],
  },
} as const;

export function Options({ lang }: { lang: Lang }) {
  const t = TEXT[lang];
  const [settings, setSettings] = useState<Settings | null>(null);
  const [repaired, setRepaired] = useState(false);
  const [cleared, setCleared] = useState(false);
  const [cardsShown, setCardsShown] = useState(false);
  useEffect(() => {
    void readChecked(optionsItem, validateOptions).then((checked) => {
      setSettings(checked.value);
      setRepaired(checked.repaired);
      if (checked.repaired) void optionsItem.setValue(checked.value);
    });
  }, []);
  if (!settings) return null;
  const save = (next: Settings) => {
    setSettings(next);
    void optionsItem.setValue(next);
  };

  return (
    <main lang={lang}>
      <h1>{t.title}</h1>
      {repaired && <p class="notice">{t.repaired}</p>}
      <fieldset>
        <legend>{t.sites}</legend>
        {SITES.map((site) => (
          <label key={site.id}>
            <input type="checkbox" checked={settings.sites[site.id]} onChange={(e) => save({ ...settings, sites: { ...settings.sites, [site.id]: e.currentTarget.checked } })} />{' '}
            {site.name[lang]}
          </label>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" checked={settings.tips} onChange={(e) => save({ ...settings, tips: e.currentTarget.checked })} /> {t.tips}
      </label>
      <p>
        <button
          type="button"
          onClick={() => {
            void ticksItem.setValue(null);
            setCleared(true);
          }}
        >
          {t.resetChecklist}
        </button>{' '}
        {cleared && <span role="status">{t.cleared}</span>}
      </p>
      <p>
        <button
          type="button"
          data-action="show-closed-cards"
          onClick={() => void browser.storage.local.remove(CLOSED_CARDS_KEY).then(() => setCardsShown(true))}
        >
          {t.showCards}
        </button>{' '}
        {cardsShown && <span role="status">{t.cardsShown}</span>}
      </p>
      <p class="muted">{t.shortcut}</p>
      <h2>{t.privacy}</h2>
      <ul>
        {t.promise.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </main>
  );
}
