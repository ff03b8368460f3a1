import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { AGENCY_KINDS, AUDIENCES, CONFIDENCE, DOCUMENT_KINDS, LOCALES, PILLARS, RELATIONS, ROLES } from './schemas.ts';
import { STATUSES } from './status.ts';
import { UI_KEYS, uiTextSchema } from './ui-text-collection.ts';
import { UI_TEXT, interpolate, pick, translator, uiText } from './ui-text.ts';

/** Every enum the pages label, by the prefix of its keys. */
const LABELLED: Record<string, readonly string[]> = {
  documentKind: DOCUMENT_KINDS,
  status: STATUSES,
  relation: RELATIONS,
  'relation.*.inverse': RELATIONS,
  agencyKind: AGENCY_KINDS,
  role: ROLES,
  pillar: PILLARS,
  audience: AUDIENCES,
  confidence: CONFIDENCE,
};
const keyOf = (prefix: string, value: string) =>
  prefix.includes('*') ? prefix.replace('*', value) : `${prefix}.${value}`;
const text = (locale: (typeof LOCALES)[number]): Record<string, string> => UI_TEXT[locale];
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('the UI text files', () => {
  it.each(LOCALES)('label every value of every labelled enum (%s.json)', (locale) => {
    const missing = Object.entries(LABELLED).flatMap(([prefix, values]) =>
      values.map((v) => keyOf(prefix, v)).filter((key) => !text(locale)[key]?.trim()),
    );
    expect(missing, `add these keys to content/i18n/${locale}.json`).toEqual([]);
  });

  it('have the same keys in every language', () => {
    for (const locale of LOCALES) {
      const missing = UI_KEYS.filter((key) => !(key in text(locale)));
      const extra = Object.keys(text(locale)).filter((key) => !(key in text('vi')));
      expect(missing, `add these keys to content/i18n/${locale}.json`).toEqual([]);
      expect(extra, `content/i18n/${locale}.json has keys vi.json does not: add them there, or remove them`).toEqual(
        [],
      );
    }
  });

  it('fill the same {{names}} in every language, so no translation loses a value or a link', () => {
    const differ = UI_KEYS.filter(
      (key) => placeholders(text('vi')[key]).join() !== placeholders(text('en')[key]).join(),
    );
    expect(differ, 'these keys fill different {{names}} in vi.json and en.json').toEqual([]);
  });

  it('refuse a language file that lacks a key or leaves it empty, naming the key', () => {
    const { ['role.chu-tri']: _, ...lacking } = text('en');
    const missing = uiTextSchema.safeParse({ ...lacking, 'status.het-hieu-luc': ' ' });
    expect(missing.success).toBe(false);
    const messages = missing.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^role\.chu-tri: missing: add "role\.chu-tri"/),
        expect.stringMatching(/^status\.het-hieu-luc: empty/),
      ]),
    );
    expect(uiTextSchema.safeParse(text('en')).success).toBe(true);
  });
});

describe('the accessor', () => {
  it('fills {{names}} as Starlight’s i18next does, for every string', async () => {
    const i18n = i18next.createInstance();
    // As src/middleware.ts sets it: values are escaped once, by Astro.
    await i18n.init({
      resources: { vi: { starlight: UI_TEXT.vi }, en: { starlight: UI_TEXT.en } },
      fallbackLng: false,
      interpolation: { escapeValue: false },
    });
    for (const locale of LOCALES) {
      const fixed = i18n.getFixedT(locale, 'starlight') as unknown as (key: string, vars: object) => string;
      const t = uiText(locale);
      for (const key of UI_KEYS) {
        const vars = Object.fromEntries(
          placeholders(text(locale)[key]).map((name, i) => [name, `<${name} ${i} & 06/01/2022>`]),
        );
        expect(t(key, vars), key).toBe(fixed(key, vars));
      }
    }
  });

  it('leaves a {{name}} it is not given, for a link to go in its place', () => {
    expect(interpolate('{{a}} and {{ b }}', { a: 1 })).toBe('1 and {{ b }}');
  });

  it('hands a browser script exactly the strings asked for, keys or groups', () => {
    const strings = pick('vi', ['common.unknown', 'documentTable.count.']);
    expect(Object.keys(strings).sort()).toEqual(
      ['common.unknown', ...UI_KEYS.filter((k) => k.startsWith('documentTable.count.'))].sort(),
    );
    expect(translator(strings)('documentTable.count.some', { shown: 3, total: 46 })).toBe(
      uiText('vi')('documentTable.count.some', { shown: 3, total: 46 }),
    );
  });
});
