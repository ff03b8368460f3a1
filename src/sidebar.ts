// The sidebar holds sections and index pages only, never one link per entry: its size must not
// grow with the registry (every page carries it).
type Item = { slug: string } | { label: string; translations?: Record<string, string>; items: Item[] };

export const sidebar: Item[] = [
  {
    label: 'Văn bản pháp luật',
    translations: { en: 'Legal documents' },
    items: [{ slug: 'van-ban' }, { slug: 'van-ban/dong-thoi-gian' }, { slug: 'van-ban/theo-doi-phap-ly' }],
  },
  {
    label: 'Nhiệm vụ và trách nhiệm',
    translations: { en: 'Tasks and responsibilities' },
    items: [{ slug: 'nhiem-vu' }, { slug: 'nhiem-vu/ma-tran' }, { slug: 'nhiem-vu/to-cong-tac' }, { slug: 'co-quan' }],
  },
  {
    label: 'Hạ tầng và bảo mật',
    translations: { en: 'Infrastructure and security' },
    items: [{ slug: 'ha-tang' }, { slug: 'ha-tang/cap-do-an-toan' }, { slug: 'ha-tang/tu-danh-gia' }],
  },
  {
    label: 'Hướng dẫn cho người dân',
    translations: { en: 'Guides for citizens' },
    items: [{ slug: 'huong-dan' }],
  },
  {
    label: 'Quyền lợi người dân',
    translations: { en: 'Benefits for citizens' },
    items: [{ slug: 'quyen-loi' }, { slug: 'quyen-loi/toi-dung-duoc-gi' }],
  },
  { slug: 'thuat-ngu' },
  {
    label: 'Dữ liệu mở',
    translations: { en: 'Open data' },
    items: [{ slug: 'du-lieu-mo' }],
  },
];
