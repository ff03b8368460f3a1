import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_FORMAT,
  CHECKLIST_ITEMS,
  CHECKLIST_VERSION,
  MAX_IMPORT_BYTES,
  describeImportError,
  emptyAnswers,
  hasAnswers,
  importSizeError,
  parseChecklistFile,
  summarize,
  toFile,
  type Answers,
  type ImportError,
} from './checklist.ts';
import { LOCALES } from './schemas.ts';
import { pick, translator, uiText } from './ui-text.ts';

const file = (overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: CHECKLIST_FORMAT,
    version: CHECKLIST_VERSION,
    exportedAt: '2026-11-27T08:00:00.000Z',
    answers: {},
    ...overrides,
  });

const rejected = (text: string): ImportError => {
  const result = parseChecklistFile(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.error;
};

describe('the checklist items', () => {
  it('are the eleven I sub-items of the slide, in slide order', () => {
    expect(CHECKLIST_ITEMS).toEqual([
      'i1-1',
      'i1-2',
      'i1-3',
      'i1-4',
      'i1-5',
      'i1-6',
      'i2-1',
      'i2-2',
      'i2-3',
      'i3-1',
      'i3-2',
    ]);
  });
});

describe('export and import', () => {
  it('round-trips every answer and note, including unanswered items', () => {
    const answers: Answers = {
      ...emptyAnswers(),
      'i1-1': { answer: 'yes', note: 'Đường truyền 100 Mbps ở trụ sở' },
      'i1-5': { answer: 'partly', note: 'Còn thiếu cho cấp xã\nxem biên bản' },
      'i2-3': { answer: 'no', note: '' },
      'i3-2': { answer: 'na', note: 'Hệ thống do bộ quản lý' },
    };
    const exported = toFile(answers, new Date('2026-11-27T08:00:00Z'));
    expect(exported.format).toBe('de-an-06-tu-danh-gia');
    expect(exported.version).toBe(1);
    expect(exported.exportedAt).toBe('2026-11-27T08:00:00.000Z');
    expect(Object.keys(exported.answers)).toEqual([...CHECKLIST_ITEMS]);
    const back = parseChecklistFile(JSON.stringify(exported));
    expect(back).toEqual({ ok: true, answers });
  });

  it('treats items the file leaves out as unanswered', () => {
    const result = parseChecklistFile(file({ answers: { 'i3-1': { answer: 'yes', note: 'đã phê duyệt' } } }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.answers['i3-1']).toEqual({ answer: 'yes', note: 'đã phê duyệt' });
    expect(result.answers['i1-1']).toEqual({ answer: null, note: '' });
  });

  it('accepts a null answer and a missing note', () => {
    const result = parseChecklistFile(file({ answers: { 'i1-2': { answer: null }, 'i1-3': { note: 'chưa rõ' } } }));
    expect(result).toMatchObject({
      ok: true,
      answers: { 'i1-2': { answer: null, note: '' }, 'i1-3': { answer: null, note: 'chưa rõ' } },
    });
  });
});

describe('an import is refused, with the reason', () => {
  it('when the file is not JSON', () => {
    expect(rejected('answers: yes')).toEqual({ code: 'not-json' });
    expect(rejected('')).toEqual({ code: 'not-json' });
  });

  it('when the JSON is not an object', () => {
    expect(rejected('[1, 2]')).toEqual({ code: 'not-object' });
    expect(rejected('"de-an-06-tu-danh-gia"')).toEqual({ code: 'not-object' });
    expect(rejected('null')).toEqual({ code: 'not-object' });
  });

  it('when the format name is another one, or missing', () => {
    expect(rejected(file({ format: 'something-else' }))).toEqual({ code: 'wrong-format', found: 'something-else' });
    expect(rejected(JSON.stringify({ version: 1, answers: {} }))).toEqual({ code: 'wrong-format', found: undefined });
  });

  it('when the version is another one', () => {
    expect(rejected(file({ version: 2 }))).toEqual({ code: 'wrong-version', found: 2 });
    expect(rejected(file({ version: '1' }))).toEqual({ code: 'wrong-version', found: '1' });
  });

  it('when there is no answers object', () => {
    expect(rejected(file({ answers: undefined }))).toEqual({ code: 'no-answers' });
    expect(rejected(file({ answers: [] }))).toEqual({ code: 'no-answers' });
  });

  it('when an item id is not one of the checklist', () => {
    expect(rejected(file({ answers: { 'i9-9': { answer: 'yes', note: '' } } }))).toEqual({
      code: 'unknown-item',
      id: 'i9-9',
    });
    // The group headings are not questions.
    expect(rejected(file({ answers: { i1: { answer: 'yes', note: '' } } }))).toEqual({
      code: 'unknown-item',
      id: 'i1',
    });
    expect(rejected('{"format":"de-an-06-tu-danh-gia","version":1,"answers":{"__proto__":{"answer":"yes"}}}')).toEqual({
      code: 'unknown-item',
      id: '__proto__',
    });
  });

  it('when an entry is not an object', () => {
    expect(rejected(file({ answers: { 'i1-1': 'yes' } }))).toEqual({ code: 'bad-entry', id: 'i1-1' });
  });

  it('when an answer value is not yes, partly, no, na or null', () => {
    expect(rejected(file({ answers: { 'i1-4': { answer: 'maybe', note: '' } } }))).toEqual({
      code: 'bad-answer',
      id: 'i1-4',
      value: 'maybe',
    });
    expect(rejected(file({ answers: { 'i1-4': { answer: 'Yes', note: '' } } }))).toEqual({
      code: 'bad-answer',
      id: 'i1-4',
      value: 'Yes',
    });
    expect(rejected(file({ answers: { 'i1-4': { answer: true, note: '' } } }))).toEqual({
      code: 'bad-answer',
      id: 'i1-4',
      value: true,
    });
  });

  it('when a note is not text', () => {
    expect(rejected(file({ answers: { 'i2-1': { answer: 'no', note: 42 } } }))).toEqual({
      code: 'bad-note',
      id: 'i2-1',
    });
  });

  it('rejects the whole file at the first problem, returning no answers', () => {
    const result = parseChecklistFile(
      file({ answers: { 'i1-1': { answer: 'yes', note: 'ok' }, 'i1-2': { answer: 'perhaps' } } }),
    );
    expect(result).toEqual({ ok: false, error: { code: 'bad-answer', id: 'i1-2', value: 'perhaps' } });
  });
});

describe('a file chosen for import', () => {
  it('is refused from its size alone when it is larger than any export, saying how large it is', () => {
    expect(importSizeError(MAX_IMPORT_BYTES + 1)).toEqual({ code: 'too-large', size: MAX_IMPORT_BYTES / 1000 + 1 });
    expect(importSizeError(4_096)).toBeUndefined();
    for (const locale of LOCALES) {
      const t = translator(pick(locale, ['selfAssessment.importError.']));
      const message = describeImportError(importSizeError(5_000_000)!, t);
      expect(message).toContain('5000 kB');
      expect(message).toContain(`${MAX_IMPORT_BYTES / 1000} kB`);
    }
  });

  it('is read whole when it is the export of a full checklist with long notes', () => {
    const answers = emptyAnswers();
    for (const id of CHECKLIST_ITEMS) answers[id] = { answer: 'partly', note: 'Ghi chú dài về hạ tầng. '.repeat(20) };
    const text = `${JSON.stringify(toFile(answers, new Date('2026-11-27T08:00:00Z')), null, 2)}\n`;
    expect(importSizeError(new TextEncoder().encode(text).length)).toBeUndefined();
    expect(parseChecklistFile(text)).toEqual({ ok: true, answers });
  });

  it('replaces answers only after asking, when there are answers or notes to lose', () => {
    const answers = emptyAnswers();
    expect(hasAnswers(answers)).toBe(false);
    expect(hasAnswers({ ...answers, 'i1-1': { answer: null, note: 'chưa rõ' } })).toBe(true);
    expect(hasAnswers({ ...answers, 'i1-1': { answer: 'na', note: '' } })).toBe(true);
  });
});

describe('the message for a refused import', () => {
  const errors: ImportError[] = [
    { code: 'too-large', size: 120 },
    { code: 'not-json' },
    { code: 'not-object' },
    { code: 'wrong-format', found: 'x' },
    { code: 'wrong-version', found: 2 },
    { code: 'no-answers' },
    { code: 'unknown-item', id: 'i9-9' },
    { code: 'bad-entry', id: 'i1-1' },
    { code: 'bad-answer', id: 'i1-4', value: 'maybe' },
    { code: 'bad-note', id: 'i2-1' },
  ];

  it.each(LOCALES)('differs for every reason and says the answers were kept (%s)', (locale) => {
    const t = uiText(locale);
    const messages = errors.map((e) => describeImportError(e, t));
    expect(new Set(messages).size).toBe(errors.length);
    for (const m of messages) expect(m.endsWith(t('selfAssessment.importError.kept'))).toBe(true);
  });

  it.each(LOCALES)('names the offending item and value, with the strings the script is given (%s)', (locale) => {
    const t = translator(pick(locale, ['selfAssessment.importError.']));
    expect(describeImportError({ code: 'bad-answer', id: 'i1-4', value: 'maybe' }, t)).toMatch(/"i1-4".*"maybe"/);
    expect(describeImportError({ code: 'unknown-item', id: 'i9-9' }, t)).toContain('"i9-9"');
    expect(describeImportError({ code: 'wrong-version', found: 2 }, t)).toMatch(/\b2\b.*\b1\b/);
    expect(describeImportError({ code: 'wrong-format', found: 'x' }, t)).toContain('"de-an-06-tu-danh-gia"');
    for (const e of errors) expect(describeImportError(e, t)).not.toMatch(/\{\{|selfAssessment\./);
  });
});

describe('the progress summary', () => {
  it('counts answers per pillar group and overall', () => {
    const answers: Answers = {
      ...emptyAnswers(),
      'i1-1': { answer: 'yes', note: '' },
      'i1-2': { answer: 'partly', note: '' },
      'i1-3': { answer: 'no', note: '' },
      'i1-4': { answer: null, note: 'a note alone is not an answer' },
      'i2-1': { answer: 'na', note: '' },
      'i3-1': { answer: 'yes', note: '' },
    };
    const { groups, overall } = summarize(answers);
    expect(groups).toEqual([
      { group: 'i1', total: 6, answered: 3, yes: 1, partly: 1, no: 1, na: 0 },
      { group: 'i2', total: 3, answered: 1, yes: 0, partly: 0, no: 0, na: 1 },
      { group: 'i3', total: 2, answered: 1, yes: 1, partly: 0, no: 0, na: 0 },
    ]);
    expect(overall).toEqual({ total: 11, answered: 5, yes: 2, partly: 1, no: 1, na: 1 });
  });

  it('starts at zero answered', () => {
    expect(summarize(emptyAnswers()).overall).toEqual({ total: 11, answered: 0, yes: 0, partly: 0, no: 0, na: 0 });
  });
});
