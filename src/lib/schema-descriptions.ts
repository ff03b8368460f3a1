// What each field means, in both languages, for the schema reference page. Keys are
// `<kind>.<path>`, or `*.<path>` for a field every kind shares. The field list itself comes from
// the Zod schemas; the reference test fails when a field here is missing or left over.
import type { Locale } from './schemas.ts';

type Text = Record<Locale, string>;
const d = (vi: string, en: string): Text => ({ vi, en });

export const FIELD_DESCRIPTIONS: Record<string, Text> = {
  // Shared by every kind of entry that carries sources.
  '*.sources': d(
    'Các nguồn cho dữ kiện của mục này. Mục dữ liệu cần ít nhất một nguồn.',
    'The sources of the entry’s facts. A data entry needs at least one.',
  ),
  '*.sources[].url': d('Địa chỉ web của nguồn.', 'The web address of the source.'),
  '*.sources[].publisher': d(
    'Tên trang hoặc cơ quan đăng nguồn, ví dụ "Thư viện Pháp luật", "Báo Chính phủ".',
    'The site or body that publishes the source, such as "Thư viện Pháp luật" or "Báo Chính phủ".',
  ),
  '*.sources[].read': d('Ngày đọc nguồn, nếu biết.', 'The day the source was read, where known.'),
  '*.sources[].note': d(
    'Ghi chú ngắn cho người đọc, bằng hai thứ tiếng: nguồn xác nhận điều gì (ví dụ một điều khoản).',
    'A short note for readers, in both languages: what the source confirms (an article, for example).',
  ),
  '*.sources[].editorNote': d(
    'Ghi chú cho người biên tập (tìm thấy nguồn thế nào, nguồn yếu ra sao). Không bao giờ hiện trên trang hay trong dữ liệu mở.',
    'A note for editors (how the source was found, how weak it is). Never shown on a page or in the open data.',
  ),
  '*.editorNote': d(
    'Ghi chú cho người biên tập về cả mục. Không bao giờ hiện trên trang hay trong dữ liệu mở.',
    'A note for editors on the whole entry. Never shown on a page or in the open data.',
  ),
  '*.confidence': d(
    'Mức tin cậy của dữ kiện yếu nhất trong các dữ kiện chính của mục.',
    'How sure we are, set by the weakest of the entry’s key facts.',
  ),
  '*.unverified': d(
    'Các trường (đường dẫn có dấu chấm, ví dụ effective, title.vi) chưa có nguồn xác nhận; trang và dữ liệu mở đánh dấu chúng là "chưa xác minh". Mỗi tên phải là một trường của loại mục này; trình kiểm tra liệt kê các tên hợp lệ.',
    'Fields (dotted paths such as effective, title.vi) that no source confirms; pages and the open data mark them "unverified". Each name must be a field of this kind; the validator lists the allowed names.',
  ),
  '*.reviewed': d(
    'Ngày người biên tập đối chiếu mục với nguồn lần cuối. Sau 12 tháng, trình kiểm tra cảnh báo.',
    'The day an editor last checked the entry against its sources. After 12 months the validator warns.',
  ),
  '*.summary': d('Tóm tắt ngắn, bằng lời của chúng ta.', 'A short summary, in our own words.'),

  'documents.number': d(
    'Số, ký hiệu chính thức, đúng như trên văn bản (ví dụ 59/2022/NĐ-CP). Id của tệp được suy ra từ số này.',
    'The official number, exactly as on the document (for example 59/2022/NĐ-CP). The file’s id is derived from it.',
  ),
  'documents.kind': d('Loại văn bản.', 'The kind of document.'),
  'documents.issuer': d('Id của cơ quan ban hành.', 'The id of the issuing agency.'),
  'documents.signer': d('Người ký, nếu nguồn nêu.', 'Who signed it, where a source says.'),
  'documents.title': d(
    'Tên văn bản: tiếng Việt trích đúng nguyên văn; tiếng Anh là bản dịch của chúng ta.',
    'The title: the Vietnamese quoted exactly; the English is our translation.',
  ),
  'documents.shortName': d('Tên gọi ngắn mà mọi người hay dùng.', 'A short name people use.'),
  'documents.issued': d('Ngày ban hành.', 'The day it was issued.'),
  'documents.effective': d(
    'Ngày có hiệu lực. Bỏ trống nếu không nguồn nào nêu; tình trạng khi đó là "chưa xác minh".',
    'The day it takes effect. Leave it out when no source gives it; the status is then "unverified".',
  ),
  'documents.expires': d(
    'Ngày hết hiệu lực do chính văn bản quy định. Việc hết hiệu lực vì văn bản mới hơn được suy ra, không ghi ở đây.',
    'An end date the document itself sets. Ends caused by newer documents are derived, not written here.',
  ),
  'documents.inForceConfirmedUntil': d(
    'Ngày cuối cùng một nguồn cho thấy văn bản còn hiệu lực; sau ngày này tình trạng là "chưa xác minh".',
    'The last day a source shows the document in force; after it the status is "unverified".',
  ),
  'documents.relations': d(
    'Quan hệ với văn bản cũ hơn, chỉ ghi trên văn bản mới hơn; chiều ngược lại được suy ra.',
    'Relations to older documents, written on the newer one only; the other direction is derived.',
  ),
  'documents.relations[].type': d(
    'Loại quan hệ: thay thế, sửa đổi, quy định chi tiết, bãi bỏ, căn cứ; tiếp nối (chương trình cho giai đoạn sau) và triển khai (chỉ thị, hướng dẫn thực hiện văn bản cũ). Tiếp nối và triển khai không làm văn bản cũ hết hiệu lực.',
    'The relation: replaces, amends, details, repeals, based on; continues (a programme for the period after) and implements (a directive or guidance on carrying the older one out). Continues and implements never end the older document.',
  ),
  'documents.relations[].target': d('Id của văn bản cũ hơn.', 'The id of the older document.'),
  'documents.relations[].partial': d(
    'true nếu chỉ một phần văn bản cũ bị ảnh hưởng (một số điều).',
    'true when only part of the older document is affected (some articles).',
  ),
  'documents.relations[].confidence': d('Mức tin cậy của quan hệ này.', 'How sure we are of this relation.'),
  'documents.relations[].note': d('Ghi chú về quan hệ.', 'A note on the relation.'),
  'documents.serves': d(
    'Id các nhiệm vụ của Đề án 06 mà văn bản thực hiện hoặc làm nền.',
    'The ids of the Project 06 tasks the document delivers or underpins.',
  ),

  'agencies.name': d('Tên chính thức của cơ quan.', 'The agency’s official name.'),
  'agencies.short': d('Tên viết tắt hoặc tên ngắn.', 'An abbreviation or short name.'),
  'agencies.kind': d('Loại cơ quan.', 'The kind of agency.'),
  'agencies.memberKinds': d(
    'Chỉ cho nhóm: các loại cơ quan là thành viên của nhóm. Thành viên được suy ra theo loại và ngày, không liệt kê tay.',
    'Groups only: the kinds of agency that are members. Members are derived from kind and date, never listed by hand.',
  ),
  'agencies.partOf': d('Id của cơ quan cấp trên.', 'The id of the agency it belongs to.'),
  'agencies.active': d('Thời gian cơ quan tồn tại.', 'When the agency existed.'),
  'agencies.active.from': d('Ngày bắt đầu, nếu cơ quan mới được lập.', 'The first day, for an agency formed later.'),
  'agencies.active.until': d(
    'Ngày cuối cùng, nếu cơ quan đã giải thể hoặc sáp nhập.',
    'The last day, for an agency dissolved or merged.',
  ),
  'agencies.successorOf': d(
    'Các cơ quan cũ mà cơ quan này kế thừa (ví dụ tỉnh hình thành sau sáp nhập năm 2025).',
    'The former agencies this one takes over from (a province formed by the 2025 mergers, for example).',
  ),
  'agencies.successorOf[].id': d('Id của cơ quan cũ.', 'The id of the former agency.'),
  'agencies.successorOf[].date': d(
    'Ngày kế thừa: ngày sau "active.until" của cơ quan cũ.',
    'The day of succession: the day after the former agency’s "active.until".',
  ),
  'agencies.successorOf[].functions': d(
    'Các chức năng cơ quan này nhận từ cơ quan cũ (ví dụ an-toan-thong-tin). Bỏ trống: mọi chức năng mà không cơ quan kế thừa nào khác nhận.',
    'The functions it took over from the former agency (an-toan-thong-tin, say). Left empty: every function no other successor took.',
  ),
  'agencies.successorOf[].confidence': d('Mức tin cậy của việc kế thừa.', 'How sure we are of the succession.'),
  'agencies.successorOf[].basis': d(
    'Id của văn bản quyết định việc kế thừa.',
    'The id of the document that decided it.',
  ),

  'tasks.key': d(
    'Ký hiệu trên slide (A1, L2, I1.3), chỉ cho nhiệm vụ của slide. Phải khớp tên tệp (i1-3.yaml).',
    'The key on the slide (A1, L2, I1.3), for the slide’s tasks only. Must match the file name (i1-3.yaml).',
  ),
  'tasks.origin': d(
    'Văn bản giao nhiệm vụ, cho nhiệm vụ không thuộc slide năm 2022. Nhiệm vụ của slide không có trường này.',
    'The document that assigns the duty, for duties not on the 2022 slide. The slide’s tasks have none.',
  ),
  'tasks.origin.document': d('Id của văn bản giao nhiệm vụ.', 'The id of the document that assigns it.'),
  'tasks.origin.article': d(
    'Điều, mục hoặc điểm của văn bản, nếu biết (ví dụ "Mục II.1").',
    'The article, section or point, where known ("Section II.1", say).',
  ),
  'tasks.title': d(
    'Tên ngắn của nhiệm vụ giao bởi văn bản (nhiệm vụ của slide dùng lời trên slide).',
    'A short name of a duty from a document (a slide task is named by its slide wording).',
  ),
  'tasks.function': d(
    'Chức năng nhà nước mà nhiệm vụ thuộc về (ví dụ an-toan-thong-tin). Khi cơ quan được giao không còn, nhiệm vụ chuyển cho cơ quan kế thừa chức năng này.',
    'The function of the state the duty belongs to (an-toan-thong-tin, say). When the agency ends, the duty passes to its successor for this function.',
  ),
  'tasks.deadline': d(
    'Thời hạn: một ngày, hoặc một hạn lặp lại. Bỏ trống: văn bản không nêu thời hạn.',
    'The deadline: one day, or a recurring one. Left out: the document gives none.',
  ),
  'tasks.deadline.date': d('Ngày phải xong.', 'The day it is due.'),
  'tasks.deadline.every': d(
    'Hạn lặp lại: year (hằng năm), quarter (hằng quý), month (hằng tháng).',
    'A recurring deadline: year, quarter or month.',
  ),
  'tasks.deadline.on': d(
    'Với hạn lặp lại: ngày trong năm (MM-DD) hoặc ngày trong tháng (số).',
    'For a recurring deadline: the day in the year (MM-DD) or in the month (a number).',
  ),
  'tasks.deadline.from': d('Hạn lặp lại bắt đầu từ ngày này.', 'The recurring deadline starts on this day.'),
  'tasks.deadline.until': d('Hạn lặp lại kết thúc sau ngày này.', 'The recurring deadline ends after this day.'),
  'tasks.deadline.inferred': d(
    'Nếu thời hạn do chúng ta suy ra, không do nguồn nêu: lý do, bằng hai thứ tiếng.',
    'Where we infer the deadline and no source states it: why, in both languages.',
  ),
  'tasks.done': d('Một nguồn cho biết nhiệm vụ đã hoàn thành.', 'A source reports the duty done.'),
  'tasks.done.date': d('Ngày hoàn thành, nếu nguồn nêu.', 'The day it was done, where a source says.'),
  'tasks.done.sources': d('Các nguồn cho biết đã hoàn thành.', 'The sources that report it done.'),
  'tasks.superseded': d(
    'Một văn bản sau hoặc việc đổi cơ quan đã thay thế nhiệm vụ.',
    'A later document or a change of agency ended the duty.',
  ),
  'tasks.superseded.date': d('Ngày nhiệm vụ bị thay thế.', 'The day the duty was superseded.'),
  'tasks.superseded.by': d(
    'Id của văn bản thay thế nhiệm vụ, nếu có.',
    'The id of the document that superseded it, if any.',
  ),
  'tasks.superseded.note': d('Ghi chú, bằng hai thứ tiếng.', 'A note, in both languages.'),
  'tasks.assigned[].inferred': d(
    'Nếu vai trò do chúng ta suy ra, không do nguồn nêu (ví dụ ai chủ trì A1–A4): lý do, bằng hai thứ tiếng. Trang ghi "suy luận".',
    'Where we infer the role and no source states it (who leads A1–A4, say): why, in both languages. Pages mark it "inferred".',
  ),
  'tasks.pillar': d('Trụ cột của slide mà nhiệm vụ thuộc về.', 'The slide pillar the task belongs to.'),
  'tasks.parent': d('Id của nhiệm vụ cha (i1 cho i1-3).', 'The id of the parent task (i1 for i1-3).'),
  'tasks.slide': d(
    'Lời của slide, tiếng Việt trích đúng nguyên văn; tiếng Anh là bản dịch.',
    'The slide’s own words, the Vietnamese quoted exactly; the English is our translation.',
  ),
  'tasks.implementers': d(
    'Dòng "ai thực hiện" của trụ cột trên slide.',
    'The slide’s "who implements" line for the pillar.',
  ),
  'tasks.meaning': d('Nhiệm vụ có nghĩa là gì, bằng lời đơn giản.', 'What the task means, in plain words.'),
  'tasks.assigned': d(
    'Các cơ quan chịu trách nhiệm. Mỗi nhiệm vụ cần ít nhất một.',
    'The agencies responsible. Every task needs at least one.',
  ),
  'tasks.assigned[].agency': d('Id của cơ quan hoặc nhóm cơ quan.', 'The id of the agency or group.'),
  'tasks.assigned[].role': d(
    'Vai trò: chủ trì, phối hợp hoặc thực hiện.',
    'The role: leads, coordinates or implements.',
  ),
  'tasks.assigned[].note': d('Ghi chú về phân công.', 'A note on the assignment.'),
  'tasks.deliveredBy': d('Id các văn bản hoàn thành nhiệm vụ.', 'The ids of the documents that deliver the task.'),
  'tasks.legalBasis': d(
    'Id các văn bản làm căn cứ pháp lý. Nhiệm vụ hạ tầng cần ít nhất một.',
    'The ids of the documents that are its legal basis. Infrastructure tasks need at least one.',
  ),
  'tasks.timeframe': d('Thời hạn, theo lời của nguồn.', 'The deadline, as the source gives it.'),

  'benefits.key': d(
    'Ký hiệu trên slide (B1…B5); quyền lợi cụ thể không có.',
    'The key on the slide (B1…B5); concrete benefits have none.',
  ),
  'benefits.slide': d('Lời của slide, cho năm mục B1…B5.', 'The slide’s words, for the five items B1…B5.'),
  'benefits.title': d('Tên quyền lợi.', 'The name of the benefit.'),
  'benefits.pillarItems': d(
    'Id các mục của slide (b1…b5) mà quyền lợi cụ thể thuộc về. Quyền lợi cụ thể cần ít nhất một.',
    'The ids of the slide items (b1…b5) a concrete benefit belongs to. A concrete benefit needs at least one.',
  ),
  'benefits.audience': d('Ai được hưởng.', 'Who benefits.'),
  'benefits.forWhom': d('Ai được hưởng, nói rõ hơn.', 'Who benefits, in more detail.'),
  'benefits.needs': d('Cần chuẩn bị gì, mỗi ý một mục.', 'What one needs, one item each.'),
  'benefits.steps': d('Các bước thực hiện, theo thứ tự.', 'The steps, in order.'),
  'benefits.since': d('Ngày bắt đầu áp dụng, nếu nguồn nêu.', 'The day it applies from, where a source says.'),
  'benefits.guide': d(
    'Trang hướng dẫn từng bước cho quyền lợi này (ví dụ huong-dan/tai-khoan-muc-2).',
    'The step-by-step guide page for this benefit (huong-dan/tai-khoan-muc-2, say).',
  ),
  'benefits.legalBasis': d(
    'Id các văn bản làm căn cứ pháp lý. Cần ít nhất một.',
    'The ids of the documents that are its legal basis. At least one.',
  ),

  'glossary.term': d('Thuật ngữ, tiếng Việt và tiếng Anh.', 'The term, in Vietnamese and English.'),
  'glossary.abbr': d(
    'Chữ viết tắt như trong văn bản tiếng Việt (DVC, TTHC).',
    'The abbreviation as written in Vietnamese texts (DVC, TTHC).',
  ),
  'glossary.definition': d('Định nghĩa ngắn, bằng lời đơn giản.', 'A short definition, in plain words.'),
  'glossary.related': d('Id các thuật ngữ liên quan.', 'The ids of related terms.'),

  'pages.title': d('Tiêu đề trang.', 'The page title.'),
  'pages.description': d(
    'Một câu mô tả trang, cho công cụ tìm kiếm và thẻ chia sẻ.',
    'One sentence describing the page, for search engines and link previews.',
  ),
  'pages.reviewed': d(
    'Ngày người biên tập đọc lại trang lần cuối. Hiển thị cuối trang là "Rà soát lần cuối".',
    'The day an editor last read the page through. Shown at the foot of the page as "Last reviewed".',
  ),
  'pages.cites': d(
    'Id các văn bản mà trang dựa vào. Nếu một văn bản đổi tình trạng sau ngày rà soát, trình kiểm tra cảnh báo.',
    'The ids of the documents the page relies on. If one changes status after the review date, the validator warns.',
  ),
  'pages.keywords': d(
    'Các từ thường ngày mà người đọc có thể gõ khi tìm trang này nhưng trang không dùng (ví dụ "máy bay", "CMND"). Tìm kiếm thấy được, không hiển thị.',
    'Everyday words readers may type to find this page that the page itself does not use (such as "máy bay", "CMND"). Found by search, never shown.',
  ),
};
