// What a citizen reads on the benefit pages, the "What can I use?" page and the glossary, as built.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SEED_BENEFITS } from '../src/lib/seed.ts';
import { ELIGIBILITY_RULES } from '../src/lib/eligibility-rules.ts';
import { ROOT, page, text } from './site.ts';

const yamlIds = (collection: string) =>
  readdirSync(join(ROOT, 'content', collection))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5));
const benefit = (id: string) => parseYaml(readFileSync(join(ROOT, 'content', 'benefits', `${id}.yaml`), 'utf8'));
const concrete = yamlIds('benefits').filter((id) => !benefit(id).key);
const LOCALES = [
  ['vi', '/'],
  ['en', '/en/'],
] as const;
/** The elements after a heading, up to the next h2: what the reader sees in that section. */
const section = (url: string, id: string) => {
  const main = page(url).querySelector('main')!;
  const heading = main.querySelector(`h2#${id}`);
  expect(heading, `${url} has a section #${id}`).not.toBeNull();
  const parts = [];
  for (let el = heading!.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) parts.push(el);
  return parts;
};

describe('slide benefits B1–B5', () => {
  it.each(SEED_BENEFITS.flatMap((b) => LOCALES.map(([, prefix]) => [b, prefix] as const)))(
    '%s (%s) links each of its concrete benefits',
    (b, prefix) => {
      const mine = concrete.filter((id) => benefit(id).pillarItems.includes(b));
      expect(mine.length).toBeGreaterThan(0);
      const hrefs = page(`${prefix}quyen-loi/${b}/`)
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href'));
      for (const id of mine) expect(hrefs).toContain(`${prefix}quyen-loi/${id}/`);
    },
  );
});

describe('concrete benefits', () => {
  // The fact sheet's benefits must stay; editors may add more (flying, the bank's face check).
  it('include every benefit of the fact sheet §4.2–4.3', () => {
    expect(concrete).toEqual(
      expect.arrayContaining([
        'bao-ve-du-lieu-ca-nhan',
        'bhyt-bang-cccd-vneid',
        'bo-so-ho-khau-giay',
        'dich-vu-cong-thiet-yeu',
        'giay-to-tich-hop-vneid',
        'ly-lich-tu-phap-vneid',
        'mot-tai-khoan-dich-vu-cong',
        'phi-khai-thac-du-lieu-dan-cu',
        'so-suc-khoe-dien-tu',
        'tai-khoan-dinh-danh-muc-1',
        'tai-khoan-dinh-danh-muc-2',
        'vay-tin-chap-du-lieu-dan-cu',
      ]),
    );
  });

  it.each(concrete.flatMap((id) => LOCALES.map(([, prefix]) => [id, prefix] as const)))(
    '%s (%s) lists its registry documents under the legal basis',
    (id, prefix) => {
      const links = section(`${prefix}quyen-loi/${id}/`, 'co-so-phap-ly')
        .flatMap((el) => el.querySelectorAll('a'))
        .map((a) => a.getAttribute('href'));
      const docs = links.filter((h) => h?.startsWith(`${prefix}van-ban/`));
      expect(docs.length).toBeGreaterThan(0);
      for (const doc of benefit(id).legalBasis) expect(docs).toContain(`${prefix}van-ban/${doc}/`);
    },
  );

  it.each(concrete)('%s answers who, what, how and since when, or says the sources do not', (id) => {
    const url = `/quyen-loi/${id}/`;
    const data = benefit(id);
    for (const [anchor, field] of [
      ['doi-tuong', 'forWhom'],
      ['can-gi', 'needs'],
      ['cac-buoc', 'steps'],
    ] as const) {
      const shown = section(url, anchor)
        .map((el) => text(el))
        .join(' ');
      if (data[field]) expect(shown).toContain([data[field].vi].flat()[0]);
      else expect(shown).toContain('Các nguồn đã đọc không nêu điều này.');
    }
    const intro = text(page(url).querySelector('h2#noi-dung')!.parentNode);
    expect(intro).toMatch(data.since ? /Áp dụng từ \d\d\/\d\d\/\d{4}/ : /Áp dụng từ: chưa rõ ngày cụ thể/);
    expect(
      section(url, 'doi-tuong')
        .flatMap((el) => el.querySelectorAll('a'))
        .map((a) => a.getAttribute('href')),
    ).toContain('/quyen-loi/toi-dung-duoc-gi/');
  });

  it('the unsecured loan says, in both languages, that it is not confirmed', () => {
    const vi = page('/quyen-loi/vay-tin-chap-du-lieu-dan-cu/');
    const en = page('/en/quyen-loi/vay-tin-chap-du-lieu-dan-cu/');
    expect(text(vi.querySelector('[data-unconfirmed]'))).toContain('Chưa xác minh');
    expect(text(en.querySelector('[data-unconfirmed]'))).toContain('Not confirmed');
    expect(text(en.querySelector('main'))).toContain('Confidence: unconfirmed');
  });

  it('the criminal-record certificate says it began as a pilot', () => {
    expect(text(page('/quyen-loi/ly-lich-tu-phap-vneid/').querySelector('main'))).toMatch(
      /thí điểm.*22\/04\/2024.*01\/10\/2024 đến 30\/06\/2025/,
    );
  });
});

describe('terms on a benefit page', () => {
  it.each(LOCALES)('link each glossary abbreviation the page uses (%s)', (_, prefix) => {
    const items = section(`${prefix}quyen-loi/bhyt-bang-cccd-vneid/`, 'thuat-ngu').flatMap((el) =>
      el.querySelectorAll('li'),
    );
    const hrefs = items.map((li) => li.querySelector('a')!.getAttribute('href'));
    for (const id of ['cccd', 'bhyt', 'vneid']) expect(hrefs).toContain(`${prefix}thuat-ngu/#${id}`);
    const glossary = page(`${prefix}thuat-ngu/`);
    for (const href of hrefs) expect(glossary.querySelector(`dt#${href!.split('#')[1]}`), href).not.toBeNull();
    expect(text(items.find((li) => li.querySelector('a')!.getAttribute('href')!.endsWith('#bhyt')))).toContain(
      'Bảo hiểm y tế',
    );
  });

  it('list nothing the page does not say', () => {
    const hrefs = section('/quyen-loi/bo-so-ho-khau-giay/', 'thuat-ngu')
      .flatMap((el) => el.querySelectorAll('a'))
      .map((a) => a.getAttribute('href'));
    expect(hrefs).not.toContain('/thuat-ngu/#ioc');
    expect(hrefs).toContain('/thuat-ngu/#cccd');
  });
});

describe('the "What can I use?" page', () => {
  const ruleIds = [...ELIGIBILITY_RULES.accounts, ...ELIGIBILITY_RULES.uses].map((r) => r.id);

  it.each(LOCALES)('shows every rule as a table row without JavaScript (%s)', (_, prefix) => {
    const doc = page(`${prefix}quyen-loi/toi-dung-duoc-gi/`);
    const rows = doc.querySelectorAll('table.eligibility-rules tbody tr[data-rule]');
    expect(rows.map((r) => r.getAttribute('data-rule'))).toEqual(ruleIds);
    for (const row of rows) {
      const cites = row
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href'))
        .filter((h) => h?.startsWith(`${prefix}van-ban/`));
      expect(cites.length, row.getAttribute('data-rule')).toBeGreaterThan(0);
    }
    // The form needs the script: hidden until it runs, with a note saying where the rules are.
    expect(doc.querySelector('[data-js]')!.hasAttribute('hidden')).toBe(true);
    expect(text(doc.querySelector('[data-nojs]'))).not.toBe('');
  });

  it('spells out Article 7 of Decree 69/2024 in the account table, band by band', () => {
    const rows = page('/quyen-loi/toi-dung-duoc-gi/').querySelectorAll('table[data-rules="accounts"] tbody tr');
    const row = (id: string) => rows.find((r) => r.getAttribute('data-rule') === id)!;
    const cells = (id: string) =>
      row(id)
        .querySelectorAll('td')
        .map((td) => text(td));
    expect(cells('citizen-14-plus').slice(1, 3)).toEqual(['Có', 'Có']);
    expect(cells('citizen-6-to-13').slice(1, 3)).toEqual(['Có, nếu có yêu cầu', 'Có, nếu có yêu cầu']);
    expect(cells('citizen-under-6').slice(1, 3)).toEqual(['Có, nếu có yêu cầu', 'Không']);
    expect(cells('foreigner-6-plus').slice(1, 3)).toEqual(['Có, nếu có yêu cầu', 'Có, nếu có yêu cầu']);
    expect(cells('foreigner-under-6').slice(1, 3)).toEqual(['Có', 'Không']);
    expect(cells('foreigner-under-6-no-card')[1]).toBe('Có (chưa xác nhận)');
    expect(text(row('organisation'))).toContain('Một tài khoản, không chia mức độ');
    for (const r of rows) expect(r.querySelector('a')!.getAttribute('href')).toBe('/van-ban/nd-69-2024/');
  });

  it('says which benefits need level 2, and where the level is not confirmed', () => {
    const rows = page('/en/quyen-loi/toi-dung-duoc-gi/').querySelectorAll('table[data-rules="uses"] tbody tr');
    const row = (id: string) => text(rows.find((r) => r.getAttribute('data-rule') === id));
    expect(row('giay-to-tich-hop')).toContain('A level-2 electronic identity account');
    expect(row('ly-lich-tu-phap')).toContain('pilot');
    expect(row('so-suc-khoe')).toContain('do not say whether level 1 or level 2 is needed');
  });

  it('is linked from the benefits index in both languages', () => {
    for (const [, prefix] of LOCALES) {
      const hrefs = page(`${prefix}quyen-loi/`)
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href'));
      expect(hrefs).toContain(`${prefix}quyen-loi/toi-dung-duoc-gi/`);
    }
  });

  it('loads its script from the site, not inline', () => {
    const scripts = page('/quyen-loi/toi-dung-duoc-gi/').querySelectorAll('main script');
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s.getAttribute('src')).toMatch(/^\/_astro\/.+\.js$/);
  });
});

describe('the glossary', () => {
  const SLIDE_ABBREVIATIONS = [
    'TW',
    'DVC',
    'TTHC',
    'CSDLQG về DC',
    'CCCD',
    'IOC',
    'BHXHVN',
    'UBND',
    'Bộ TTTT',
    'KT-XH',
    'CNTT',
  ];
  const BENEFIT_TERMS = [
    'vneid',
    'dinh-danh-dien-tu',
    'xac-thuc-dien-tu',
    'tai-khoan-dinh-danh-dien-tu',
    'muc-do-1',
    'muc-do-2',
    'can-cuoc-dien-tu',
    'the-can-cuoc',
    'so-dinh-danh-ca-nhan',
    'bhyt',
    'bhxh',
  ];

  it.each(LOCALES)('explains every abbreviation on the slide (%s)', (_, prefix) => {
    const terms = page(`${prefix}thuat-ngu/`).querySelectorAll('dl.glossary dt');
    const abbrs = terms.map((dt) => text(dt.querySelector('abbr')));
    for (const a of SLIDE_ABBREVIATIONS) expect(abbrs).toContain(a);
    for (const dt of terms) expect(text(dt.nextElementSibling)).not.toBe('');
  });

  it('holds the terms the benefit pages use', () => {
    const ids = page('/thuat-ngu/')
      .querySelectorAll('dl.glossary dt')
      .map((dt) => dt.id);
    for (const id of BENEFIT_TERMS) expect(ids).toContain(id);
  });
});
