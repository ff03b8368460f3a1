// Every URL the site makes is built here, so that pages, prose references and the validator
// agree on what exists. Section slugs are Vietnamese without diacritics in both languages.
import type { DataCollection, Locale } from './schemas.ts';

export const SECTIONS: Record<DataCollection, string> = {
  documents: 'van-ban',
  agencies: 'co-quan',
  tasks: 'nhiem-vu',
  benefits: 'quyen-loi',
  glossary: 'thuat-ngu',
};

/** Collections whose entries each get a page; glossary terms are anchors on one page. */
export const PAGED: DataCollection[] = ['documents', 'agencies', 'tasks', 'benefits'];

/** Short ASCII anchors on generated pages: stable even when a heading's wording changes. */
export const ANCHORS: Record<DataCollection, readonly string[]> = {
  documents: ['thong-tin', 'hieu-luc', 'quan-he', 'nhiem-vu', 'nguon'],
  agencies: ['thong-tin', 'nhiem-vu', 'van-ban', 'ke-thua', 'thanh-vien', 'nguon'],
  tasks: ['noi-dung', 'y-nghia', 'trach-nhiem', 'van-ban', 'nguon'],
  benefits: ['noi-dung', 'doi-tuong', 'can-gi', 'cac-buoc', 'co-so-phap-ly', 'nguon'],
  glossary: [],
};

export function localePrefix(locale: Locale): string {
  return locale === 'vi' ? '/' : `/${locale}/`;
}

export function sectionUrl(collection: DataCollection, locale: Locale): string {
  return `${localePrefix(locale)}${SECTIONS[collection]}/`;
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
