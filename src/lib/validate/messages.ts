// Every message the validator gives, in Vietnamese and English, with its fix: the one catalogue.
// A key is a finding code (types.ts), or a code and a variant after a dot; `{name}` is filled from
// the finding's params. Findings keep their key and params, so that the same finding can be
// printed in either language (npm run validate --lang en; CONTRIBUTING.md and CONTRIBUTING.en.md).
import type { DataCollection, Locale } from '../schemas.ts';
import type { FindingCode, Severity } from './types.ts';

type Text = Record<Locale, string>;
interface Message {
  message: Text;
  fix: Text;
}
const m = (message: Text, fix: Text): Message => ({ message, fix });
const t = (vi: string, en: string): Text => ({ vi, en });

const DATES_FIX = t('đối chiếu cả hai ngày với nguồn', 'check both dates against the source');
const REFERENCE_FIX = t(
  'đối chiếu với trang Tham chiếu dữ liệu (/tham-chieu-du-lieu/)',
  'check it against the data reference page (/en/tham-chieu-du-lieu/)',
);
const SUCCESSOR_FIX = t(
  'ghi đơn vị cũ dưới "successorOf:" của đúng một đơn vị được lập từ nó',
  'list it under "successorOf:" of the one unit formed from it',
);

export const MESSAGES = {
  // ---- Reading the files
  'content-file.folder': m(
    t(
      'thư mục "{folder}" không thuộc content/: tệp này không được dựng cũng không được kiểm tra',
      'the folder "{folder}" is not part of content/: this file is neither built nor checked',
    ),
    t('chuyển tệp vào một trong các thư mục: {folders}', 'move the file into one of the folders {folders}'),
  ),
  'content-file.top-level': m(
    t('tệp nằm thẳng trong content/ không phải là nội dung', 'a file directly in content/ is not content'),
    t('chuyển tệp vào một trong các thư mục: {folders}', 'move the file into one of the folders {folders}'),
  ),
  'content-file.yml': m(
    t('tệp mục dữ liệu có đuôi .yml', 'an entry file ends in .yml'),
    t('đổi tên tệp thành {name}.yaml', 'rename it to {name}.yaml'),
  ),
  'content-file.extension': m(
    t(
      'trong content/{folder}/ chỉ có tệp {expected}: tệp này không được dựng',
      'content/{folder}/ holds only {expected} files: this one is not built',
    ),
    t(
      'đổi đuôi tệp thành {expected}, hoặc chuyển tệp ra khỏi content/ (bản nháp: đặt tên bắt đầu bằng "_")',
      'give it the {expected} extension, or move it out of content/ (a draft: start its name with "_")',
    ),
  ),
  'content-file.subfolder': m(
    t(
      'mục dữ liệu nằm thẳng trong content/{folder}/, không trong thư mục con',
      'entries sit directly in content/{folder}/, not in a subfolder',
    ),
    t('chuyển tệp tới content/{folder}/{name}', 'move the file to content/{folder}/{name}'),
  ),
  'content-file.name': m(
    t(
      'tên tệp "{name}" không phải là id: id chỉ gồm chữ thường không dấu và chữ số, nối bằng một dấu gạch ngang',
      'the file name "{name}" is not an id: ids are lower-case ASCII letters and digits joined by single hyphens',
    ),
    t('đổi tên thành "{suggestion}"', 'rename it to "{suggestion}"'),
  ),
  'content-file.ui-text': m(
    t('content/i18n/ chỉ chứa {files}', 'content/i18n/ holds only {files}'),
    t('chuyển tệp ra khỏi content/i18n/', 'move the file out of content/i18n/'),
  ),
  'content-file.slug': m(
    t(
      'trang không được đặt "slug:": đường dẫn của tệp là địa chỉ của trang',
      'a page may not set "slug:": its file path is its address',
    ),
    t('bỏ "slug:" và đổi tên hoặc chuyển tệp thay vào đó', 'remove "slug:" and rename or move the file instead'),
  ),
  'content-file.too-big': m(
    t('tệp dài {size} ký tự; tối đa là {max}', 'the file is {size} characters long; at most {max} are allowed'),
    t(
      'tách nội dung thành nhiều mục hoặc nhiều trang; nguồn dài thì dẫn liên kết, không chép lại',
      'split it into several entries or pages; link to a long source instead of copying it',
    ),
  ),
  'yaml-syntax': m(
    t('YAML không đọc được: {reason}', 'the YAML does not parse: {reason}'),
    t(
      'kiểm tra thụt lề, và đặt trong ngoặc kép giá trị có ":" hoặc "#"',
      'check indentation and quote values that contain ":" or "#"',
    ),
  ),
  'yaml-syntax.alias': m(
    t('YAML không đọc được: {reason}', 'the YAML does not parse: {reason}'),
    t(
      'giá trị bắt đầu bằng "*" hoặc "&" phải đặt trong ngoặc kép; mỗi bí danh (*tên) cần một neo (&tên) ở trên nó',
      'a value starting with "*" or "&" must be quoted; every alias (*name) needs an anchor (&name) above it',
    ),
  ),
  frontmatter: m(
    t('trang không có phần đầu (frontmatter)', 'the page has no frontmatter'),
    t('mở đầu tệp bằng ---, một dòng "title: …", rồi ---', 'start the file with ---, a line "title: …", and ---'),
  ),
  'mdx-syntax': m(
    t('MDX không đọc được: {reason}', 'the MDX does not parse: {reason}'),
    t(
      'dấu "{" hoặc "<" trong văn bản phải viết \\{ hoặc \\<; mọi thẻ JSX phải được đóng',
      'a "{" or "<" in text must be escaped as \\{ or \\<; every JSX tag must be closed',
    ),
  ),
  'mdx-syntax.not-imported': m(
    t('trang dùng <{name}> mà không nhập (import) nó', 'the page uses <{name}> without importing it'),
    t('thêm dòng này sau phần đầu của trang: {line}', 'add this line after the frontmatter: {line}'),
  ),
  // ---- Fields
  'schema.missing': m(
    t('thiếu "{field}"', '"{field}" is missing'),
    t('thêm "{key}:" ({expected})', 'add "{key}:" ({expected})'),
  ),
  'schema.placeholder': m(
    t('"{field}" chưa được điền ({value})', '"{field}" is not filled in yet ({value})'),
    t('điền giá trị thật, theo nguồn', 'fill in the real value, from the source'),
  ),
  'schema.placeholder-enum': m(
    t('"{field}" chưa được điền ({value})', '"{field}" is not filled in yet ({value})'),
    t('dùng một trong: {options}', 'use one of: {options}'),
  ),
  'schema.type': m(
    t('"{field}" phải là {expected}, không phải {value}', '"{field}" should be {expected}, not {value}'),
    REFERENCE_FIX,
  ),
  'schema.enum': m(
    t('"{field}" có giá trị "{value}", không được phép', '"{field}" has the value "{value}", which is not allowed'),
    t('dùng một trong: {options}', 'use one of: {options}'),
  ),
  'schema.enum-near': m(
    t('"{field}" có giá trị "{value}", không được phép', '"{field}" has the value "{value}", which is not allowed'),
    t('dùng một trong: {options} (gần nhất: {nearest})', 'use one of: {options} (nearest: {nearest})'),
  ),
  'schema.unknown-field': m(
    t('trường không có trong lược đồ: {keys}', 'unknown field {keys}'),
    t(
      'kiểm tra chính tả theo trang Tham chiếu dữ liệu; bỏ các trường lược đồ không có',
      'check the spelling against the schema reference; remove fields the schema does not have',
    ),
  ),
  'schema.unknown-field-in': m(
    t('trường không có trong lược đồ: {keys} trong "{field}"', 'unknown field {keys} in "{field}"'),
    t(
      'kiểm tra chính tả theo trang Tham chiếu dữ liệu; bỏ các trường lược đồ không có',
      'check the spelling against the schema reference; remove fields the schema does not have',
    ),
  ),
  'schema.url-empty': m(
    t('"{field}" để trống', '"{field}" is empty'),
    t('viết đủ địa chỉ, bắt đầu bằng https://', 'write the full address, starting with https://'),
  ),
  'schema.url': m(
    t('"{field}" không phải là địa chỉ web: {value}', '"{field}" is not a web address: {value}'),
    t('viết đủ địa chỉ, bắt đầu bằng https://', 'write the full address, starting with https://'),
  ),
  'schema.id': m(
    t(
      '"{field}": phải là chữ thường không dấu nối bằng dấu gạch ngang, không phải {value}',
      '"{field}": must be lower-case ASCII words joined by hyphens, not {value}',
    ),
    t('viết id của một mục: tên tệp của nó, bỏ .yaml', 'write the id of an entry: its file name without .yaml'),
  ),
  'schema.date': m(
    t(
      '"{field}": phải là ngày viết YYYY-MM-DD, không phải {value}',
      '"{field}": must be a date written YYYY-MM-DD, not {value}',
    ),
    t('viết ngày theo dạng YYYY-MM-DD, ví dụ 2022-09-05', 'write the day as YYYY-MM-DD, for example 2022-09-05'),
  ),
  'schema.not-a-date': m(
    t('"{field}": {value} không phải là một ngày có thật', '"{field}": {value} is not a real calendar date'),
    DATES_FIX,
  ),
  'schema.empty': m(
    t('"{field}" để trống hoặc quá ngắn', '"{field}" is empty or too short'),
    t('điền vào', 'fill it in'),
  ),
  'schema.empty-list': m(
    t('"{field}" để trống hoặc quá ngắn', '"{field}" is empty or too short'),
    t('thêm ít nhất một mục', 'add at least one item'),
  ),
  'schema.too-long': m(
    t(
      '"{field}" dài {length} ký tự; tối đa là {max}',
      '"{field}" is {length} characters long; at most {max} are allowed',
    ),
    t(
      'viết ngắn lại; phần giải thích dài đặt trong một trang dưới content/docs/',
      'shorten it; a long explanation belongs in a page under content/docs/',
    ),
  ),
  'schema.duty-title': m(
    t(
      'thiếu "title": nhiệm vụ từ một văn bản cần một tên ngắn',
      '"title" is missing: a duty from a document needs a short name',
    ),
    t('thêm "title:" với vi: và en:', 'add "title:" with vi: and en:'),
  ),
  'schema.slide-field': m(
    t(
      'thiếu "{field}": nhiệm vụ của slide cần trường này (hoặc ghi "origin:" cho nhiệm vụ từ một văn bản)',
      '"{field}" is missing: a task of the slide needs it (or give "origin:" for a duty from a document)',
    ),
    t('thêm "{field}:"', 'add "{field}:"'),
  ),
  'schema.deadline': m(
    t(
      'thời hạn hoặc là một ngày ("date:"), hoặc lặp lại ("every:" với "on:")',
      'a deadline is either one day ("date:") or a recurring one ("every:" with "on:")',
    ),
    t('giữ "date:", hoặc "every:" và "on:", không cả hai', 'keep "date:", or "every:" and "on:", not both'),
  ),
  'schema.other': m(t('"{field}": {reason}', '"{field}": {reason}'), REFERENCE_FIX),
  'unverified-field': m(
    t(
      '"unverified" ghi "{name}", không phải là trường của {aKind}',
      '"unverified" names "{name}", which is not a field of {aKind}',
    ),
    t(
      'ghi tên một trường của mục (đường dẫn có dấu chấm, ví dụ effective hoặc deadline.date)',
      'write a field of the entry (a dotted path, for example effective or deadline.date)',
    ),
  ),
  // ---- Safety
  'unsafe-content': m(
    t(
      'nội dung chứa "{what}", có thể chạy mã trong trình duyệt của người đọc',
      'the text contains "{what}", which could run script in readers’ browsers',
    ),
    t(
      'bỏ nó đi: nội dung không được chứa <script>, thuộc tính on…=, địa chỉ javascript:/data:/vbscript: hay <iframe>/<object>/<embed>; một hành vi mới là việc của một thành phần trong src/components/',
      'remove it: content may not hold <script>, on…= attributes, javascript:/data:/vbscript: addresses or <iframe>/<object>/<embed>; new behaviour belongs in a component under src/components/',
    ),
  ),
  'insecure-url': m(
    t('địa chỉ nguồn "{url}" dùng http:, không phải https:', 'the source address "{url}" uses http:, not https:'),
    t(
      'viết https:// nếu trang nguồn có; nếu không, cứ để nguyên: đây chỉ là cảnh báo',
      'write https:// if the site offers it; if not, leave it: this is only a warning',
    ),
  ),
  // ---- Ids and references
  'unknown-id': m(
    t('"{field}" ghi một {kind} không có: "{value}"', '"{field}" names an unknown {kind} "{value}"'),
    t('viết id (tên tệp) của một {kind} có thật', 'write the id (file name) of an existing {kind}'),
  ),
  'unknown-id.kind': m(
    t(
      '"{field}" ghi "{value}", là {aOther}, không phải {aKind}',
      '"{field}" names "{value}", which is {aOther}, not {aKind}',
    ),
    t('viết id (tên tệp) của {aKind}', 'write the id (file name) of {aKind}'),
  ),
  'unknown-id.ref': m(
    t('liên kết ghi một mục không có: "{id}"', 'the reference names an unknown entry "{id}"'),
    t('viết id (tên tệp) của một mục có thật', 'write the id (file name) of an existing entry'),
  ),
  'duplicate-id': m(
    t('id "{id}" đã được dùng cho {other}', 'the id "{id}" is already used by {other}'),
    t(
      'id dùng chung cho mọi loại mục; đổi tên một trong hai tệp',
      'ids are shared by all collections; rename one of the files',
    ),
  ),
  'duplicate-id.case': m(
    t(
      'tên tệp "{name}" chỉ khác {other} ở chữ hoa, chữ thường',
      'the file name "{name}" differs from {other} only in upper and lower case',
    ),
    t(
      'id viết chữ thường: đổi tên hoặc xóa một trong hai tệp',
      'ids are lower case: rename or delete one of the files',
    ),
  ),
  'duplicate-number': m(
    t('số hiệu "{number}" đã được dùng cho {other}', 'the number "{number}" is already used by {other}'),
    t(
      'một văn bản, một mục: gộp hai tệp hoặc sửa số hiệu',
      'one document, one entry: merge the two files or correct the number',
    ),
  ),
  'route-collision': m(
    t(
      'trang này có địa chỉ {url}, trùng với trang tạo ra từ {other}: một trong hai sẽ mất',
      'this page’s address {url} is also the page made from {other}: one of them would be lost',
    ),
    t(
      'đổi tên tệp trang (hoặc mục dữ liệu) để hai trang có hai địa chỉ',
      'rename the page’s file (or the entry) so that the two have two addresses',
    ),
  ),
  'unknown-anchor': m(
    t('"{id}" không có mục "#{anchor}"', '"{id}" has no section "#{anchor}"'),
    t('liên kết tới một mục có thật của trang', 'link to a section the page has'),
  ),
  'unknown-anchor.own': m(
    t('trang này không có mục "{url}"', 'this page has no section "{url}"'),
    t('liên kết tới một mục có thật của trang', 'link to a section the page has'),
  ),
  'unknown-anchor.page': m(
    t('trang "{url}" không có mục "#{anchor}"', 'the page "{url}" has no section "#{anchor}"'),
    t('liên kết tới một mục có thật của trang', 'link to a section the page has'),
  ),
  'broken-link': m(
    t('liên kết "{url}" không dẫn tới trang nào', 'the link "{url}" leads to no page'),
    t(
      'liên kết tới mục dữ liệu bằng ref:<id>, hoặc tới một trang có thật',
      'link to an entry with ref:<id>, or to a page that exists',
    ),
  ),
  'trailing-slash': m(
    t('liên kết "{url}" thiếu dấu / ở cuối', 'the link "{url}" lacks its trailing slash'),
    t('viết "{fixed}"', 'write "{fixed}"'),
  ),
  'other-language': m(
    t('liên kết "{url}" dẫn tới một trang ở ngôn ngữ kia', 'the link "{url}" leads to a page in the other language'),
    t('liên kết tới trang {language}, hoặc dùng ref:<id>', 'link to the {language} page, or use ref:<id>'),
  ),
  // ---- Relations and dates
  'self-relation': m(
    t('văn bản ghi quan hệ "{type}" với chính nó', 'the document "{type}" itself'),
    t('quan hệ ghi id của một văn bản khác', 'a relation names another document'),
  ),
  'self-relation.agency': m(
    t('cơ quan kế thừa chính nó', 'the agency succeeds itself'),
    t('ghi id của đơn vị mà nó kế thừa', 'write the id of the unit it took over from'),
  ),
  'relation-cycle': m(
    t('các quan hệ quay vòng: {cycle}', 'relations loop back: {cycle}'),
    t(
      'một văn bản không thể thay thế, sửa đổi hay hướng dẫn một văn bản (qua các văn bản khác) làm điều đó với nó',
      'a document cannot replace, amend or detail one that (through others) does the same to it',
    ),
  ),
  'relation-cycle.agency': m(
    t('các lần kế thừa quay vòng: {cycle}', 'successions loop back: {cycle}'),
    t(
      '"successorOf:" ghi ở đơn vị mới hơn; bỏ nó ở đơn vị cũ',
      '"successorOf:" is written on the newer unit; remove it from the older one',
    ),
  ),
  'impossible-date.effective': m(
    t(
      'có hiệu lực ({effective}) trước khi ban hành ({issued})',
      'in force ({effective}) before it was issued ({issued})',
    ),
    DATES_FIX,
  ),
  'impossible-date.expires': m(
    t(
      'hết hiệu lực ({expires}) trước khi có hiệu lực ({effective})',
      'expires ({expires}) before it takes effect ({effective})',
    ),
    DATES_FIX,
  ),
  'impossible-date.replaces': m(
    t(
      '{type} {target}, nhưng có hiệu lực ({effective}) trước khi {target} được ban hành ({issued})',
      '{type} {target}, yet takes effect ({effective}) before {target} was issued ({issued})',
    ),
    t(
      'kiểm tra các ngày, hoặc chiều của quan hệ: quan hệ ghi ở văn bản mới hơn',
      'check the dates, or the direction of the relation: it is written on the newer document',
    ),
  ),
  'impossible-date.order': m(
    t(
      '{type} {target}, văn bản được ban hành sau ({older} > {issued})',
      '{type} {target}, which was issued later ({older} > {issued})',
    ),
    t(
      'quan hệ ghi ở văn bản mới hơn; chuyển nó sang tệp kia',
      'relations are written on the newer document; move it to the other file',
    ),
  ),
  'impossible-date.active': m(
    t('hoạt động đến {until}, trước khi bắt đầu ({from})', 'active until {until}, before it began ({from})'),
    DATES_FIX,
  ),
  'impossible-date.succession': m(
    t(
      'kế thừa {id} từ {date}, nhưng {id} còn hoạt động đến {until}',
      'takes over from {id} on {date}, but {id} is active until {until}',
    ),
    t(
      'ngày kế thừa là ngày sau "active.until" của {id}',
      'the succession date is the day after "active.until" of {id}',
    ),
  ),
  'impossible-date.future-review': m(
    t('"reviewed" là {reviewed}, sau ngày hôm nay ({today})', '"reviewed" is {reviewed}, after today ({today})'),
    t(
      'ghi ngày bạn đã đối chiếu với nguồn, không muộn hơn hôm nay',
      'write the day you checked it against its sources, no later than today',
    ),
  ),
  // ---- Completeness
  'missing-entry.task': m(
    t('nhiệm vụ "{key}" của slide không có mục', 'the slide’s task "{key}" has no entry'),
    t('thêm content/tasks/{key}.yaml', 'add content/tasks/{key}.yaml'),
  ),
  'missing-entry.benefit': m(
    t('quyền lợi "{key}" của slide không có mục', 'the slide’s benefit "{key}" has no entry'),
    t('thêm content/benefits/{key}.yaml', 'add content/benefits/{key}.yaml'),
  ),
  'key-mismatch': m(
    t('ký hiệu "{key}" không khớp tên tệp "{id}"', 'the key "{key}" does not match the file name "{id}"'),
    t('tệp của {key} là {file}.yaml', 'the file for {key} is {file}.yaml'),
  ),
  'no-agency': m(
    t('nhiệm vụ không có cơ quan chịu trách nhiệm', 'the task has no responsible agency'),
    t(
      'thêm dưới "assigned:" một mục có "agency:" (id cơ quan) và "role:" (chu-tri, phoi-hop hoặc thuc-hien)',
      'add under "assigned:" an item with "agency:" (an agency id) and "role:" (chu-tri, phoi-hop or thuc-hien)',
    ),
  ),
  'no-legal-basis.task': m(
    t(
      'hạng mục hạ tầng không dẫn văn bản nào của danh mục',
      'the infrastructure item cites no document of the registry',
    ),
    t(
      'thêm dưới "legalBasis:" ít nhất một id văn bản (ví dụ cv-1552-btttt-thh)',
      'add under "legalBasis:" at least one document id (for example cv-1552-btttt-thh)',
    ),
  ),
  'no-legal-basis.benefit': m(
    t('quyền lợi không dẫn cơ sở pháp lý nào', 'the benefit cites no legal basis'),
    t('thêm dưới "legalBasis:" ít nhất một id văn bản', 'add under "legalBasis:" at least one document id'),
  ),
  'no-concrete-benefit': m(
    t('không quyền lợi cụ thể nào thuộc {key}', 'no concrete benefit belongs to {key}'),
    t(
      'ghi "{id}" dưới "pillarItems:" của ít nhất một quyền lợi cụ thể',
      'list "{id}" under "pillarItems:" of at least one concrete benefit',
    ),
  ),
  'no-pillar-item': m(
    t(
      'quyền lợi cụ thể không thuộc mục nào trong b1–b5 của slide',
      'the concrete benefit belongs to none of the slide items b1–b5',
    ),
    t(
      'thêm dưới "pillarItems:" (các) mục của slide mà nó mang lại',
      'add under "pillarItems:" the slide item(s) it delivers',
    ),
  ),
  'successor.none': m(
    t(
      'đơn vị cũ kết thúc ngày {until} nhưng không đơn vị hiện tại nào nhận nhiệm vụ của nó',
      'the former unit ends on {until} but no current unit takes over its duties',
    ),
    SUCCESSOR_FIX,
  ),
  'successor.many': m(
    t(
      'đơn vị cũ dẫn tới {count} đơn vị hiện tại ({ids}); phải dẫn tới đúng một',
      'the former unit resolves to {count} current units ({ids}); it must resolve to exactly one',
    ),
    SUCCESSOR_FIX,
  ),
  'successor.function': m(
    t(
      'chức năng "{function}" của {id} được cả {first} và {second} nhận',
      'the function "{function}" of {id} is taken over by both {first} and {second}',
    ),
    t(
      'ghi mỗi chức năng dưới "functions:" của đúng một đơn vị kế thừa',
      'list each function under "functions:" of exactly one successor',
    ),
  ),
  'successor.rest': m(
    t(
      'cả {first} và {second} đều kế thừa {id} mà không ghi chức năng nào',
      'both {first} and {second} take over from {id} without naming functions',
    ),
    t(
      'chỉ một đơn vị kế thừa được bỏ trống "functions:" (nhận mọi chức năng còn lại); ghi rõ chức năng cho đơn vị kia',
      'only one successor may leave "functions:" out (it takes all the rest); list the functions of the other',
    ),
  ),
  'successor.gap': m(
    t(
      '{id} kết thúc ngày {until}, nhưng {successor} chỉ bắt đầu từ {from}: có khoảng trống',
      '{id} ends on {until}, but {successor} begins only on {from}: a gap',
    ),
    t(
      'ngày bắt đầu của đơn vị kế thừa muộn nhất là {next}, ngày sau "active.until" của {id}',
      'the successor begins at the latest on {next}, the day after "active.until" of {id}',
    ),
  ),
  'missing-translation': m(
    t('trang không có bản {language}', 'the page has no {language} twin'),
    t('thêm {twin}.mdx', 'add {twin}.mdx'),
  ),
  // ---- Review (warnings)
  stale: m(
    t('chưa rà soát từ {reviewed} (hơn 12 tháng)', 'not reviewed since {reviewed} (over 12 months)'),
    t('đối chiếu mục với nguồn rồi cập nhật "reviewed:"', 'check the entry against its sources and update "reviewed:"'),
  ),
  'stale.page': m(
    t('chưa rà soát từ {reviewed} (hơn 12 tháng)', 'not reviewed since {reviewed} (over 12 months)'),
    t('đọc lại trang rồi cập nhật "reviewed:"', 'read the page again and update "reviewed:"'),
  ),
  'cited-status-changed': m(
    t(
      '{id} đã đổi trạng thái sau lần rà soát trang ({then} → {now})',
      '{id} changed status after the page was reviewed ({then} → {now})',
    ),
    t(
      'kiểm tra điều trang viết về văn bản đó, rồi cập nhật "reviewed:"',
      'check what the page says about it, then update "reviewed:"',
    ),
  ),
  unconfirmed: m(
    t(
      'mục được đánh dấu chưa xác nhận và hiện là "chưa xác minh"',
      'the entry is marked unconfirmed and shows as "chưa xác minh"',
    ),
    t('thêm nguồn xác nhận nó, hoặc giữ nguyên đánh dấu', 'add a source that confirms it, or leave it marked'),
  ),
} satisfies Partial<Record<FindingCode | `${FindingCode}.${string}`, Message>>;

export type MessageKey = keyof typeof MESSAGES;
/** A param is the same in both languages, or given in each. */
export type Params = Record<string, string | number | Text>;

/** "did you mean …" after a fix, when there are near candidates. */
const SUGGEST = t('có phải là {list}?', 'did you mean {list}?');

/** The words for a kind of entry: bare, and with the article English needs. */
export const KIND_WORDS: Record<DataCollection, { kind: Text; aKind: Text }> = {
  documents: { kind: t('văn bản', 'document'), aKind: t('một văn bản', 'a document') },
  agencies: { kind: t('cơ quan', 'agency'), aKind: t('một cơ quan', 'an agency') },
  tasks: { kind: t('nhiệm vụ', 'task'), aKind: t('một nhiệm vụ', 'a task') },
  benefits: { kind: t('quyền lợi', 'benefit'), aKind: t('một quyền lợi', 'a benefit') },
  glossary: { kind: t('thuật ngữ', 'glossary term'), aKind: t('một thuật ngữ', 'a glossary term') },
};

export const LANGUAGE_NAMES: Record<Locale, Text> = {
  vi: t('tiếng Việt', 'Vietnamese'),
  en: t('tiếng Anh', 'English'),
};

const SEVERITY: Record<Severity, Text> = { error: t('lỗi', 'error'), warning: t('cảnh báo', 'warning') };

export const severityWord = (severity: Severity, lang: Locale) => SEVERITY[severity][lang];

export function summaryText(errors: number, warnings: number, lang: Locale): string {
  if (lang === 'vi') return `${errors} lỗi, ${warnings} cảnh báo`;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

function fill(template: string, params: Params, lang: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[lang] : String(value);
  });
}

export const codeOf = (key: MessageKey) => key.split('.')[0] as FindingCode;

/** A message and its fix in one language; `near` adds "did you mean …" to the fix. */
export function render(key: MessageKey, params: Params, lang: Locale, near?: readonly string[]) {
  const entry: Message = MESSAGES[key];
  let hint = fill(entry.fix[lang], params, lang);
  if (near && near.length > 0) hint += `; ${fill(SUGGEST[lang], { list: near.map((n) => `"${n}"`).join(', ') }, lang)}`;
  return { message: fill(entry.message[lang], params, lang), hint };
}
