// Every URL the site makes is built here, so that pages, prose references and the validator
// agree on what exists. Section slugs are Vietnamese without diacritics in both languages.
import type { DataCollection, Locale } from './schemas.ts';
import { KINDS, KIND_LIST } from './kinds.ts';

/** Kinds whose entries each get a page; the others are anchors on their section's page. */
export const PAGED: DataCollection[] = KIND_LIST.filter((k) => k.paged).map((k) => k.name);

export function localePrefix(locale: Locale): string {
  return locale === 'vi' ? '/' : `/${locale}/`;
}

export function sectionUrl(collection: DataCollection, locale: Locale): string {
  return `${localePrefix(locale)}${KINDS[collection].section}/`;
}

export function entryUrl(collection: DataCollection, id: string, locale: Locale): string {
  if (collection === 'glossary') return `${sectionUrl('glossary', locale)}#${id}`;
  return `${sectionUrl(collection, locale)}${id}/`;
}

/** The locale a docs entry id belongs to (`en/van-ban/index` → en). */
export function localeOfDocId(docId: string): Locale {
  return docId === 'en' || docId.startsWith('en/') ? 'en' : 'vi';
}

/** The URL path of a docs entry (`en/van-ban` → /en/van-ban/, `index` → /). */
export function docUrl(docId: string): string {
  const slug = docId.replace(/(^|\/)index$/, '');
  return slug ? `/${slug}/` : '/';
}

/** A docs id without its locale folder: the key that pairs a page with its translation. */
export function pageKey(docId: string): string {
  return localeOfDocId(docId) === 'en' ? docId.replace(/^en(\/|$)/, '') || 'index' : docId;
}

/** The locale of a site URL path. */
export function localeOfUrl(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'vi';
}

/** The URL of an everyday guide named by a benefit's `guide` field (`huong-dan/x`). */
export function guideUrl(guide: string, locale: Locale): string {
  return `${localePrefix(locale)}${guide}/`;
}
