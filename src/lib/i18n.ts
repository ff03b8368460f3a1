// The site's own UI words, in both languages. Starlight translates its chrome; these are the
// labels of the data pages and components.
import type { Locale } from './schemas.ts';
import type { Status } from './status.ts';

const vi = {
  'doc.number': 'Số, ký hiệu',
  'doc.kind': 'Loại văn bản',
  'doc.issuer': 'Cơ quan ban hành',
  'doc.signer': 'Người ký',
  'doc.issued': 'Ngày ban hành',
  'doc.effective': 'Ngày có hiệu lực',
  'doc.expires': 'Ngày hết hiệu lực',
  'doc.status': 'Tình trạng',
  'doc.title': 'Tên văn bản',
  'doc.year': 'Năm',
  'section.info': 'Thông tin văn bản',
  'section.validity': 'Hiệu lực',
  'section.relations': 'Quan hệ với văn bản khác',
  'section.tasks': 'Nhiệm vụ của Đề án 06 liên quan',
  'section.sources': 'Nguồn',
  'section.summary': 'Tóm tắt',
  'unknown': 'chưa rõ',
  'unverified': 'chưa xác minh',
  'asOf': 'Tính đến ngày',
  'none': 'Không có.',
  'confidence': 'Độ tin cậy',
  'confidence.high': 'cao',
  'confidence.medium': 'trung bình',
  'confidence.low': 'thấp',
  'confidence.unconfirmed': 'chưa xác minh',
  'reviewed': 'Rà soát lần cuối',
  'source.note': 'Ghi chú',
  'all': 'Tất cả',
  'filter': 'Lọc',
  'filter.apply': 'Lọc',
  'results': 'kết quả',
} as const;

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  'doc.number': 'Number',
  'doc.kind': 'Kind of document',
  'doc.issuer': 'Issued by',
  'doc.signer': 'Signed by',
  'doc.issued': 'Issued',
  'doc.effective': 'In force from',
  'doc.expires': 'Expires',
  'doc.status': 'Status',
  'doc.title': 'Title',
  'doc.year': 'Year',
  'section.info': 'About this document',
  'section.validity': 'Validity',
  'section.relations': 'Relations to other documents',
  'section.tasks': 'Project 06 tasks it serves',
  'section.sources': 'Sources',
  'section.summary': 'Summary',
  'unknown': 'unknown',
  'unverified': 'unverified',
  'asOf': 'As of',
  'none': 'None.',
  'confidence': 'Confidence',
  'confidence.high': 'high',
  'confidence.medium': 'medium',
  'confidence.low': 'low',
  'confidence.unconfirmed': 'unconfirmed',
  'reviewed': 'Last reviewed',
  'source.note': 'Note',
  'all': 'All',
  'filter': 'Filter',
  'filter.apply': 'Filter',
  'results': 'results',
};

const strings: Record<Locale, Record<Key, string>> = { vi, en };

export function t(locale: Locale, key: Key): string {
  return strings[locale][key];
}

export const STATUS_LABELS: Record<Status, Record<Locale, string>> = {
  'chua-co-hieu-luc': { vi: 'Chưa có hiệu lực', en: 'Not yet in force' },
  'con-hieu-luc': { vi: 'Còn hiệu lực', en: 'In force' },
  'het-hieu-luc-mot-phan': { vi: 'Hết hiệu lực một phần', en: 'Partly no longer in force' },
  'het-hieu-luc': { vi: 'Hết hiệu lực', en: 'No longer in force' },
  'chua-xac-minh': { vi: 'Chưa xác minh', en: 'Unverified' },
};

export const KIND_LABELS = {
  luat: { vi: 'Luật', en: 'Law' },
  'nghi-quyet': { vi: 'Nghị quyết', en: 'Resolution' },
  'nghi-dinh': { vi: 'Nghị định', en: 'Decree' },
  'quyet-dinh': { vi: 'Quyết định', en: 'Decision' },
  'thong-tu': { vi: 'Thông tư', en: 'Circular' },
  'chi-thi': { vi: 'Chỉ thị', en: 'Directive' },
  'cong-van': { vi: 'Công văn', en: 'Official letter' },
  'cong-dien': { vi: 'Công điện', en: 'Official dispatch' },
  'thong-bao': { vi: 'Thông báo', en: 'Notice' },
} as const satisfies Record<string, Record<Locale, string>>;

/** Relation labels, in the direction stored (newer → older) and the derived one (older ← newer). */
export const RELATION_LABELS = {
  replaces: { vi: ['Thay thế', 'Bị thay thế bởi'], en: ['Replaces', 'Replaced by'] },
  amends: { vi: ['Sửa đổi, bổ sung', 'Được sửa đổi, bổ sung bởi'], en: ['Amends', 'Amended by'] },
  details: { vi: ['Quy định chi tiết', 'Được quy định chi tiết bởi'], en: ['Details', 'Detailed by'] },
  repeals: { vi: ['Bãi bỏ', 'Bị bãi bỏ bởi'], en: ['Repeals', 'Repealed by'] },
  'based-on': { vi: ['Căn cứ', 'Là căn cứ của'], en: ['Based on', 'Basis for'] },
} as const satisfies Record<string, Record<Locale, readonly [string, string]>>;

export const ROLE_LABELS = {
  'chu-tri': { vi: 'Chủ trì', en: 'Leads' },
  'phoi-hop': { vi: 'Phối hợp', en: 'Coordinates' },
  'thuc-hien': { vi: 'Thực hiện', en: 'Implements' },
} as const satisfies Record<string, Record<Locale, string>>;

export const PILLAR_LABELS = {
  'nhan-thuc': { vi: 'Nhận thức', en: 'Awareness' },
  'phap-ly': { vi: 'Nhóm Pháp lý', en: 'Legal group' },
  'ha-tang': { vi: 'Hạ tầng CNTT và an ninh an toàn bảo mật', en: 'IT infrastructure and security' },
  'niem-tin': { vi: 'Niềm tin Người dân và doanh nghiệp', en: 'Trust of citizens and businesses' },
} as const satisfies Record<string, Record<Locale, string>>;

export const AUDIENCE_LABELS = {
  'cong-dan': { vi: 'Công dân', en: 'Citizens' },
  'nguoi-nuoc-ngoai': { vi: 'Người nước ngoài', en: 'Foreign residents' },
  'doanh-nghiep': { vi: 'Doanh nghiệp', en: 'Businesses' },
  'co-quan': { vi: 'Cơ quan nhà nước', en: 'State agencies' },
} as const satisfies Record<string, Record<Locale, string>>;

export const AGENCY_KIND_LABELS = {
  'quoc-hoi': { vi: 'Quốc hội', en: 'National Assembly' },
  'chinh-phu': { vi: 'Chính phủ', en: 'Government' },
  'thu-tuong': { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' },
  bo: { vi: 'Bộ', en: 'Ministry' },
  'co-quan-ngang-bo': { vi: 'Cơ quan ngang bộ', en: 'Ministerial-level agency' },
  'co-quan-thuoc-chinh-phu': { vi: 'Cơ quan thuộc Chính phủ', en: 'Government agency' },
  'don-vi-truc-thuoc': { vi: 'Đơn vị trực thuộc', en: 'Subordinate unit' },
  tinh: { vi: 'Tỉnh', en: 'Province' },
  'thanh-pho': { vi: 'Thành phố trực thuộc trung ương', en: 'Centrally-run city' },
  'ban-chi-dao': { vi: 'Ban Chỉ đạo', en: 'Steering committee' },
  'to-cong-tac': { vi: 'Tổ công tác', en: 'Working group' },
  nhom: { vi: 'Nhóm cơ quan', en: 'Group of agencies' },
} as const satisfies Record<string, Record<Locale, string>>;
