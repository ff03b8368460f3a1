// The infrastructure self-assessment: its items, the file format readers export and import, and
// the progress summary. Plain functions with no DOM, so the browser script and the unit tests
// share exactly the same rules for what a valid file is.
import { SEED_TASKS } from './seed.ts';
import type { Locale } from './schemas.ts';

export const CHECKLIST_FORMAT = 'de-an-06-tu-danh-gia';
export const CHECKLIST_VERSION = 1;
/** One key for both languages: answers given on the Vietnamese page show on the English one. */
export const STORAGE_KEY = 'de-an-06:tu-danh-gia:v1';
/** A real export is a few kilobytes; refusing huge files keeps a wrong pick from freezing the tab. */
export const MAX_IMPORT_CHARS = 1_000_000;

export const ANSWERS = ['yes', 'partly', 'no', 'na'] as const;
export type Answer = (typeof ANSWERS)[number];

export const CHECKLIST_GROUPS = ['i1', 'i2', 'i3'] as const;

/** The eleven questions are the slide's I sub-items (I1.1 … I3.2); the slide fixes the list. */
export const CHECKLIST_ITEMS: readonly string[] = SEED_TASKS.filter((id) => /^i\d-\d$/.test(id));

function groupOf(itemId: string): string {
  return itemId.split('-')[0]!;
}

interface ItemAnswer {
  answer: Answer | null;
  note: string;
}
export type Answers = Record<string, ItemAnswer>;

interface ChecklistFile {
  format: typeof CHECKLIST_FORMAT;
  version: typeof CHECKLIST_VERSION;
  exportedAt: string;
  answers: Answers;
}

export function emptyAnswers(items: readonly string[] = CHECKLIST_ITEMS): Answers {
  return Object.fromEntries(items.map((id) => [id, { answer: null, note: '' }]));
}

/** The export file: every item, answered or not, so a file always says what was left open. */
export function toFile(answers: Answers, now: Date, items: readonly string[] = CHECKLIST_ITEMS): ChecklistFile {
  return {
    format: CHECKLIST_FORMAT,
    version: CHECKLIST_VERSION,
    exportedAt: now.toISOString(),
    answers: Object.fromEntries(
      items.map((id) => [id, { answer: answers[id]?.answer ?? null, note: answers[id]?.note ?? '' }]),
    ),
  };
}

export type ImportError =
  | { code: 'too-large' }
  | { code: 'not-json' }
  | { code: 'not-object' }
  | { code: 'wrong-format'; found: unknown }
  | { code: 'wrong-version'; found: unknown }
  | { code: 'no-answers' }
  | { code: 'unknown-item'; id: string }
  | { code: 'bad-entry'; id: string }
  | { code: 'bad-answer'; id: string; value: unknown }
  | { code: 'bad-note'; id: string };

type ImportResult = { ok: true; answers: Answers } | { ok: false; error: ImportError };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads an exported file. All or nothing: the first problem rejects the whole file, so a bad
 * import can never leave the reader with half of someone else's answers. Items the file leaves
 * out come back unanswered.
 */
export function parseChecklistFile(text: string, items: readonly string[] = CHECKLIST_ITEMS): ImportResult {
  const fail = (error: ImportError): ImportResult => ({ ok: false, error });
  if (text.length > MAX_IMPORT_CHARS) return fail({ code: 'too-large' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail({ code: 'not-json' });
  }
  if (!isRecord(data)) return fail({ code: 'not-object' });
  if (data.format !== CHECKLIST_FORMAT) return fail({ code: 'wrong-format', found: data.format });
  if (data.version !== CHECKLIST_VERSION) return fail({ code: 'wrong-version', found: data.version });
  if (!isRecord(data.answers)) return fail({ code: 'no-answers' });
  const known = new Set(items);
  const answers = emptyAnswers(items);
  for (const [id, entry] of Object.entries(data.answers)) {
    if (!known.has(id)) return fail({ code: 'unknown-item', id });
    if (!isRecord(entry)) return fail({ code: 'bad-entry', id });
    const answer = entry.answer ?? null;
    if (answer !== null && !(ANSWERS as readonly unknown[]).includes(answer)) return fail({ code: 'bad-answer', id, value: entry.answer });
    const note = entry.note ?? '';
    if (typeof note !== 'string') return fail({ code: 'bad-note', id });
    answers[id] = { answer: answer as Answer | null, note };
  }
  return { ok: true, answers };
}

const shown = (value: unknown): string => {
  if (value === undefined) return '—';
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
};

/** Why a file was refused, in the reader's language; the current answers are always kept. */
export function describeImportError(error: ImportError, locale: Locale): string {
  const vi = locale === 'vi';
  const kept = vi ? ' Các câu trả lời hiện có được giữ nguyên.' : ' Your current answers have not been changed.';
  const answerList = ANSWERS.map((a) => `"${a}"`).join(', ');
  const why = (() => {
    switch (error.code) {
      case 'too-large':
        return vi ? 'Không nhập được: tệp quá lớn để là một bản xuất của bảng tự đánh giá.' : 'Not imported: the file is too large to be a checklist export.';
      case 'not-json':
        return vi ? 'Không nhập được: tệp không phải là JSON hợp lệ.' : 'Not imported: the file is not valid JSON.';
      case 'not-object':
        return vi ? 'Không nhập được: tệp JSON không có dạng của bản xuất bảng tự đánh giá.' : 'Not imported: the JSON file does not have the shape of a checklist export.';
      case 'wrong-format':
        return vi
          ? `Không nhập được: tệp không phải bản xuất của bảng tự đánh giá này (trường "format" là ${shown(error.found)}, cần "${CHECKLIST_FORMAT}").`
          : `Not imported: the file is not an export of this checklist ("format" is ${shown(error.found)}, expected "${CHECKLIST_FORMAT}").`;
      case 'wrong-version':
        return vi
          ? `Không nhập được: tệp thuộc phiên bản ${shown(error.found)} của định dạng; trang này chỉ đọc phiên bản ${CHECKLIST_VERSION}.`
          : `Not imported: the file uses version ${shown(error.found)} of the format; this page reads version ${CHECKLIST_VERSION} only.`;
      case 'no-answers':
        return vi ? 'Không nhập được: tệp không có mục "answers".' : 'Not imported: the file has no "answers" section.';
      case 'unknown-item':
        return vi
          ? `Không nhập được: tệp có câu hỏi không thuộc bảng này (${shown(error.id)}).`
          : `Not imported: the file has an item this checklist does not have (${shown(error.id)}).`;
      case 'bad-entry':
        return vi ? `Không nhập được: câu trả lời cho ${shown(error.id)} không đúng dạng.` : `Not imported: the entry for ${shown(error.id)} has the wrong shape.`;
      case 'bad-answer':
        return vi
          ? `Không nhập được: câu trả lời cho ${shown(error.id)} là ${shown(error.value)}; chỉ chấp nhận ${answerList} hoặc null.`
          : `Not imported: the answer for ${shown(error.id)} is ${shown(error.value)}; only ${answerList} or null are accepted.`;
      case 'bad-note':
        return vi ? `Không nhập được: ghi chú cho ${shown(error.id)} phải là văn bản.` : `Not imported: the note for ${shown(error.id)} must be text.`;
    }
  })();
  return why + kept;
}

interface Tally {
  total: number;
  answered: number;
  yes: number;
  partly: number;
  no: number;
  na: number;
}

export interface Summary {
  groups: Array<{ group: string } & Tally>;
  overall: Tally;
}

const zero = (): Tally => ({ total: 0, answered: 0, yes: 0, partly: 0, no: 0, na: 0 });

/** Progress per pillar group (I1, I2, I3) and overall. */
export function summarize(answers: Answers, items: readonly string[] = CHECKLIST_ITEMS): Summary {
  const byGroup = new Map<string, Tally>();
  const overall = zero();
  for (const id of items) {
    const group = groupOf(id);
    const tally = byGroup.get(group) ?? zero();
    byGroup.set(group, tally);
    const answer = answers[id]?.answer ?? null;
    for (const t of [tally, overall]) {
      t.total += 1;
      if (answer) {
        t.answered += 1;
        t[answer] += 1;
      }
    }
  }
  return { groups: [...byGroup].map(([group, tally]) => ({ group, ...tally })), overall };
}
