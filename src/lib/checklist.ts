// The infrastructure self-assessment: its items, the file format readers export and import, and
// the progress summary. Plain functions with no DOM, so the browser script and the unit tests
// share exactly the same rules for what a valid file is.
import { SEED_TASKS } from './seed.ts';
import type { Translate, Vars } from './ui-text.ts';

export const CHECKLIST_FORMAT = 'de-an-06-tu-danh-gia';
export const CHECKLIST_VERSION = 1;
/** One key for both languages: answers given on the Vietnamese page show on the English one. */
export const STORAGE_KEY = 'de-an-06:tu-danh-gia:v1';
/**
 * A real export is a few kilobytes. A larger file is the wrong file: it is refused from its size,
 * before it is read, so that a wrong pick (a video, a disk image) cannot freeze the tab.
 */
export const MAX_IMPORT_BYTES = 100_000;

export const ANSWERS = ['yes', 'partly', 'no', 'na'] as const;
export type Answer = (typeof ANSWERS)[number];

export const CHECKLIST_GROUPS = ['i1', 'i2', 'i3'] as const;

/** The eleven questions are the slide's I sub-items (I1.1 … I3.2); the slide fixes the list. */
export const CHECKLIST_ITEMS: readonly string[] = SEED_TASKS.filter((id) => /^i\d-\d$/.test(id));

function groupOf(itemId: string): string {
  return itemId.split('-')[0];
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
  | { code: 'too-large'; size: number }
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

/** Why a file of this many bytes is refused before it is read (its size in kB), or nothing if it may be read. */
export function importSizeError(bytes: number): ImportError | undefined {
  return bytes > MAX_IMPORT_BYTES ? { code: 'too-large', size: Math.ceil(bytes / 1000) } : undefined;
}

/** Whether the reader has given any answer or note: importing a file then replaces their work. */
export function hasAnswers(answers: Answers): boolean {
  return Object.values(answers).some((a) => a.answer !== null || a.note !== '');
}

/**
 * Reads an exported file. All or nothing: the first problem rejects the whole file, so a bad
 * import can never leave the reader with half of someone else's answers. Items the file leaves
 * out come back unanswered.
 */
export function parseChecklistFile(text: string, items: readonly string[] = CHECKLIST_ITEMS): ImportResult {
  const fail = (error: ImportError): ImportResult => ({ ok: false, error });
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
    if (answer !== null && !(ANSWERS as readonly unknown[]).includes(answer))
      return fail({ code: 'bad-answer', id, value: entry.answer });
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

/**
 * Why a file was refused, in the reader's language (the selfAssessment.importError.* texts); the
 * current answers are always kept.
 */
export function describeImportError(error: ImportError, t: Translate): string {
  const vars: Vars = {
    format: CHECKLIST_FORMAT,
    version: CHECKLIST_VERSION,
    max: MAX_IMPORT_BYTES / 1000,
    allowed: ANSWERS.map((a) => `"${a}"`).join(', '),
  };
  for (const [name, value] of Object.entries(error)) if (name !== 'code') vars[name] = shown(value);
  return `${t(`selfAssessment.importError.${error.code}`, vars)} ${t('selfAssessment.importError.kept')}`;
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
