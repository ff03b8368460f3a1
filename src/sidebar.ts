// The sidebar holds sections and index pages only, never one link per entry: its size must not
// grow with the registry (every page carries it).
import { bothLocales, type UiKey } from './lib/ui-text.ts';

type Item = { slug: string } | { label: string; translations?: Record<string, string>; items: Item[] };

/** A group of links, named by its key in content/i18n/ (Starlight takes the other languages apart). */
function group(key: UiKey, items: Item[]): Item {
  const { vi, ...translations } = bothLocales(key);
  return { label: vi, translations, items };
}

export const sidebar: Item[] = [
  group('sidebar.documents', [
    { slug: 'van-ban' },
    { slug: 'van-ban/dong-thoi-gian' },
    { slug: 'van-ban/theo-doi-phap-ly' },
  ]),
  group('sidebar.tasks', [
    { slug: 'nhiem-vu' },
    { slug: 'nhiem-vu/ma-tran' },
    { slug: 'nhiem-vu/to-cong-tac' },
    { slug: 'co-quan' },
  ]),
  group('sidebar.infrastructure', [
    { slug: 'ha-tang' },
    { slug: 'ha-tang/cap-do-an-toan' },
    { slug: 'ha-tang/tu-danh-gia' },
  ]),
  group('sidebar.guides', [{ slug: 'huong-dan' }]),
  group('sidebar.benefits', [{ slug: 'quyen-loi' }, { slug: 'quyen-loi/toi-dung-duoc-gi' }]),
  { slug: 'thuat-ngu' },
  { slug: 'cach-doc' },
  group('sidebar.openData', [{ slug: 'du-lieu-mo' }]),
];
