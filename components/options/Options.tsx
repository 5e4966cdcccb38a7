import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '@/lib/findings';
import { CLOSED_CARDS_KEY, readChecked, validateOptions, type Options as Settings } from '@/lib/settings';
import { optionsItem, ticksItem } from '@/lib/stored';
import { SITES } from '@/lib/sites';
import { focusShortcut } from '@/lib/commands';
import { OPTIONS_TEXT } from './strings';


export function Options({ lang }: { lang: Lang }) {
  const t = OPTIONS_TEXT[lang];
  const [settings, setSettings] = useState<Settings | null>(null);
  const [repaired, setRepaired] = useState(false);
  const [cleared, setCleared] = useState(false);
  const [cardsShown, setCardsShown] = useState(false);
  // The real binding, as the welcome page says it (the user or another extension may have changed it).
  const [keys, setKeys] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    void focusShortcut().then(setKeys);
  }, []);
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
      {keys !== undefined && <p class="muted" data-shortcut={keys ?? ''}>{keys ? t.shortcut(keys) : t.shortcutNone}</p>}
      <h2>{t.privacy}</h2>
      <ul>
        {t.promise.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </main>
  );
}
