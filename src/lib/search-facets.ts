// The filters search offers, named in each language. Pagefind keeps one index per language, so
// filter names and values are the words a reader of that language sees.
import type { Locale } from './schemas.ts';

export const FACET_LABELS = {
  kind: { vi: 'Loại trang', en: 'Kind of page' },
  docType: { vi: 'Loại văn bản', en: 'Document type' },
  status: { vi: 'Tình trạng', en: 'Status' },
  audience: { vi: 'Đối tượng', en: 'Audience' },
} as const satisfies Record<string, Record<Locale, string>>;

export const PAGE_KIND_LABELS = {
  documents: { vi: 'Văn bản', en: 'Document' },
  agencies: { vi: 'Cơ quan', en: 'Agency' },
  tasks: { vi: 'Nhiệm vụ', en: 'Task' },
  benefits: { vi: 'Quyền lợi', en: 'Benefit' },
  page: { vi: 'Trang giới thiệu', en: 'Guide' },
} as const satisfies Record<string, Record<Locale, string>>;
