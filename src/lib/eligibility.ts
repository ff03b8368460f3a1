// "What can I use?": which benefits apply to a person, and why. The rules are data
// (eligibility-rules.ts); this file only applies them, so the question page, its no-JavaScript
// table and the tests all read the same rules. Pure: no DOM, no content layer.
import type { Bilingual } from './schemas.ts';

export type Who = 'citizen' | 'foreigner' | 'organisation';
/** The identity or residence card a person holds. Citizens: CCCD or thẻ căn cước; foreigners: a
 *  Vietnamese permanent or temporary residence card. */
export type Card = 'cccd' | 'the-can-cuoc' | 'residence-card' | 'none';
/** The electronic identity account a person holds now: none, level 1 or level 2. */
type AccountLevel = 0 | 1 | 2;

export type Answers =
  { who: 'organisation' } | { who: 'citizen' | 'foreigner'; age: number; card: Card; level: AccountLevel };

export type Grant = 'yes' | 'on-request' | 'no';
export type Status = 'yes' | 'on-request' | 'unconfirmed' | 'no';

/** A registry document, and the part of it the rule comes from. */
export interface Citation {
  doc: string;
  part?: Bilingual;
}

/** One case of Decree 69/2024, Article 7: who may hold which account level. */
interface AccountRule {
  id: string;
  who: Who;
  /** Inclusive lower bound of the age band, in whole years. */
  minAge?: number;
  /** Exclusive upper bound of the age band. */
  maxAge?: number;
  /** The person must hold one of these; absent when the rule asks for no card. */
  cards?: Card[];
  /** Absent for organisations, whose single account has no level. */
  level1?: Grant;
  level2?: Grant;
  /** Organisations: one account without levels. */
  single?: boolean;
  /** The group, in plain words ("Công dân từ 14 tuổi trở lên"). */
  label: Bilingual;
  /** What the group must hold, in plain words (lower case: it follows "Cần có:"). */
  needs?: Bilingual;
  /** The rule as one plain sentence: the first reason shown for it. */
  says: Bilingual;
  /** false: the sources do not settle this case, so a grant shows as not confirmed. */
  confirmed?: boolean;
  note?: Bilingual;
  cites: Citation[];
}

/** One way to reach a benefit; a benefit is open when any one of its routes is. */
interface Route {
  id: string;
  /** 'level-2': the sources say level 2 is needed. 'level-unknown': an account is needed, but the
   *  sources do not say whether level 1 is enough. */
  account?: 'level-2' | 'level-unknown';
  cards?: Card[];
  /** false: no source confirms this route. */
  confirmed?: boolean;
  needs: Bilingual;
  note?: Bilingual;
}

export interface UseRule {
  id: string;
  /** The benefit entry this rule opens (content/benefits/<id>.yaml). */
  benefit: string;
  audience: Who[];
  /** Any one route is enough; none at all means nothing is needed. */
  routes: Route[];
  /** false: no source confirms that the benefit exists in practice. */
  confirmed?: boolean;
  says: Bilingual;
  note?: Bilingual;
  cites: Citation[];
}

/** Connecting words, kept with the rules so that every sentence the helper shows is data. */
interface Phrases {
  youHave: Bilingual;
  youNeed: Bilingual;
  or: Bilingual;
  and: Bilingual;
  missingCard: Bilingual;
  noAccountRule: Bilingual;
  levelUnknown: Bilingual;
  /** The same, for the rules table, where nobody's answers are known. */
  levelUnknownShort: Bilingual;
  unconfirmedBenefit: Bilingual;
  held: Bilingual;
}

export interface RuleSet {
  accounts: AccountRule[];
  uses: UseRule[];
  phrases: Phrases;
}

export interface Result {
  /** The benefit entry the result is about. */
  benefit: string;
  /** The rule that decided it (an account rule id or a use rule id). */
  rule: string;
  status: Status;
  /** Why, as sentences in both languages. */
  reason: Bilingual[];
  cites: Citation[];
  /** For accounts: the person already holds this level. */
  held?: boolean;
}

export const LEVEL_BENEFITS = { 1: 'tai-khoan-dinh-danh-muc-1', 2: 'tai-khoan-dinh-danh-muc-2' } as const;
/** B3 covers the organisation's single account; there is no concrete benefit entry for it. */
export const ORGANISATION_ACCOUNT_BENEFIT = 'b3';

const RANK: Record<Status, number> = { yes: 3, 'on-request': 2, unconfirmed: 1, no: 0 };

function inBand(rule: { minAge?: number; maxAge?: number }, age: number): boolean {
  return (rule.minAge === undefined || age >= rule.minAge) && (rule.maxAge === undefined || age < rule.maxAge);
}

function join(parts: Bilingual[], separator: Bilingual): Bilingual {
  return {
    vi: parts.map((p) => p.vi).join(separator.vi),
    en: parts.map((p) => p.en).join(separator.en),
  };
}

function sentence(head: Bilingual, body: Bilingual): Bilingual {
  return { vi: `${head.vi} ${body.vi}.`, en: `${head.en} ${body.en}.` };
}

/** What a use rule asks for, in words: its routes joined by "or"; undefined when it asks nothing. */
export function needsOf(rule: UseRule, phrases: Phrases): Bilingual | undefined {
  return rule.routes.length
    ? join(
        rule.routes.map((r) => r.needs),
        phrases.or,
      )
    : undefined;
}

function accountResults(answers: Answers, rules: RuleSet): Result[] {
  const { accounts, phrases } = rules;
  if (answers.who === 'organisation') {
    const rule = accounts.find((r) => r.who === 'organisation' && r.single);
    if (!rule) return [];
    return [
      { benefit: ORGANISATION_ACCOUNT_BENEFIT, rule: rule.id, status: 'yes', reason: [rule.says], cites: rule.cites },
    ];
  }
  const candidates = accounts.filter((r) => r.who === answers.who && inBand(r, answers.age));
  const match = candidates.find((r) => !r.cards || r.cards.includes(answers.card));
  return ([1, 2] as const).map((level) => {
    const base = { benefit: LEVEL_BENEFITS[level], held: answers.level >= level };
    if (!match) {
      // Same group and age, but without the card the rule asks for: name the card.
      const near = candidates[0];
      if (near) {
        const reason = [near.says, ...(near.needs ? [sentence(phrases.youNeed, near.needs)] : []), phrases.missingCard];
        return { ...base, rule: near.id, status: 'no' as const, reason, cites: near.cites };
      }
      return {
        ...base,
        rule: 'none',
        status: 'no' as const,
        reason: [phrases.noAccountRule],
        cites: accounts[0]?.cites ?? [],
      };
    }
    const grant = (level === 1 ? match.level1 : match.level2) ?? 'no';
    const status: Status = grant !== 'no' && match.confirmed === false ? 'unconfirmed' : grant;
    const reason = [match.says, ...(match.note ? [match.note] : []), ...(base.held ? [phrases.held] : [])];
    return { ...base, rule: match.id, status, reason, cites: match.cites };
  });
}

function routeStatus(route: Route, answers: Extract<Answers, { age: number }>): Status {
  if (route.cards && !route.cards.includes(answers.card)) return 'no';
  if (route.account === 'level-2' && answers.level < 2) return 'no';
  if (route.account === 'level-unknown' && answers.level === 0) return 'no';
  if (route.account === 'level-unknown' && answers.level === 1) return 'unconfirmed';
  return route.confirmed === false ? 'unconfirmed' : 'yes';
}

function useResult(rule: UseRule, answers: Answers, phrases: Phrases): Result {
  const done = (status: Status, reason: Bilingual[]): Result => ({
    benefit: rule.benefit,
    rule: rule.id,
    status,
    reason: [rule.says, ...reason, ...(rule.note ? [rule.note] : [])],
    cites: rule.cites,
  });
  if (rule.confirmed === false) return done('unconfirmed', [phrases.unconfirmedBenefit]);
  if (rule.routes.length === 0) return done('yes', []);
  // An organisation holds one account without levels, and the helper asks it nothing more: say
  // what it needs rather than test it.
  if (answers.who === 'organisation') return done('yes', [sentence(phrases.youNeed, needsOf(rule, phrases)!)]);
  const scored = rule.routes.map((route) => ({ route, status: routeStatus(route, answers) }));
  const best = scored.reduce((a, b) => (RANK[b.status] > RANK[a.status] ? b : a));
  if (best.status === 'no') return done('no', [sentence(phrases.youNeed, needsOf(rule, phrases)!)]);
  const open = scored.filter((s) => s.status === best.status).map((s) => s.route);
  const why: Bilingual[] = [];
  if (best.status === 'yes')
    why.push(
      sentence(
        phrases.youHave,
        join(
          open.map((r) => r.needs),
          phrases.and,
        ),
      ),
    );
  else {
    for (const route of open) {
      if (route.account === 'level-unknown') why.push(phrases.levelUnknown);
      if (route.note) why.push(route.note);
    }
  }
  return done(best.status, why);
}

/** The benefits that apply to the person described by the answers, each with its status, the
 *  reason in plain words and the registry documents behind it: accounts first (Decree 69/2024,
 *  Article 7), then the benefits those accounts and cards open, in the order of the rules. */
export function eligibleBenefits(answers: Answers, rules: RuleSet): Result[] {
  const uses = rules.uses
    .filter((r) => r.audience.includes(answers.who))
    .map((r) => useResult(r, answers, rules.phrases));
  return [...accountResults(answers, rules), ...uses];
}
