// The site's UI text for code that runs outside a Starlight page render: plain functions, the
// open-data endpoints, the validator, and browser scripts. It reads the same two files as
// Starlight's `Astro.locals.t` (content/i18n/vi.json and en.json) and fills `{{name}}` the way
// i18next does. Browser scripts never import the files: their component hands them the strings
// they need (`pick`), and they fill them with `translator`.
import vi from '../../content/i18n/vi.json' with { type: 'json' };
import en from '../../content/i18n/en.json' with { type: 'json' };
import type { Locale } from './schemas.ts';

/** A key of the site's own text; vi.json also overrides some of Starlight's strings. */
export type UiKey = keyof typeof en;
export type Vars = Record<string, string | number>;
export type Translate = (key: UiKey, vars?: Vars) => string;

/** Both files as they are (vi.json also holds Starlight strings the site overrides). */
export const UI_TEXT: Record<Locale, Record<UiKey, string>> = { vi, en };

/** Fills each `{{name}}` from `vars`; a name not given stays as it is, as in i18next. */
export function interpolate(text: string, vars: Vars = {}): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function uiText(locale: Locale): Translate {
  return (key, vars) => interpolate(UI_TEXT[locale][key] ?? key, vars);
}

/** A key in both languages, for data that carries both (the open-data files, entry labels). */
export function bothLocales(key: UiKey, vars?: (locale: Locale) => Vars): Record<Locale, string> {
  return { vi: uiText('vi')(key, vars?.('vi')), en: uiText('en')(key, vars?.('en')) };
}

/**
 * The unfilled strings a browser script needs, for its component to pass in a data attribute:
 * each key given, and every key under a group given with a final dot ('eligibility.status.').
 */
export function pick(locale: Locale, keys: ReadonlyArray<UiKey | `${string}.`>): Partial<Record<UiKey, string>> {
  const wanted = (key: string) => keys.some((k) => key === k || (k.endsWith('.') && key.startsWith(k)));
  return Object.fromEntries(Object.entries(UI_TEXT[locale]).filter(([key]) => wanted(key)));
}

/** The browser side of `pick`: a Translate over the strings a component passed. */
export function translator(strings: Partial<Record<UiKey, string>>): Translate {
  return (key, vars) => interpolate(strings[key] ?? key, vars);
}
