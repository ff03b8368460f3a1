// One worked example per validator code, for CONTRIBUTING.md and CONTRIBUTING.en.md: a mistake
// made on a copy of the real content/, and its fix. The messages in those files are not typed by
// hand: `npm run contributing` runs each example through the validator and prints what it says.
import type { Locale } from '../schemas.ts';
import type { FindingCode } from '../validate/types.ts';

type Text = Record<Locale, string>;
const t = (vi: string, en: string): Text => ({ vi, en });

/** A change to a copy of content/ (paths relative to content/). */
export type Edit =
  | { path: string; write: string }
  | { path: string; remove: true }
  /** Replaces what `find` matches; fails loudly when it matches nothing, so a stale example is seen. */
  | { path: string; find: RegExp; replace: string }
  /** The same replacement in every file of a folder that matches; at least one must. */
  | { folder: string; find: RegExp; replace: string };

export interface Example {
  code: FindingCode;
  /** A few words for codes with more than one example. */
  label?: Text;
  mistake: Text;
  fix: Text;
  /** The file the finding belongs to, relative to the project root. */
  file: string;
  edits: Edit[];
  /** The corrected state, applied to a fresh copy; by default the untouched content. */
  fixed?: Edit[];
  /** The lines of the fixed file to show (default: those around the finding); false shows none. */
  fixedLines?: [number, number] | false;
  /** Warnings that are allowed to stay (an unconfirmed fact): the fix need not remove it. */
  mayRemain?: boolean;
}

const write = (path: string, text: string): Edit => ({ path, write: text });
const remove = (path: string): Edit => ({ path, remove: true });
const change = (path: string, find: RegExp, replace: string): Edit => ({ path, find, replace });

/** An example page and its English twin; `vi` is the page body. */
function page(vi: string, frontmatter = 'reviewed: 2026-11-27', en = 'The same page in English.'): Edit[] {
  return [
    write('docs/vi-du.mdx', `---\ntitle: Ví dụ\n${frontmatter}\n---\n\n${vi}\n`),
    write('docs/en/vi-du.mdx', `---\ntitle: Example\n${frontmatter}\n---\n\n${en}\n`),
  ];
}

/** Decree 47/2020, as in content/documents/nd-47-2020.yaml, with the given lines changed. */
function nd47(lines: Record<string, string | null> = {}): string {
  const base: Record<string, string> = {
    number: 'number: 47/2020/NĐ-CP',
    kind: 'kind: nghi-dinh',
    issuer: 'issuer: chinh-phu',
    title:
      'title:\n  vi: Về quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước\n  en: On the management, connection and sharing of digital data by state agencies',
    issued: 'issued: 2020-04-09',
    effective: 'effective: 2020-05-25',
    summary:
      'summary:\n  vi: Nghị định về quản lý, kết nối và chia sẻ dữ liệu số giữa các cơ quan nhà nước.\n  en: A decree on how state agencies manage, connect and share digital data.',
    sources:
      'sources:\n  - url: https://english.luatvietnam.vn/decree-no-47-2020-nd-cp-dated-april-09-2020-of-the-government-on-the-management-connection-and-sharing-of-digital-data-by-state-agency-182340-Doc1.html\n    publisher: LuatVietnam',
    confidence: 'confidence: high',
    reviewed: 'reviewed: 2026-11-27',
  };
  return (
    Object.entries({ ...base, ...lines })
      .flatMap(([, v]) => (v === null ? [] : [v]))
      .join('\n') + '\n'
  );
}

const ND47 = 'documents/nd-47-2020.yaml';
const SUMMARY_COLON =
  'summary:\n  vi: "Dữ liệu số của cơ quan nhà nước: cách quản lý, kết nối và chia sẻ."\n  en: How state agencies manage, connect and share digital data.';
const ND59 = 'documents/nd-59-2022.yaml';
const ND69 = 'documents/nd-69-2024.yaml';
const PAGE = 'content/docs/vi-du.mdx';

export const EXAMPLES: Example[] = [
  // ---- Reading the files ------------------------------------------------------------------------
  {
    code: 'content-file',
    mistake: t(
      'Tệp mục dữ liệu có đuôi .yml. Trang chỉ đọc tệp .yaml, nên mục này sẽ biến mất khỏi trang mà không báo gì.',
      'An entry file ending in .yml. The site reads only .yaml files, so the entry would silently vanish.',
    ),
    fix: t(
      'Đổi tên tệp: đuôi .yaml, tên là id (chữ thường không dấu, nối bằng dấu gạch ngang).',
      'Rename the file: the .yaml extension, and the id as its name (lower-case ASCII joined by hyphens).',
    ),
    file: 'content/documents/nd-47-2020.yml',
    edits: [remove(ND47), write('documents/nd-47-2020.yml', nd47())],
  },
  {
    code: 'yaml-syntax',
    mistake: t(
      'Một giá trị có dấu hai chấm và dấu cách (": ") mà không nằm trong ngoặc kép. YAML hiểu đó là một cặp khóa–giá trị mới.',
      'A value with a colon and a space (": ") that is not in quotes. YAML reads it as a new key and value.',
    ),
    fix: t('Đặt cả giá trị trong ngoặc kép.', 'Put the whole value in double quotes.'),
    file: `content/${ND47}`,
    edits: [write(ND47, nd47({ summary: SUMMARY_COLON.replace('"', '').replace('"', '') }))],
    fixed: [write(ND47, nd47({ summary: SUMMARY_COLON }))],
  },
  {
    code: 'frontmatter',
    mistake: t(
      'Trang MDX không có phần đầu (frontmatter) giữa hai dòng ---.',
      'An MDX page without frontmatter between two --- lines.',
    ),
    fix: t(
      'Mở đầu tệp bằng ---, các dòng title:, description:, reviewed:, rồi ---.',
      'Start the file with ---, the lines title:, description: and reviewed:, then ---.',
    ),
    file: PAGE,
    edits: [...page('x'), write('docs/vi-du.mdx', 'Ví dụ\n\nNội dung trang.\n')],
    fixed: page('Nội dung trang.'),
  },
  {
    code: 'mdx-syntax',
    mistake: t(
      'Trong MDX, dấu { mở một biểu thức JavaScript và dấu < mở một thẻ. Viết chúng trong văn bản thường làm trang không đọc được.',
      'In MDX, { opens a JavaScript expression and < opens a tag. Writing them in plain text makes the page unreadable.',
    ),
    fix: t('Bỏ dấu đó, hoặc viết \\{ và \\<.', 'Leave the character out, or write \\{ and \\<.'),
    file: PAGE,
    edits: page('Các mục {b1…b5} là các mục quyền lợi trên slide.'),
    fixed: page('Các mục b1…b5 là các mục quyền lợi trên slide.'),
  },

  // ---- Fields -----------------------------------------------------------------------------------
  {
    code: 'schema',
    label: t('giá trị không nằm trong danh sách', 'a value not on the list'),
    mistake: t(
      'Loại văn bản viết có dấu. Trường kind chỉ nhận các giá trị trong danh sách, viết không dấu.',
      'The kind of document written with tone marks. kind takes only the values of its list, without tone marks.',
    ),
    fix: t('Dùng giá trị gần nhất mà thông báo gợi ý.', 'Use the nearest value the message suggests.'),
    file: `content/${ND47}`,
    edits: [write(ND47, nd47({ kind: 'kind: nghị-định' }))],
    fixed: [write(ND47, nd47())],
  },
  {
    code: 'schema',
    label: t('ngày viết kiểu dd/mm/yyyy', 'a date written dd/mm/yyyy'),
    mistake: t(
      'Ngày viết theo kiểu thường dùng trong văn bản (dd/mm/yyyy). Trong YAML, ngày luôn viết YYYY-MM-DD.',
      'A date written the way Vietnamese text writes it (dd/mm/yyyy). In YAML a date is always YYYY-MM-DD.',
    ),
    fix: t('Viết lại ngày theo dạng YYYY-MM-DD.', 'Write the date as YYYY-MM-DD.'),
    file: `content/${ND47}`,
    edits: [write(ND47, nd47({ effective: 'effective: 25/05/2020' }))],
    fixed: [write(ND47, nd47())],
  },
  {
    code: 'schema',
    label: t('thiếu trường bắt buộc', 'a required field left out'),
    mistake: t('Thiếu trường bắt buộc sources.', 'The required field sources is left out.'),
    fix: t('Thêm trường với ít nhất một nguồn.', 'Add the field, with at least one source.'),
    file: `content/${ND47}`,
    edits: [write(ND47, nd47({ sources: null }))],
    fixed: [write(ND47, nd47())],
    fixedLines: [12, 14],
  },
  {
    code: 'schema',
    label: t('trường không có trong lược đồ', 'a field the schema does not have'),
    mistake: t(
      'Tên trường gõ sai (hoặc đặt tên tiếng Việt). Lược đồ không biết trường đó.',
      'A field name misspelt (or given a Vietnamese name). The schema does not know it.',
    ),
    fix: t('Viết đúng tên trường như trang Tham chiếu dữ liệu.', 'Spell the field as the data reference page does.'),
    file: `content/${ND47}`,
    edits: [write(ND47, nd47({ effective: 'ngay-hieu-luc: 2020-05-25' }))],
    fixed: [write(ND47, nd47())],
  },

  {
    code: 'unverified-field',
    mistake: t(
      'Tên trường trong unverified: gõ sai. Trang sẽ không đánh dấu "chưa xác minh" ở đâu cả.',
      'A field name in unverified: misspelt. The site would mark nothing as unverified.',
    ),
    fix: t(
      'Viết đúng tên trường; thông báo gợi ý tên gần nhất.',
      'Spell the field right; the message suggests the nearest.',
    ),
    file: `content/${ND47}`,
    edits: [write(ND47, nd47({ confidence: 'confidence: high\nunverified: [efective]' }))],
    fixed: [write(ND47, nd47({ confidence: 'confidence: high\nunverified: [effective]' }))],
  },

  // ---- Safety -----------------------------------------------------------------------------------
  {
    code: 'unsafe-content',
    mistake: t(
      'Một trang có liên kết javascript: (hoặc <script>, thuộc tính onclick=…, <iframe>). Nội dung không được chạy mã trong trình duyệt của người đọc.',
      'A page with a javascript: link (or <script>, an onclick=… attribute, an <iframe>). Content may not run code in readers’ browsers.',
    ),
    fix: t(
      'Dùng liên kết thường hoặc ref:id. Một tính năng mới là việc của một thành phần trong src/components/, được duyệt như mã.',
      'Use a plain link or ref:id. A new feature belongs in a component under src/components/, reviewed as code.',
    ),
    file: PAGE,
    edits: page('Xem <a href="javascript:alert(1)">Nghị định 59</a>.'),
    fixed: page('Xem [Nghị định 59](ref:nd-59-2022).'),
  },
  {
    code: 'insecure-url',
    mistake: t('Địa chỉ nguồn bắt đầu bằng http:.', 'A source address starting with http:.'),
    fix: t(
      'Viết https:// nếu trang nguồn có. Nếu trang chỉ có http:, cứ để nguyên: đây là cảnh báo.',
      'Write https:// if the source site offers it. If it has only http:, leave it: this is a warning.',
    ),
    file: `content/${ND47}`,
    edits: [
      write(
        ND47,
        nd47({
          sources: 'sources:\n  - url: http://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=141345\n    publisher: vbpl.vn',
        }),
      ),
    ],
    fixed: [
      write(
        ND47,
        nd47({
          sources:
            'sources:\n  - url: https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=141345\n    publisher: vbpl.vn',
        }),
      ),
    ],
  },

  // ---- Ids and references -----------------------------------------------------------------------
  {
    code: 'unknown-id',
    label: t('trong tệp YAML', 'in a YAML file'),
    mistake: t('Id của cơ quan ban hành gõ sai.', 'The issuing agency’s id misspelt.'),
    fix: t(
      'Dùng đúng id, tức tên tệp của mục đó; thông báo gợi ý các id gần nhất.',
      'Use the right id, which is the entry’s file name; the message suggests the nearest ones.',
    ),
    file: `content/${ND47}`,
    edits: [write(ND47, nd47({ issuer: 'issuer: chinh-phuu' }))],
    fixed: [write(ND47, nd47())],
  },
  {
    code: 'unknown-id',
    label: t('trong một trang', 'in a page'),
    mistake: t('Liên kết ref: tới một id không có.', 'A ref: link to an id that does not exist.'),
    fix: t('Sửa id trong liên kết.', 'Correct the id in the link.'),
    file: PAGE,
    edits: page('Xem [Nghị định 59](ref:nd-59-2020).'),
    fixed: page('Xem [Nghị định 59](ref:nd-59-2022).'),
  },
  {
    code: 'duplicate-id',
    mistake: t(
      'Hai tệp cùng tên ở hai thư mục. Id dùng chung cho mọi loại mục, vì liên kết ref: chỉ ghi id.',
      'Two files with the same name in two folders. Ids are shared by all kinds of entry, because a ref: link names the id alone.',
    ),
    fix: t(
      'Đổi tên một tệp. Ở đây, tốt hơn là liên kết tới cơ quan c06 thay vì thêm thuật ngữ.',
      'Rename one of the files. Here, better still, link to the agency c06 instead of adding a term.',
    ),
    file: 'content/glossary/c06.yaml',
    edits: [
      write(
        'glossary/c06.yaml',
        'term:\n  vi: Cục Cảnh sát quản lý hành chính về trật tự xã hội\n  en: Police Department for Administrative Management of Social Order\nabbr: C06\ndefinition:\n  vi: Cục thuộc Bộ Công an, quản lý Cơ sở dữ liệu quốc gia về dân cư.\n  en: A department of the Ministry of Public Security that manages the national population database.\n',
      ),
    ],
  },
  {
    code: 'duplicate-number',
    mistake: t(
      'Một văn bản đã có được thêm lần nữa dưới tên tệp khác, với số hiệu viết khác (ND thay vì NĐ). Trình kiểm tra so số hiệu sau khi bỏ dấu và dấu câu.',
      'A document already in the registry added again under another file name, its number spelt differently (ND for NĐ). The validator compares numbers without tone marks and punctuation.',
    ),
    fix: t('Xóa tệp mới và sửa tệp đã có.', 'Delete the new file and edit the existing one.'),
    file: 'content/documents/nghi-dinh-47-2020.yaml',
    edits: [write('documents/nghi-dinh-47-2020.yaml', nd47({ number: 'number: 47/2020/ND-CP' }))],
  },
  {
    code: 'route-collision',
    mistake: t(
      'Một trang MDX đặt ở đúng địa chỉ của một trang tạo từ dữ liệu (ở đây /van-ban/nd-59-2022/, trang của Nghị định 59/2022). Một trong hai sẽ mất.',
      'An MDX page placed at the address of a page made from data (here /van-ban/nd-59-2022/, the page of Decree 59/2022). One of the two would be lost.',
    ),
    fix: t(
      'Đặt trang ở một địa chỉ khác; muốn thêm nội dung cho văn bản thì sửa mục dữ liệu của nó.',
      'Give the page another address; to say more about the document, edit its data entry.',
    ),
    file: 'content/docs/van-ban/nd-59-2022.mdx',
    edits: [
      write('docs/van-ban/nd-59-2022.mdx', '---\ntitle: Nghị định 59\nreviewed: 2026-11-27\n---\n\nGhi chú.\n'),
      write('docs/en/van-ban/nd-59-2022.mdx', '---\ntitle: Decree 59\nreviewed: 2026-11-27\n---\n\nNotes.\n'),
    ],
  },
  {
    code: 'unknown-anchor',
    mistake: t(
      'Liên kết tới một mục (#…) mà trang đích không có.',
      'A link to a section (#…) the target page does not have.',
    ),
    fix: t(
      'Dùng một mục có thật; thông báo gợi ý các mục gần nhất.',
      'Use a section that exists; the message suggests the nearest.',
    ),
    file: PAGE,
    edits: page('Xem [hiệu lực](ref:nd-59-2022#hieu-luc-phap-ly).'),
    fixed: page('Xem [hiệu lực](ref:nd-59-2022#hieu-luc).'),
  },
  {
    code: 'broken-link',
    mistake: t('Liên kết tới một trang không có.', 'A link to a page that does not exist.'),
    fix: t(
      'Liên kết tới mục dữ liệu bằng ref:id; trang tự tạo địa chỉ đúng.',
      'Link to a data entry with ref:id; the site makes the right address.',
    ),
    file: PAGE,
    edits: page('Xem [Nghị định 59](/van-ban/nghi-dinh-59-2022/).'),
    fixed: page('Xem [Nghị định 59](ref:nd-59-2022).'),
  },
  {
    code: 'trailing-slash',
    mistake: t(
      'Địa chỉ trang thiếu dấu / ở cuối. Mọi trang của site kết thúc bằng /.',
      'A page address without its final /. Every page of the site ends in /.',
    ),
    fix: t('Thêm dấu / ở cuối, hoặc dùng ref:id.', 'Add the final /, or use ref:id.'),
    file: PAGE,
    edits: page('Xem [Nghị định 59](/van-ban/nd-59-2022).'),
    fixed: page('Xem [Nghị định 59](/van-ban/nd-59-2022/).'),
  },
  {
    code: 'other-language',
    mistake: t('Trang tiếng Anh liên kết tới trang tiếng Việt.', 'An English page linking to a Vietnamese page.'),
    fix: t(
      'Liên kết tới trang cùng ngôn ngữ (/en/…), hoặc dùng ref:id.',
      'Link to the page in the same language (/en/…), or use ref:id.',
    ),
    file: 'content/docs/en/vi-du.mdx',
    edits: page('Xem [Nghị định 59](ref:nd-59-2022).', undefined, 'See [Decree 59](/van-ban/nd-59-2022/).'),
    fixed: page('Xem [Nghị định 59](ref:nd-59-2022).', undefined, 'See [Decree 59](ref:nd-59-2022).'),
  },

  // ---- Relations and dates ----------------------------------------------------------------------
  {
    code: 'self-relation',
    mistake: t(
      'Một văn bản ghi quan hệ với chính nó (gõ nhầm id).',
      'A document related to itself (an id typed wrongly).',
    ),
    fix: t('Ghi id của văn bản cũ hơn.', 'Write the id of the older document.'),
    file: `content/${ND69}`,
    edits: [change(ND69, /^( {4}target:) nd-59-2022$/m, '$1 nd-69-2024')],
  },
  {
    code: 'relation-cycle',
    mistake: t(
      'Quan hệ ghi ở cả hai văn bản: Nghị định 69/2024 thay thế Nghị định 59/2022, và Nghị định 59/2022 lại được ghi là sửa đổi Nghị định 69/2024.',
      'A relation written on both documents: Decree 69/2024 replaces Decree 59/2022, and Decree 59/2022 is also written as amending Decree 69/2024.',
    ),
    fix: t(
      'Quan hệ chỉ ghi một lần, ở văn bản mới hơn. Xóa quan hệ ở văn bản cũ.',
      'A relation is written once, on the newer document. Remove it from the older one.',
    ),
    file: `content/${ND59}`,
    edits: [change(ND59, /^serves:$/m, 'relations:\n  - type: amends\n    target: nd-69-2024\nserves:')],
    fixedLines: false,
  },
  {
    code: 'impossible-date',
    mistake: t('Ngày có hiệu lực sớm hơn ngày ban hành.', 'In force before it was issued.'),
    fix: t('Đối chiếu cả hai ngày với nguồn.', 'Check both dates against the source.'),
    file: `content/${ND47}`,
    edits: [write(ND47, nd47({ effective: 'effective: 2020-03-25' }))],
    fixed: [write(ND47, nd47())],
  },

  // ---- Completeness -----------------------------------------------------------------------------
  {
    code: 'missing-entry',
    mistake: t(
      'Một nhiệm vụ của slide không có tệp (ở đây content/tasks/a2.yaml bị xóa).',
      'A task of the slide has no file (here content/tasks/a2.yaml was deleted).',
    ),
    fix: t(
      'Thêm lại tệp; mọi ký hiệu trên slide đều phải có một mục.',
      'Add the file back; every key of the slide must have an entry.',
    ),
    file: 'content/tasks/',
    edits: [remove('tasks/a2.yaml')],
  },
  {
    code: 'key-mismatch',
    mistake: t('Ký hiệu key không khớp tên tệp.', 'The key does not match the file name.'),
    fix: t('Sửa key, hoặc đổi tên tệp cho khớp.', 'Correct the key, or rename the file to match.'),
    file: 'content/tasks/a4.yaml',
    edits: [change('tasks/a4.yaml', /^key: A4$/m, 'key: A3')],
  },
  {
    code: 'no-agency',
    mistake: t('Nhiệm vụ không có cơ quan chịu trách nhiệm.', 'A task with no responsible agency.'),
    fix: t(
      'Thêm dưới assigned: ít nhất một cơ quan và vai trò của nó.',
      'Add under assigned: at least one agency and its role.',
    ),
    file: 'content/tasks/a3.yaml',
    edits: [change('tasks/a3.yaml', /^assigned:\n(?: {2}.*\n)+/m, 'assigned: []\n')],
  },
  {
    code: 'no-legal-basis',
    mistake: t(
      'Nhiệm vụ hạ tầng không dẫn văn bản nào làm căn cứ.',
      'An infrastructure task that cites no document as its basis.',
    ),
    fix: t(
      'Thêm dưới legalBasis: id của ít nhất một văn bản.',
      'Add under legalBasis: the id of at least one document.',
    ),
    file: 'content/tasks/i1-1.yaml',
    edits: [change('tasks/i1-1.yaml', /^legalBasis:\n(?: {2}- .*\n)+/m, 'legalBasis: []\n')],
  },
  {
    code: 'no-concrete-benefit',
    mistake: t(
      'Không quyền lợi cụ thể nào ghi mục b1 trong pillarItems.',
      'No concrete benefit lists the item b1 under pillarItems.',
    ),
    fix: t(
      'Ghi b1 vào pillarItems của quyền lợi cụ thể thuộc mục đó.',
      'List b1 under pillarItems of the concrete benefits that belong to it.',
    ),
    file: 'content/benefits/b1.yaml',
    edits: [{ folder: 'benefits', find: /^ {2}- b1\n/m, replace: '' }],
  },
  {
    code: 'no-pillar-item',
    mistake: t(
      'Quyền lợi cụ thể không thuộc mục nào của slide.',
      'A concrete benefit that belongs to no item of the slide.',
    ),
    fix: t(
      'Ghi dưới pillarItems: các mục b1…b5 mà quyền lợi thuộc về.',
      'List under pillarItems: the items b1…b5 it belongs to.',
    ),
    file: 'content/benefits/mot-tai-khoan-dich-vu-cong.yaml',
    edits: [change('benefits/mot-tai-khoan-dich-vu-cong.yaml', /^pillarItems:\n(?: {2}- .*\n)+/m, 'pillarItems: []\n')],
  },
  {
    code: 'successor',
    mistake: t(
      'Tỉnh Hà Giang kết thúc ngày 30/06/2025, nhưng không tỉnh nào ghi Hà Giang trong successorOf (ở đây mục đó bị xóa khỏi tỉnh Tuyên Quang).',
      'Hà Giang Province ends on 30/06/2025, but no province lists it under successorOf (here the item was removed from Tuyên Quang Province).',
    ),
    fix: t(
      'Ghi đơn vị cũ dưới successorOf: của đúng một đơn vị mới.',
      'List the former unit under successorOf: of exactly one new unit.',
    ),
    file: 'content/agencies/ha-giang.yaml',
    edits: [change('agencies/tuyen-quang.yaml', /^ {2}- id: ha-giang\n(?: {4}.*\n)+/m, '')],
  },
  {
    code: 'missing-translation',
    mistake: t('Trang chỉ có bản tiếng Việt.', 'A page in Vietnamese only.'),
    fix: t(
      'Thêm bản tiếng Anh cùng đường dẫn dưới content/docs/en/.',
      'Add the English page at the same path under content/docs/en/.',
    ),
    file: PAGE,
    edits: [write('docs/vi-du.mdx', '---\ntitle: Ví dụ\nreviewed: 2026-11-27\n---\n\nNội dung trang.\n')],
    fixed: page('Nội dung trang.'),
  },

  // ---- Review (warnings) ------------------------------------------------------------------------
  {
    code: 'stale',
    mistake: t(
      'Trang (hoặc mục) chưa được rà soát hơn 12 tháng.',
      'A page (or entry) not reviewed for over 12 months.',
    ),
    fix: t(
      'Đọc lại trang, đối chiếu với nguồn, rồi cập nhật reviewed: bằng ngày rà soát.',
      'Read the page again against its sources, then set reviewed: to the day you did.',
    ),
    file: PAGE,
    edits: page('Nội dung trang.', 'reviewed: 2025-06-01'),
    fixed: page('Nội dung trang.', 'reviewed: 2026-11-27'),
  },
  {
    code: 'cited-status-changed',
    mistake: t(
      'Trang dẫn Nghị định 59/2022 (cites:) và được rà soát khi nghị định còn hiệu lực. Sau đó Nghị định 69/2024 thay thế nó.',
      'The page cites Decree 59/2022 (cites:) and was reviewed while the decree was in force. Decree 69/2024 replaced it later.',
    ),
    fix: t(
      'Kiểm tra điều trang viết về văn bản đó, sửa nếu cần, rồi cập nhật reviewed:.',
      'Check what the page says about the document, correct it if needed, then update reviewed:.',
    ),
    file: PAGE,
    edits: page('Nội dung trang.', 'reviewed: 2024-03-01\ncites: [nd-59-2022]'),
    fixed: page('Nội dung trang.', 'reviewed: 2026-11-27\ncites: [nd-59-2022]'),
  },
  {
    code: 'unconfirmed',
    mistake: t(
      'Mục được đánh dấu confidence: unconfirmed; trang hiện nó là "chưa xác minh".',
      'An entry marked confidence: unconfirmed; the site shows it as "unverified".',
    ),
    fix: t(
      'Đây là cảnh báo, không phải lỗi. Khi có nguồn xác nhận, thêm nguồn và nâng confidence. Chưa có thì giữ nguyên: không bao giờ đoán.',
      'This is a warning, not an error. When a source confirms the facts, add it and raise confidence. Until then leave it: never guess.',
    ),
    file: `content/${ND47}`,
    edits: [write(ND47, nd47({ confidence: 'confidence: unconfirmed' }))],
    fixed: [write(ND47, nd47({ confidence: 'confidence: unconfirmed' }))],
    mayRemain: true,
  },
];
