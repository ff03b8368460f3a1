// The sidebar holds sections and index pages only, never one link per entry: its size must not
// grow with the registry (every page carries it).
type Item = { slug: string } | { label: string; translations?: Record<string, string>; items: Item[] };

export const sidebar: Item[] = [
  {
    label: 'Văn bản pháp luật',
    translations: { en: 'Legal documents' },
    items: [{ slug: 'van-ban' }],
  },
  {
    label: 'Nhiệm vụ và trách nhiệm',
    translations: { en: 'Tasks and responsibilities' },
    items: [{ slug: 'nhiem-vu' }, { slug: 'co-quan' }],
  },
  {
    label: 'Quyền lợi người dân',
    translations: { en: 'Benefits for citizens' },
    items: [{ slug: 'quyen-loi' }],
  },
  { slug: 'thuat-ngu' },
];
