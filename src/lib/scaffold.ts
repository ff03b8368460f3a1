// `npm run new`: the skeleton of a new data entry. Every required field is there, with a comment
// saying what goes in it and a placeholder the validator rejects (TODO, "" or YYYY-MM-DD), so an
// unfinished entry can never pass as a finished one.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ID_PATTERN, KIND_NAMES, RELATIONS, type DataCollection } from './schemas.ts';
import { KIND_LIST } from './kinds.ts';
import { idFromNumber, normalizeNumber } from './numbers.ts';

/** `npm run new <command>` → the kind of entry it writes. */
export const SCAFFOLD_KINDS: Record<string, DataCollection> = Object.fromEntries(
  KIND_LIST.map((k) => [k.command, k.name]),
);
export type ScaffoldKind = 'document' | 'agency' | 'task' | 'benefit' | 'glossary';

interface ScaffoldOptions {
  kind: string;
  /** The official number of a document (59/2022/NĐ-CP); the id is derived from it. */
  number?: string;
  /** The year of issue, for numbers that do not carry one (06/QĐ-TTg). */
  year?: string;
  id?: string;
}

/** A mistake in the command line, said so that the editor knows what to type instead. */
export class ScaffoldError extends Error {}

const TASK_ID = /^[ali]\d(?:-\d)?$/;

/** What the number's type code says about the document; only a hint in a comment. */
function hintsFromNumber(number: string): { kind?: string; issuer?: string } {
  const parts = normalizeNumber(number).split(' ');
  const has = (p: string) => parts.includes(p);
  const kind = has('nd')
    ? 'nghi-dinh'
    : has('qd')
      ? 'quyet-dinh'
      : has('tt')
        ? 'thong-tu'
        : has('ct')
          ? 'chi-thi'
          : has('tb')
            ? 'thong-bao'
            : has('cd')
              ? 'cong-dien'
              : parts.some((p) => /^qh\d+$/.test(p))
                ? 'luat hoặc nghi-quyet'
                : undefined;
  const issuer = has('cp')
    ? 'chinh-phu'
    : has('ttg')
      ? 'thu-tuong'
      : parts.some((p) => /^qh\d+$/.test(p))
        ? 'quoc-hoi'
        : undefined;
  return { kind, issuer };
}

export function scaffoldId(options: ScaffoldOptions): string {
  const kind = checkKind(options.kind);
  if (options.year !== undefined && !/^\d{4}$/.test(options.year))
    throw new ScaffoldError(`--year must be four digits, not "${options.year}"`);
  let id = options.id;
  if (!id && kind === 'document') {
    if (!options.number)
      throw new ScaffoldError('give the official number: npm run new -- document --number "59/2022/NĐ-CP"');
    const parts = normalizeNumber(options.number).split(' ');
    const hasYear = parts.some((p) => /^(19|20)\d{2}$/.test(p));
    const yearless = !hasYear && ['qd', 'ct', 'tb', 'cd'].includes(parts[1] ?? '');
    if (yearless && !options.year) {
      throw new ScaffoldError(
        `the number "${options.number}" has no year: add --year with the year of issue (e.g. --year 2022)`,
      );
    }
    id = idFromNumber(options.number, { year: options.year });
  }
  if (!id) throw new ScaffoldError(`give the id of the new ${kind}: npm run new -- ${kind} --id <id>`);
  if (!ID_PATTERN.test(id))
    throw new ScaffoldError(`the id "${id}" must be lower-case ASCII words joined by hyphens (e.g. bo-cong-an)`);
  if (kind === 'task' && !TASK_ID.test(id))
    throw new ScaffoldError(`a task's id is its slide key in lower case, with "-" for "." (I1.3 → i1-3), not "${id}"`);
  return id;
}

function checkKind(kind: string): ScaffoldKind {
  if (!(kind in SCAFFOLD_KINDS)) {
    throw new ScaffoldError(`unknown kind "${kind}": use one of ${Object.keys(SCAFFOLD_KINDS).join(', ')}`);
  }
  return kind as ScaffoldKind;
}

/** YAML double-quoted text (numbers contain "/" and Vietnamese letters; quoting keeps them text). */
const quote = (text: string) => JSON.stringify(text);

const PROVENANCE = `
# Nguồn: ít nhất một, lấy từ tài liệu dữ kiện. url là địa chỉ web; publisher là tên trang
# (ví dụ "Thư viện Pháp luật", "Báo Chính phủ"); note (không bắt buộc) nói nguồn xác nhận điều gì.
sources:
  - url: ""
    publisher: ""
# Mức tin cậy của dữ kiện yếu nhất: high, medium, low hoặc unconfirmed.
confidence: TODO
# Trường nào chưa có nguồn xác nhận thì ghi tên vào đây, ví dụ [effective]; trang sẽ ghi "chưa xác minh".
unverified: []
# Ngày bạn đối chiếu mục này với nguồn, dạng YYYY-MM-DD (ví dụ 2026-11-27).
reviewed: YYYY-MM-DD
`;

const BILINGUAL = (name: string, comment: string) => `# ${comment}
${name}:
  vi: ""
  en: ""`;

export function skeleton(kind: ScaffoldKind, id: string, options: ScaffoldOptions = { kind }): string {
  const header = `# Mục mới: ${id}. Điền mọi chỗ có TODO, "" hoặc YYYY-MM-DD, rồi chạy npm run validate.
# Ý nghĩa từng trường: trang /tham-chieu-du-lieu/ của site (tiếng Anh: /en/tham-chieu-du-lieu/).
`;
  switch (kind) {
    case 'document': {
      const hints = options.number ? hintsFromNumber(options.number) : {};
      return `${header}
# Số, ký hiệu chính thức, đúng như trên văn bản.
number: ${options.number ? quote(options.number) : '""'}
# Loại văn bản: luat, nghi-quyet, nghi-dinh, quyet-dinh, thong-tu, chi-thi, cong-van, cong-dien, thong-bao.${hints.kind ? `\n# Theo số hiệu, có lẽ là: ${hints.kind}.` : ''}
kind: TODO
# Id của cơ quan ban hành (tên tệp trong content/agencies/, ví dụ chinh-phu).${hints.issuer ? `\n# Theo số hiệu, có lẽ là: ${hints.issuer}.` : ''}
issuer: TODO
# Người ký, nếu nguồn nêu; nếu không, xóa dòng này.
signer: ""
${BILINGUAL('title', 'Tên văn bản: tiếng Việt chép đúng nguyên văn; tiếng Anh là bản dịch.')}
# Ngày ban hành và ngày có hiệu lực, dạng YYYY-MM-DD. Không nguồn nào nêu thì xóa dòng:
# tình trạng khi đó hiện là "chưa xác minh", không bao giờ đoán.
issued: YYYY-MM-DD
effective: YYYY-MM-DD
# Quan hệ với văn bản cũ hơn, chỉ ghi ở văn bản mới hơn (chiều ngược lại được suy ra). Ví dụ:
#   - type: replaces        # một trong: ${RELATIONS.join(', ')}
#     target: nd-59-2022
#     partial: false        # true nếu chỉ một phần bị ảnh hưởng
relations: []
# Id các nhiệm vụ của Đề án 06 mà văn bản thực hiện hoặc làm nền (ví dụ l1, i1-3).
serves: []
${BILINGUAL('summary', 'Tóm tắt ngắn bằng lời của bạn: câu ngắn, không chép nguyên văn nguồn.')}
${PROVENANCE}`;
    }
    case 'agency':
      return `${header}
${BILINGUAL('name', 'Tên chính thức của cơ quan.')}
# Loại cơ quan: quoc-hoi, chinh-phu, thu-tuong, bo, co-quan-ngang-bo, co-quan-thuoc-chinh-phu,
# don-vi-truc-thuoc, tinh, thanh-pho, ban-chi-dao, to-cong-tac, nhom.
kind: TODO
# Id của cơ quan cấp trên, nếu có (ví dụ bo-cong-an); nếu không, xóa dòng này.
# partOf: bo-cong-an
# Thời gian tồn tại, chỉ khi cơ quan được lập hoặc giải thể trong thời kỳ của site.
# active:
#   from: YYYY-MM-DD
#   until: YYYY-MM-DD
# Cơ quan cũ mà cơ quan này kế thừa (ví dụ tỉnh mới sau sáp nhập):
# successorOf:
#   - id: ten-tinh-truoc-2025
#     date: YYYY-MM-DD      # ngày sau active.until của cơ quan cũ
#     basis: nq-202-2025-qh15
${BILINGUAL('summary', 'Tóm tắt ngắn bằng lời của bạn.')}
${PROVENANCE}`;
    case 'task': {
      const key = id.toUpperCase().replace('-', '.');
      return `${header}
# Ký hiệu trên slide; phải khớp tên tệp.
key: ${key}
# Trụ cột: nhan-thuc, phap-ly, ha-tang hoặc niem-tin.
pillar: TODO
${key.includes('.') ? `# Nhiệm vụ cha.\nparent: ${id.split('-')[0]}\n` : ''}${BILINGUAL('slide', 'Lời trên slide: tiếng Việt chép đúng nguyên văn; tiếng Anh là bản dịch.')}
${BILINGUAL('implementers', 'Dòng "ai thực hiện" của trụ cột trên slide.')}
${BILINGUAL('meaning', 'Nhiệm vụ có nghĩa là gì, bằng lời đơn giản.')}
# Cơ quan chịu trách nhiệm: id cơ quan hoặc nhóm (cac-bo, ubnd-cap-tinh) và vai trò
# (chu-tri, phoi-hop hoặc thuc-hien).
assigned:
  - agency: TODO
    role: TODO
# Id các văn bản hoàn thành nhiệm vụ, và các văn bản làm căn cứ pháp lý
# (nhiệm vụ hạ tầng cần ít nhất một căn cứ).
deliveredBy: []
legalBasis: []
${PROVENANCE}`;
    }
    case 'benefit':
      return `${header}
${BILINGUAL('title', 'Tên quyền lợi, ngắn gọn.')}
# Mục của slide (b1…b5) mà quyền lợi này thuộc về; ít nhất một.
pillarItems:
  - TODO
# Ai được hưởng: cong-dan, nguoi-nuoc-ngoai, doanh-nghiep, co-quan.
audience:
  - TODO
${BILINGUAL('summary', 'Tóm tắt ngắn bằng lời của bạn.')}
# Không bắt buộc: forWhom (ai được hưởng, nói rõ hơn), needs và steps (danh sách song ngữ), since (ngày).
# Id các văn bản làm căn cứ pháp lý; ít nhất một.
legalBasis:
  - TODO
${PROVENANCE}`;
    case 'glossary':
      return `${header}
${BILINGUAL('term', 'Thuật ngữ.')}
# Chữ viết tắt như trong văn bản tiếng Việt, nếu có:
# abbr: DVC
${BILINGUAL('definition', 'Định nghĩa ngắn, bằng lời đơn giản.')}
# Id các thuật ngữ liên quan.
related: []
${PROVENANCE}`;
  }
}

interface CreatedEntry {
  id: string;
  /** Relative to the project root. */
  path: string;
}

export async function createEntry(root: string, options: ScaffoldOptions): Promise<CreatedEntry> {
  const kind = checkKind(options.kind);
  const id = scaffoldId(options);
  const collection = SCAFFOLD_KINDS[kind];
  const path = `content/${collection}/${id}.yaml`;
  if (existsSync(join(root, path)))
    throw new ScaffoldError(`${path} already exists: edit it instead, or choose another id with --id`);
  // Ids are shared by all collections: prose links by id alone.
  for (const other of KIND_NAMES) {
    const taken = `content/${other}/${id}.yaml`;
    if (existsSync(join(root, taken)))
      throw new ScaffoldError(
        `the id "${id}" is already used by ${taken}; ids are shared by all collections: choose another with --id`,
      );
  }
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), skeleton(kind, id, options), { flag: 'wx' });
  return { id, path };
}
