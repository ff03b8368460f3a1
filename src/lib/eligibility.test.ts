import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  LEVEL_BENEFITS,
  eligibleBenefits,
  needsOf,
  type Answers,
  type Card,
  type Result,
  type RuleSet,
  type UseRule,
} from './eligibility.ts';
import { ELIGIBILITY_RULES as RULES } from './eligibility-rules.ts';

const person = (
  who: 'citizen' | 'foreigner',
  age: number,
  card: Card = 'none',
  level: 0 | 1 | 2 = 0,
  phone = true,
): Answers => ({ who, age, card, level, phone });
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
/** The steps as the reader sees them, in order. */
const steps = (r: Result) => r.steps.map((s) => s.text.vi);
const stepsEn = (r: Result) => r.steps.map((s) => s.text.en);
/** Where each step's "how to" link goes: a benefit's guide or a guide page. */
const links = (r: Result) => r.steps.map((s) => s.benefit ?? s.guide);

const { getCard } = RULES;
const LEVEL_2_STEP = RULES.accounts.find((a) => a.id === 'citizen-14-plus')!.request![2]!;

describe('eligibleBenefits: account levels (Decree 69/2024, Article 7)', () => {
  it.each([14, 15, 40, 90])(
    'a citizen aged %i with a CCCD and no account is told to register at the police, with the level-2 guide',
    (age) => {
      const [l1, l2] = levels(run(person('citizen', age, 'cccd')));
      expect([l1.verdict, l2.verdict]).toEqual(['after', 'after']);
      expect(l1.rule).toBe('citizen-14-plus');
      expect(said(l1)).toContain('từ 14 tuổi');
      expect(steps(l2)).toEqual([LEVEL_2_STEP.vi]);
      expect(steps(l2)[0]).toContain('công an xã, phường');
      expect(links(l2)).toEqual(['tai-khoan-dinh-danh-muc-2']);
    },
  );

  it('a citizen with level 2 can use both levels now', () => {
    const [l1, l2] = levels(run(person('citizen', 35, 'the-can-cuoc', 2)));
    expect([l1.verdict, l2.verdict]).toEqual(['now', 'now']);
    expect([l1.steps, l2.steps]).toEqual([[], []]);
  });

  it('a person with level 1 only: level 1 now, level 2 after registering at the police', () => {
    const [l1, l2] = levels(run(person('citizen', 35, 'cccd', 1)));
    expect([l1.verdict, l2.verdict]).toEqual(['now', 'after']);
    expect(said(l1)).toContain('Bạn đã có tài khoản ở mức này.');
    expect(stepsEn(l2)).toEqual([LEVEL_2_STEP.en]);
  });

  it('an adult without a valid card is told to get a thẻ căn cước first, then register, each with its guide', () => {
    const [l1, l2] = levels(run(person('citizen', 20, 'none')));
    expect([l1.verdict, l2.verdict]).toEqual(['after', 'after']);
    expect(l1.rule).toBe('citizen-14-plus');
    expect(said(l1)).toContain('Cần có: thẻ căn cước công dân (CCCD) hoặc thẻ căn cước, còn hạn.');
    expect(saidEn(l2)).toContain('you do not have this card');
    expect(steps(l2)).toEqual([getCard.adult.text.vi, LEVEL_2_STEP.vi]);
    expect(links(l2)).toEqual(['huong-dan/het-chung-minh-nhan-dan', 'tai-khoan-dinh-danh-muc-2']);
  });

  it.each([6, 10, 13])('a citizen aged %i with a thẻ căn cước: a parent asks for the accounts', (age) => {
    const [l1, l2] = levels(run(person('citizen', age, 'the-can-cuoc')));
    expect([l1.verdict, l2.verdict]).toEqual(['after', 'after']);
    expect(l1.rule).toBe('citizen-6-to-13');
    expect(said(l2)).toContain('nếu có yêu cầu');
    expect(steps(l1)[0]).toContain('Cha, mẹ hoặc người giám hộ đăng ký tài khoản mức độ 1 cho trẻ');
    expect(steps(l2)[0]).toContain('chưa nói rõ ai phải đến công an');
  });

  it("a child of 10 with no card: first the child's identity card (children's guide), then the account", () => {
    const [l1, l2] = levels(run(person('citizen', 10, 'none')));
    expect([l1.verdict, l2.verdict]).toEqual(['after', 'after']);
    expect(said(l1)).toContain('Cần có: thẻ căn cước.');
    expect(steps(l2)[0]).toBe(getCard.under14.text.vi);
    expect(links(l2)).toEqual(['huong-dan/can-cuoc-cho-tre-em', 'tai-khoan-dinh-danh-muc-2']);
  });

  it.each<[number, Card]>([
    [0, 'none'],
    [5, 'none'],
    [5, 'the-can-cuoc'],
  ])('a citizen aged %i (card %s): a parent registers level 1; level 2 is not for them, and why', (age, card) => {
    const [l1, l2] = levels(run(person('citizen', age, card)));
    expect([l1.verdict, l2.verdict]).toEqual(['after', 'not']);
    expect(l1.rule).toBe('citizen-under-6');
    expect(steps(l1)).toEqual([
      'Cha, mẹ hoặc người giám hộ đăng ký tài khoản mức độ 1 cho trẻ bằng tài khoản mức độ 2 và số điện thoại đứng tên mình.',
    ]);
    expect(l2.steps).toEqual([]);
    expect(said(l2)).toContain('chỉ nêu mức độ 1 cho nhóm tuổi này');
  });

  it.each([6, 30])('a foreigner aged %i with a residence card: level 2 at the immigration office', (age) => {
    const [l1, l2] = levels(run(person('foreigner', age, 'residence-card')));
    expect([l1.verdict, l2.verdict]).toEqual(['after', 'after']);
    expect(l1.rule).toBe('foreigner-6-plus');
    expect(stepsEn(l2)[0]).toContain('provincial police immigration office');
    expect(links(l2)).toEqual(['tai-khoan-dinh-danh-muc-2']);
    // No source says how a foreigner asks for level 1 alone: the step says so instead of guessing.
    expect(steps(l1)).toEqual([RULES.phrases.requestUnknown.vi]);
  });

  it('a foreigner without a residence card: no account, and no step the site can offer', () => {
    const [l1, l2] = levels(run(person('foreigner', 30, 'none')));
    expect([l1.verdict, l2.verdict]).toEqual(['not', 'not']);
    expect(l1.steps).toEqual([]);
    expect(said(l1)).toContain('Cần có: thẻ thường trú hoặc thẻ tạm trú tại Việt Nam.');
  });

  it.each([0, 5])('a foreigner aged %i with a residence card: level 1 after a step, level 2 not for them', (age) => {
    const [l1, l2] = levels(run(person('foreigner', age, 'residence-card')));
    expect([l1.verdict, l2.verdict]).toEqual(['after', 'not']);
    expect(l1.rule).toBe('foreigner-under-6');
  });

  it('a foreigner under 6 without a residence card: level 1 is not confirmed, and the result says why', () => {
    const [l1, l2] = levels(run(person('foreigner', 3, 'none')));
    expect([l1.verdict, l2.verdict]).toEqual(['unconfirmed', 'not']);
    expect(said(l1)).toContain('không nói rõ trẻ có cần thẻ thường trú');
  });

  it('without a smartphone, the account results say that activation needs one and that no source settles it', () => {
    const [l1, l2] = levels(run(person('citizen', 70, 'cccd', 0, false)));
    expect([l1.verdict, l2.verdict]).toEqual(['after', 'after']);
    expect(said(l2)).toContain('không nói người không có điện thoại thông minh có tài khoản mức độ 2 được không');
    expect(said(one(run(person('citizen', 70, 'cccd', 0, true)), 'tai-khoan-dinh-danh-muc-2'))).not.toContain(
      'điện thoại thông minh',
    );
  });

  it('an organisation gets one account without levels', () => {
    const results = run({ who: 'organisation' });
    expect(results.filter((r) => r.benefit.startsWith('tai-khoan-dinh-danh-muc'))).toEqual([]);
    const account = one(results, 'b3');
    expect(account).toMatchObject({ rule: 'organisation', verdict: 'now' });
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
    expect(accounts.length).toBeGreaterThan(0);
    for (const r of accounts)
      expect(r.cites).toContainEqual({ doc: 'nd-69-2024', part: { vi: 'Điều 7', en: 'Article 7' } });
  });

  it('says which levels the person already holds', () => {
    const [l1, l2] = levels(run(person('citizen', 30, 'cccd', 1)));
    expect([l1.held, l2.held]).toEqual([true, false]);
    expect(said(l2)).not.toContain('Bạn đã có');
    expect(levels(run(person('citizen', 30, 'cccd', 2))).map((r) => r.held)).toEqual([true, true]);
  });

  it('falls back to "no case matches" when no rule covers the person, and to nothing for an organisation without a rule', () => {
    const bare: RuleSet = { ...RULES, accounts: [] };
    const [l1, l2] = levels(run(person('citizen', 30, 'cccd'), bare));
    expect([l1.rule, l1.verdict, l2.verdict]).toEqual(['none', 'not', 'not']);
    expect(said(l1)).toBe(RULES.phrases.noAccountRule.vi);
    expect(run({ who: 'organisation' }, { ...bare, uses: [] })).toEqual([]);
  });
});

describe('eligibleBenefits: the next step for each benefit', () => {
  it('shows each audience only its own benefits', () => {
    const ids = (a: Answers) =>
      run(a)
        .map((r) => r.rule)
        .filter((id) => RULES.uses.some((u) => u.id === id));
    const forWhom = (who: 'citizen' | 'foreigner' | 'organisation') =>
      RULES.uses.filter((u) => u.audience.includes(who)).map((u) => u.id);
    expect(ids(person('citizen', 30, 'cccd', 2))).toEqual(forWhom('citizen'));
    expect(ids(person('foreigner', 30, 'residence-card', 2))).toEqual(forWhom('foreigner'));
    expect(ids({ who: 'organisation' })).toEqual(forWhom('organisation'));
  });

  it('gives every result a verdict, and a step exactly when it says "after this step"', () => {
    const people = [
      person('citizen', 35, 'cccd', 0),
      person('citizen', 35, 'the-can-cuoc', 1),
      person('citizen', 35, 'cccd', 2),
      person('citizen', 4),
      person('citizen', 10),
      person('citizen', 70, 'cccd', 0, false),
      person('foreigner', 30, 'residence-card'),
      person('foreigner', 30, 'none'),
    ];
    for (const r of people.flatMap((p) => run(p))) {
      if (r.verdict === 'after') expect(r.steps.length, r.rule).toBeGreaterThan(0);
      if (r.verdict === 'now' || r.verdict === 'not') expect(r.steps, r.rule).toEqual([]);
      expect(r.reason.length, r.rule).toBeGreaterThan(0);
    }
  });

  describe('a 35-year-old citizen with a CCCD', () => {
    it('has no account yet: each level-2 benefit is open after registering, linking the level-2 guide', () => {
      for (const benefit of ['giay-to-tich-hop-vneid', 'ly-lich-tu-phap-vneid', 'di-may-bay-bang-vneid']) {
        const r = one(run(person('citizen', 35, 'cccd', 0)), benefit);
        expect(r.verdict, benefit).toBe('after');
        expect(steps(r)).toEqual([LEVEL_2_STEP.vi]);
        expect(links(r)).toEqual(['tai-khoan-dinh-danh-muc-2']);
        expect(said(r)).toContain('Cần có: tài khoản định danh điện tử mức độ 2 trên điện thoại thông minh.');
      }
    });
    it('uses health insurance with the chip card now', () => {
      const r = one(run(person('citizen', 35, 'cccd', 0)), 'bhyt-bang-cccd-vneid');
      expect(r.verdict).toBe('now');
      expect(said(r)).toContain('Bạn có: thẻ CCCD gắn chíp.');
    });
    it('with level 2, uses the level-2 benefits now', () => {
      for (const benefit of ['giay-to-tich-hop-vneid', 'ly-lich-tu-phap-vneid', 'di-may-bay-bang-vneid']) {
        const r = one(run(person('citizen', 35, 'cccd', 2)), benefit);
        expect(r.verdict, benefit).toBe('now');
        expect(said(r)).toContain('Bạn có: tài khoản định danh điện tử mức độ 2 trên điện thoại thông minh.');
      }
    });
    it("registers a face with the bank once, in the bank's app (NFC)", () => {
      const r = one(run(person('citizen', 35, 'cccd', 0)), 'xac-thuc-sinh-trac-hoc-ngan-hang');
      expect(r.verdict).toBe('after');
      expect(steps(r)).toEqual(['Đăng ký khuôn mặt với ngân hàng một lần, nếu bạn chưa làm.']);
      expect(said(r)).toContain('Cần có: thẻ gắn chíp và điện thoại có NFC.');
    });
  });

  it.each(['mot-tai-khoan-dich-vu-cong', 'dich-vu-cong-thiet-yeu', 'so-suc-khoe-dien-tu'])(
    '%s, with level 1 only: upgrade to level 2, and the sources do not say whether level 1 is enough',
    (benefit) => {
      const l0 = one(run(person('citizen', 30, 'cccd', 0)), benefit);
      expect(l0.verdict).toBe('after');
      expect(said(l0)).toContain('không nói cần mức độ 1 hay mức độ 2');
      const l1 = one(run(person('citizen', 30, 'cccd', 1)), benefit);
      expect(l1.verdict).toBe('after');
      expect(steps(l1)).toEqual([LEVEL_2_STEP.vi]);
      expect(said(l1)).toContain('không nói mức độ 1 có đủ hay phải có mức độ 2');
      expect(one(run(person('citizen', 30, 'cccd', 2)), benefit).verdict).toBe('now');
    },
  );

  describe('a child with no card', () => {
    it('under 6: health insurance through VssID, which a parent registers for the child', () => {
      const r = one(run(person('citizen', 4, 'none', 0, false)), 'bhyt-bang-cccd-vneid');
      expect(r.verdict).toBe('after');
      expect(steps(r)[0]).toContain('Cha hoặc mẹ mở ứng dụng VssID của mình');
      expect(said(r)).toContain('Cần có: tài khoản VssID do cha hoặc mẹ đăng ký cho con');
    });
    it('under 6: the level-2 benefits are not for the child, because Article 7 gives level 1 only', () => {
      const r = one(run(person('citizen', 4, 'none', 0, true)), 'giay-to-tich-hop-vneid');
      expect(r.verdict).toBe('not');
      expect(said(r)).toContain('Điều 7 chỉ nêu mức độ 1 cho nhóm tuổi này');
    });
    it('under 6: public services with the parent-registered level-1 account are not confirmed', () => {
      const r = one(run(person('citizen', 4, 'none', 0, true)), 'mot-tai-khoan-dich-vu-cong');
      expect(r.verdict).toBe('unconfirmed');
      expect(steps(r)[0]).toContain('Cha, mẹ hoặc người giám hộ đăng ký tài khoản mức độ 1 cho trẻ');
    });
    it("under 6: flying on a parent's account is not verified; the child flies with a birth certificate", () => {
      const r = one(run(person('citizen', 4, 'none')), 'di-may-bay-bang-vneid');
      expect(r.verdict).toBe('unconfirmed');
      expect(said(r)).toContain('tài khoản mức độ 2 của cha, mẹ hoặc người giám hộ bay cùng (chưa xác minh)');
      expect(said(r)).toContain('giấy khai sinh');
    });
    it.each(['giay-to-tich-hop-vneid', 'di-may-bay-bang-vneid'])(
      'aged 10: %s comes after the identity card and the account',
      (benefit) => {
        const r = one(run(person('citizen', 10, 'none')), benefit);
        expect(r.verdict).toBe('after');
        expect(steps(r)[0]).toBe(getCard.under14.text.vi);
        expect(links(r)).toEqual(['huong-dan/can-cuoc-cho-tre-em', 'tai-khoan-dinh-danh-muc-2']);
      },
    );
  });

  describe('a foreigner with a residence card', () => {
    it('flies with VNeID after getting level 2 at the immigration office', () => {
      const r = one(run(person('foreigner', 30, 'residence-card')), 'di-may-bay-bang-vneid');
      expect(r.verdict).toBe('after');
      expect(stepsEn(r)[0]).toContain('immigration office');
      expect(links(r)).toEqual(['tai-khoan-dinh-danh-muc-2']);
    });
    it('has the face check done in person at the bank', () => {
      const r = one(run(person('foreigner', 30, 'residence-card')), 'xac-thuc-sinh-trac-hoc-ngan-hang');
      expect(r.verdict).toBe('after');
      expect(stepsEn(r)[0]).toContain('in person at the branch');
    });
    it('is not offered the citizen-only benefits', () => {
      const ids = run(person('foreigner', 30, 'residence-card', 2)).map((r) => r.benefit);
      expect(ids).not.toContain('giay-to-tich-hop-vneid');
      expect(ids).not.toContain('ly-lich-tu-phap-vneid');
    });
  });

  describe('someone without a smartphone', () => {
    const noPhone = person('citizen', 70, 'cccd', 0, false);
    it.each(['giay-to-tich-hop-vneid', 'ly-lich-tu-phap-vneid', 'so-suc-khoe-dien-tu', 'di-may-bay-bang-vneid'])(
      '%s is not for them, because it runs in the VNeID app',
      (benefit) => {
        const r = one(run(noPhone), benefit);
        expect(r.verdict).toBe('not');
        expect(said(r)).toContain('Cách này cần điện thoại thông minh có ứng dụng VNeID');
      },
    );
    it('still flies with the ID card, as the flying result says', () => {
      expect(said(one(run(noPhone), 'di-may-bay-bang-vneid'))).toContain('vẫn bay được bằng thẻ căn cước');
    });
    it('uses health insurance with the chip card now', () => {
      expect(one(run(noPhone), 'bhyt-bang-cccd-vneid').verdict).toBe('now');
    });
    it('registers a face with the bank at a branch', () => {
      const r = one(run(noPhone), 'xac-thuc-sinh-trac-hoc-ngan-hang');
      expect(r.verdict).toBe('after');
      expect(steps(r)).toEqual(['Mang thẻ đến quầy ngân hàng để đăng ký khuôn mặt.']);
    });
  });

  it('the criminal-record certificate says it began as a pilot, and cites Directive 24/CT-TTg', () => {
    const r = one(run(person('citizen', 30, 'cccd', 2)), 'ly-lich-tu-phap-vneid');
    expect(said(r)).toContain('thí điểm');
    expect(saidEn(r)).toContain('1 October 2024 to 30 June 2025');
    expect(r.cites.map((c) => c.doc)).toEqual(['ct-24-2025-ttg']);
  });

  describe('health insurance: CCCD, VNeID level 2, VssID for children, or (not confirmed) the new thẻ căn cước', () => {
    it('opens with a level-2 account, and names both when the person has both', () => {
      expect(one(run(person('citizen', 30, 'none', 2)), 'bhyt-bang-cccd-vneid').verdict).toBe('now');
      expect(said(one(run(person('citizen', 30, 'cccd', 2)), 'bhyt-bang-cccd-vneid'))).toContain(
        'Bạn có: thẻ CCCD gắn chíp và tài khoản định danh điện tử mức độ 2 trên điện thoại thông minh.',
      );
    });
    it('with only a thẻ căn cước and level 1: level 2 is the sure way', () => {
      const r = one(run(person('citizen', 30, 'the-can-cuoc', 1)), 'bhyt-bang-cccd-vneid');
      expect(r.verdict).toBe('after');
      expect(steps(r)).toEqual([LEVEL_2_STEP.vi]);
    });
    it('is not confirmed with only a thẻ căn cước and no phone, and says the sources speak of the CCCD only', () => {
      const r = one(run(person('citizen', 30, 'the-can-cuoc', 1, false)), 'bhyt-bang-cccd-vneid');
      expect(r.verdict).toBe('unconfirmed');
      expect(said(r)).toContain('chỉ nói về thẻ CCCD gắn chíp');
    });
  });

  it('benefits that ask for nothing apply now to everyone in their audience', () => {
    for (const level of [0, 1, 2] as const) {
      expect(one(run(person('citizen', 3, 'none', level)), 'bo-so-ho-khau-giay').verdict).toBe('now');
      expect(one(run(person('foreigner', 40, 'none', level)), 'bao-ve-du-lieu-ca-nhan').verdict).toBe('now');
    }
  });

  it('the unsecured loan is unconfirmed whatever the answers', () => {
    for (const level of [0, 2] as const) {
      const r = one(run(person('citizen', 30, 'cccd', level)), 'vay-tin-chap-du-lieu-dan-cu');
      expect(r.verdict).toBe('unconfirmed');
      expect(said(r)).toContain('Chưa có nguồn nào xác nhận');
    }
  });

  it('organisations see their own rules as open now, with their notes', () => {
    const results = run({ who: 'organisation' });
    expect(one(results, 'phi-khai-thac-du-lieu-dan-cu')).toMatchObject({
      verdict: 'now',
      cites: [{ doc: 'tt-48-2022-btc' }],
    });
    const portal = one(results, 'mot-tai-khoan-dich-vu-cong');
    expect(portal.verdict).toBe('now');
    expect(said(portal)).toContain('30/06/2025');
    expect(said(portal)).toContain('Cần có: tài khoản định danh điện tử của tổ chức.');
    // Routes written for people do not shut an organisation out: its single account has no level to test.
    const withRoutes: UseRule = { ...RULES.uses[0], id: 'x', audience: ['organisation'] };
    const x = run({ who: 'organisation' }, { ...RULES, uses: [withRoutes] }).find((r) => r.rule === 'x')!;
    expect(x.verdict).toBe('now');
    expect(said(x)).toContain('Cần có: tài khoản định danh điện tử.');
  });

  it('needsOf joins the routes with "or", and is empty for rules that ask nothing', () => {
    const bhyt = RULES.uses.find((u) => u.id === 'bhyt')!;
    expect(needsOf(bhyt, RULES.phrases)?.en).toContain('a chip CCCD card; or a level-2 electronic identity account');
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
    const reached = new Set([...Object.values(LEVEL_BENEFITS), ...RULES.uses.map((u) => u.benefit)]);
    const missing = concrete.filter((id) => !reached.has(id));
    expect(
      missing.map(
        (id) =>
          `content/benefits/${id}.yaml has no rule: add { id, benefit: '${id}', audience, routes, says, cites } to ELIGIBILITY_RULES.uses in src/lib/eligibility-rules.ts`,
      ),
    ).toEqual([]);
  });

  it('link every step to a guide that exists', () => {
    const docs = join(root, 'docs');
    const all = [
      ...RULES.uses.flatMap((u) => u.routes.flatMap((r) => (r.step ? [r.step] : []))),
      RULES.getCard.under14,
      RULES.getCard.adult,
    ];
    for (const step of all) {
      if (step.guide) expect(existsSync(join(docs, `${step.guide}.mdx`)), step.guide).toBe(true);
      if (step.benefit) expect(ids('benefits'), step.benefit).toContain(step.benefit);
    }
    // The level-2 step links the level-2 benefit's own guide: it must have one.
    expect(benefit(LEVEL_BENEFITS[2]).guide, `${LEVEL_BENEFITS[2]}.yaml needs a guide`).toMatch(/^huong-dan\//);
  });

  it('have unique ids', () => {
    const all = [...RULES.accounts, ...RULES.uses].map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
  });
});
