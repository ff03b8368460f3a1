import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  eligibleBenefits,
  needsOf,
  type Answers,
  type Card,
  type Result,
  type RuleSet,
  type UseRule,
} from './eligibility.ts';
import { ELIGIBILITY_RULES as RULES } from './eligibility-rules.ts';

const person = (who: 'citizen' | 'foreigner', age: number, card: Card = 'none', level: 0 | 1 | 2 = 0): Answers => ({
  who,
  age,
  card,
  level,
});
const run = (answers: Answers, rules: RuleSet = RULES) => eligibleBenefits(answers, rules);
const one = (results: Result[], benefit: string) => {
  const found = results.filter((r) => r.benefit === benefit);
  expect(found).toHaveLength(1);
  return found[0];
};
const levels = (results: Result[]) =>
  [one(results, 'tai-khoan-dinh-danh-muc-1'), one(results, 'tai-khoan-dinh-danh-muc-2')] as const;
const said = (r: Result) => r.reason.map((s) => s.vi).join(' ');
const saidEn = (r: Result) => r.reason.map((s) => s.en).join(' ');

describe('eligibleBenefits: account levels (Decree 69/2024, Article 7)', () => {
  it.each([14, 15, 40, 90])('a citizen aged %i with a CCCD gets level 1 and level 2', (age) => {
    const [l1, l2] = levels(run(person('citizen', age, 'cccd')));
    expect([l1.status, l2.status]).toEqual(['yes', 'yes']);
    expect(l1.rule).toBe('citizen-14-plus');
    expect(said(l1)).toContain('từ 14 tuổi');
  });

  it('a citizen aged 14 or over with a thẻ căn cước gets level 1 and level 2', () => {
    const [l1, l2] = levels(run(person('citizen', 14, 'the-can-cuoc')));
    expect([l1.status, l2.status]).toEqual(['yes', 'yes']);
  });

  it('a citizen aged 14 or over without a valid card gets neither, and is told which card is needed', () => {
    const [l1, l2] = levels(run(person('citizen', 20, 'none')));
    expect([l1.status, l2.status]).toEqual(['no', 'no']);
    expect(l1.rule).toBe('citizen-14-plus');
    expect(said(l1)).toContain('Cần có: thẻ căn cước công dân (CCCD) hoặc thẻ căn cước, còn hạn.');
    expect(said(l1)).toContain('bạn chưa có thẻ này');
    expect(saidEn(l2)).toContain('you do not have this card');
  });

  it.each([6, 10, 13])('a citizen aged %i with a thẻ căn cước gets level 1 and level 2 on request', (age) => {
    const [l1, l2] = levels(run(person('citizen', age, 'the-can-cuoc')));
    expect([l1.status, l2.status]).toEqual(['on-request', 'on-request']);
    expect(l1.rule).toBe('citizen-6-to-13');
    expect(said(l2)).toContain('nếu có yêu cầu');
  });

  it.each<Card>(['cccd', 'none'])(
    'a citizen aged 6 to under 14 with card "%s" gets no account: the rule asks for a thẻ căn cước',
    (card) => {
      const [l1, l2] = levels(run(person('citizen', 10, card)));
      expect([l1.status, l2.status]).toEqual(['no', 'no']);
      expect(l1.rule).toBe('citizen-6-to-13');
      expect(said(l1)).toContain('Cần có: thẻ căn cước.');
    },
  );

  it.each<[number, Card]>([
    [0, 'none'],
    [5, 'none'],
    [5, 'the-can-cuoc'],
  ])('a citizen aged %i (card %s) gets level 1 on request and no level 2', (age, card) => {
    const [l1, l2] = levels(run(person('citizen', age, card)));
    expect([l1.status, l2.status]).toEqual(['on-request', 'no']);
    expect(l1.rule).toBe('citizen-under-6');
  });

  it.each([6, 30])('a foreigner aged %i with a residence card gets level 1 and level 2 on request', (age) => {
    const [l1, l2] = levels(run(person('foreigner', age, 'residence-card')));
    expect([l1.status, l2.status]).toEqual(['on-request', 'on-request']);
    expect(l1.rule).toBe('foreigner-6-plus');
  });

  it('a foreigner aged 6 or over without a residence card gets no account, and is told why', () => {
    const [l1, l2] = levels(run(person('foreigner', 30, 'none')));
    expect([l1.status, l2.status]).toEqual(['no', 'no']);
    expect(said(l1)).toContain('Cần có: thẻ thường trú hoặc thẻ tạm trú tại Việt Nam.');
  });

  it.each([0, 5])('a foreigner aged %i with a residence card gets level 1 and no level 2', (age) => {
    const [l1, l2] = levels(run(person('foreigner', age, 'residence-card')));
    expect([l1.status, l2.status]).toEqual(['yes', 'no']);
    expect(l1.rule).toBe('foreigner-under-6');
  });

  it('a foreigner under 6 without a residence card: level 1 is not confirmed, and the result says why', () => {
    const [l1, l2] = levels(run(person('foreigner', 3, 'none')));
    expect([l1.status, l2.status]).toEqual(['unconfirmed', 'no']);
    expect(said(l1)).toContain('không nói rõ trẻ có cần thẻ thường trú');
  });

  it('an organisation gets one account without levels', () => {
    const results = run({ who: 'organisation' });
    expect(results.filter((r) => r.benefit.startsWith('tai-khoan-dinh-danh-muc'))).toEqual([]);
    const account = one(results, 'b3');
    expect(account).toMatchObject({ rule: 'organisation', status: 'yes' });
    expect(said(account)).toContain('không chia mức độ');
  });

  it('every account result cites Article 7 of Decree 69/2024', () => {
    const all = [
      person('citizen', 10, 'the-can-cuoc'),
      person('citizen', 3),
      person('foreigner', 30, 'none'),
      { who: 'organisation' } as const,
    ].flatMap((a) => run(a));
    const accounts = all.filter((r) => r.benefit.startsWith('tai-khoan-dinh-danh-muc') || r.benefit === 'b3');
    expect(accounts.length).toBe(7);
    for (const r of accounts)
      expect(r.cites).toContainEqual({ doc: 'nd-69-2024', part: { vi: 'Điều 7', en: 'Article 7' } });
  });

  it('says which levels the person already holds', () => {
    const [l1, l2] = levels(run(person('citizen', 30, 'cccd', 1)));
    expect([l1.held, l2.held]).toEqual([true, false]);
    expect(said(l1)).toContain('Bạn đã có tài khoản ở mức này.');
    expect(said(l2)).not.toContain('Bạn đã có');
    expect(levels(run(person('citizen', 30, 'cccd', 2))).map((r) => r.held)).toEqual([true, true]);
  });

  it('falls back to "no case matches" when no rule covers the person, and to nothing for an organisation without a rule', () => {
    const bare: RuleSet = { ...RULES, accounts: [] };
    const [l1, l2] = levels(run(person('citizen', 30, 'cccd'), bare));
    expect([l1.rule, l1.status, l2.status]).toEqual(['none', 'no', 'no']);
    expect(said(l1)).toBe(RULES.phrases.noAccountRule.vi);
    expect(run({ who: 'organisation' }, { ...bare, uses: [] })).toEqual([]);
  });
});

describe('eligibleBenefits: what the accounts and cards open', () => {
  it('shows each audience only its own benefits', () => {
    const ids = (a: Answers) =>
      run(a)
        .map((r) => r.rule)
        .filter((id) => RULES.uses.some((u) => u.id === id));
    expect(ids(person('citizen', 30, 'cccd', 2))).toEqual([
      'mot-tai-khoan',
      'dich-vu-cong-thiet-yeu',
      'giay-to-tich-hop',
      'ly-lich-tu-phap',
      'bhyt',
      'so-suc-khoe',
      'bo-so-ho-khau',
      'bao-ve-du-lieu',
      'vay-tin-chap',
    ]);
    expect(ids(person('foreigner', 30, 'residence-card', 2))).toEqual(['mot-tai-khoan', 'bao-ve-du-lieu']);
    expect(ids({ who: 'organisation' })).toEqual([
      'mot-tai-khoan-to-chuc',
      'dich-vu-cong-thiet-yeu-to-chuc',
      'phi-khai-thac',
    ]);
  });

  it.each(['giay-to-tich-hop-vneid', 'ly-lich-tu-phap-vneid'])('%s needs a level-2 account', (benefit) => {
    expect(one(run(person('citizen', 30, 'cccd', 2)), benefit).status).toBe('yes');
    expect(said(one(run(person('citizen', 30, 'cccd', 2)), benefit))).toContain(
      'Bạn có: tài khoản định danh điện tử mức độ 2.',
    );
    for (const level of [0, 1] as const) {
      const r = one(run(person('citizen', 30, 'cccd', level)), benefit);
      expect(r.status).toBe('no');
      expect(said(r)).toContain('Cần có: tài khoản định danh điện tử mức độ 2.');
    }
  });

  it('the criminal-record certificate says it began as a pilot, and cites Directive 24/CT-TTg', () => {
    const r = one(run(person('citizen', 30, 'cccd', 2)), 'ly-lich-tu-phap-vneid');
    expect(said(r)).toContain('thí điểm');
    expect(saidEn(r)).toContain('1 October 2024 to 30 June 2025');
    expect(r.cites.map((c) => c.doc)).toEqual(['ct-24-2025-ttg']);
  });

  it.each(['mot-tai-khoan-dich-vu-cong', 'dich-vu-cong-thiet-yeu', 'so-suc-khoe-dien-tu'])(
    '%s: the level is not confirmed with a level-1 account',
    (benefit) => {
      expect(one(run(person('citizen', 30, 'cccd', 0)), benefit).status).toBe('no');
      const l1 = one(run(person('citizen', 30, 'cccd', 1)), benefit);
      expect(l1.status).toBe('unconfirmed');
      expect(said(l1)).toContain('không nói mức độ 1 có đủ hay phải có mức độ 2');
      expect(one(run(person('citizen', 30, 'cccd', 2)), benefit).status).toBe('yes');
    },
  );

  describe('health insurance: CCCD, VNeID level 2, or (not confirmed) the new thẻ căn cước', () => {
    it('opens with a chip CCCD card', () => {
      const r = one(run(person('citizen', 30, 'cccd', 0)), 'bhyt-bang-cccd-vneid');
      expect(r.status).toBe('yes');
      expect(said(r)).toContain('Bạn có: thẻ CCCD gắn chíp.');
    });
    it('opens with a level-2 account, and names both when the person has both', () => {
      expect(one(run(person('citizen', 30, 'none', 2)), 'bhyt-bang-cccd-vneid').status).toBe('yes');
      expect(said(one(run(person('citizen', 30, 'cccd', 2)), 'bhyt-bang-cccd-vneid'))).toContain(
        'Bạn có: thẻ CCCD gắn chíp và tài khoản định danh điện tử mức độ 2.',
      );
    });
    it('is not confirmed with only a thẻ căn cước, and says the sources speak of the CCCD only', () => {
      const r = one(run(person('citizen', 30, 'the-can-cuoc', 1)), 'bhyt-bang-cccd-vneid');
      expect(r.status).toBe('unconfirmed');
      expect(said(r)).toContain('chỉ nói về thẻ CCCD gắn chíp');
    });
    it('is closed without a card or a level-2 account, listing every way in', () => {
      const r = one(run(person('citizen', 30, 'none', 1)), 'bhyt-bang-cccd-vneid');
      expect(r.status).toBe('no');
      expect(said(r)).toContain(
        'Cần có: thẻ CCCD gắn chíp; hoặc tài khoản định danh điện tử mức độ 2; hoặc thẻ căn cước (chưa xác nhận).',
      );
    });
  });

  it('benefits that ask for nothing apply to everyone in their audience', () => {
    for (const level of [0, 1, 2] as const) {
      expect(one(run(person('citizen', 3, 'none', level)), 'bo-so-ho-khau-giay').status).toBe('yes');
      expect(one(run(person('foreigner', 40, 'none', level)), 'bao-ve-du-lieu-ca-nhan').status).toBe('yes');
    }
  });

  it('the unsecured loan is unconfirmed whatever the answers', () => {
    for (const level of [0, 2] as const) {
      const r = one(run(person('citizen', 30, 'cccd', level)), 'vay-tin-chap-du-lieu-dan-cu');
      expect(r.status).toBe('unconfirmed');
      expect(said(r)).toContain('Chưa có nguồn nào xác nhận');
    }
  });

  it('organisations see their own rules as applying, with their notes', () => {
    const results = run({ who: 'organisation' });
    expect(one(results, 'phi-khai-thac-du-lieu-dan-cu')).toMatchObject({
      status: 'yes',
      cites: [{ doc: 'tt-48-2022-btc' }],
    });
    const portal = one(results, 'mot-tai-khoan-dich-vu-cong');
    expect(portal.status).toBe('yes');
    expect(said(portal)).toContain('30/06/2025');
    expect(said(portal)).toContain('Cần có: tài khoản định danh điện tử của tổ chức.');
    // Routes written for people do not shut an organisation out: its single account has no level to test.
    const withRoutes: UseRule = { ...RULES.uses[0], id: 'x', audience: ['organisation'] };
    const x = run({ who: 'organisation' }, { ...RULES, uses: [withRoutes] }).find((r) => r.rule === 'x')!;
    expect(x.status).toBe('yes');
    expect(said(x)).toContain('Cần có: tài khoản định danh điện tử.');
  });

  it('needsOf joins the routes with "or", and is empty for rules that ask nothing', () => {
    const bhyt = RULES.uses.find((u) => u.id === 'bhyt')!;
    expect(needsOf(bhyt, RULES.phrases)?.en).toBe(
      'a chip CCCD card; or a level-2 electronic identity account; or an identity card (not confirmed)',
    );
    expect(
      needsOf(
        RULES.uses.find((u) => u.id === 'bo-so-ho-khau')!,
        RULES.phrases,
      ),
    ).toBeUndefined();
  });
});

describe('the rules agree with the content', () => {
  const root = join(import.meta.dirname, '..', '..', 'content');
  const ids = (folder: string) =>
    readdirSync(join(root, folder))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => f.slice(0, -5));
  const benefit = (id: string) => parse(readFileSync(join(root, 'benefits', `${id}.yaml`), 'utf8'));
  const AUDIENCE = { citizen: 'cong-dan', foreigner: 'nguoi-nuoc-ngoai', organisation: 'doanh-nghiep' } as const;

  it('cite only documents of the registry', () => {
    const docs = new Set(ids('documents'));
    const cited = [...RULES.accounts, ...RULES.uses].flatMap((r) => r.cites.map((c) => c.doc));
    for (const doc of cited) expect(docs, doc).toContain(doc);
  });

  it('name existing benefits, for people those benefits are for', () => {
    for (const rule of RULES.uses) {
      const data = benefit(rule.benefit);
      for (const who of rule.audience) expect(data.audience, `${rule.id} → ${rule.benefit}`).toContain(AUDIENCE[who]);
    }
  });

  it('reach every concrete benefit', () => {
    const concrete = ids('benefits').filter((id) => !benefit(id).key);
    const reached = new Set([
      'tai-khoan-dinh-danh-muc-1',
      'tai-khoan-dinh-danh-muc-2',
      ...RULES.uses.map((u) => u.benefit),
    ]);
    expect(concrete.filter((id) => !reached.has(id))).toEqual([]);
  });

  it('have unique ids', () => {
    const all = [...RULES.accounts, ...RULES.uses].map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
  });
});
