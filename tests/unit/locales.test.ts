import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '@/components/popup/strings';

const LOCALES = readdirSync('public/_locales');
const messages = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;

describe('every locale has every message', () => {
  it('manifest messages: ja and en, the same keys, none empty', () => {
    expect(LOCALES.sort()).toEqual(['en', 'ja']);
    const keys = Object.keys(messages('en')).sort();
    for (const lang of LOCALES) {
      expect(Object.keys(messages(lang)).sort()).toEqual(keys);
      for (const key of keys) expect(messages(lang)[key]!.message.trim()).not.toBe('');
      // Stores cut descriptions at 132 characters.
      expect(messages(lang).extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });

  it('every __MSG_ key the manifest uses exists', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    for (const [, key] of config.matchAll(/__MSG_(\w+)__/g)) for (const lang of LOCALES) expect(messages(lang)).toHaveProperty(key!);
  });

  it('popup strings: the same keys in ja and en', () => {
    expect(Object.keys(STRINGS.ja).sort()).toEqual(Object.keys(STRINGS.en).sort());
    expect(Object.keys(STRINGS.ja.types).sort()).toEqual(Object.keys(STRINGS.en.types).sort());
  });
});
