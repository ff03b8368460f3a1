// "What can I use?": for each benefit, what a person does next: use it now, use it after a step
// (getting a card, a level-2 account, registering a face), or not, and why. The rules are data
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
  | { who: 'organisation' }
  | {
      who: 'citizen' | 'foreigner';
      age: number;
      card: Card;
      level: AccountLevel;
      /** Has a smartphone that can run the VNeID app. */
      phone: boolean;
    };
type Person = Extract<Answers, { age: number }>;

export type Grant = 'yes' | 'on-request' | 'no';
/** What the reader is told for a benefit: use it now, use it after the steps shown, not confirmed
 *  by any source, or not for them (and why). */
export type Verdict = 'now' | 'after' | 'unconfirmed' | 'not';

/** A registry document, and the part of it the rule comes from. */
export interface Citation {
  doc: string;
  part?: Bilingual;
}

/** One thing the reader does before a benefit opens. */
export interface Step {
  text: Bilingual;
  /** A benefit whose everyday guide (its `guide` field) explains this step. */
  benefit?: string;
  /** An everyday guide (huong-dan/<slug>), for a step no benefit stands for, such as getting a card. */
  guide?: string;
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
  /** How a person of this group asks for each level; absent: the sources do not say. */
  request?: Partial<Record<1 | 2, Bilingual>>;
  /** false: the sources do not settle this case, so a grant shows as not confirmed. */
  confirmed?: boolean;
  note?: Bilingual;
  cites: Citation[];
}

/** One way to reach a benefit; the reader is shown the route with the fewest steps. */
interface Route {
  id: string;
  /** Only for this kind of person. */
  who?: Who;
  /** Age band of the route, as in AccountRule. */
  minAge?: number;
  maxAge?: number;
  /** 'level-2': the sources say level 2 is needed. 'level-unknown': an account is needed, but the
   *  sources do not say whether level 1 is enough. */
  account?: 'level-2' | 'level-unknown';
  cards?: Card[];
  /** The route runs in an app on the person's own smartphone. */
  phone?: boolean;
  /** Something the person does on this route even when they hold everything it needs. */
  step?: Step;
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
  /** The same, for the rules table and for people without an account. */
  levelUnknownShort: Bilingual;
  unconfirmedBenefit: Bilingual;
  held: Bilingual;
  /** A route runs in an app, and the person has no smartphone. */
  noPhone: Bilingual;
  /** Getting an account without a smartphone. */
  activateWithoutPhone: Bilingual;
  /** No source says how this group asks for an account. */
  requestUnknown: Bilingual;
}

/** The card a citizen without one can get, and the step that gets it, by age. */
interface CardSteps {
  card: Card;
  under14: Step;
  adult: Step;
}

export interface RuleSet {
  accounts: AccountRule[];
  uses: UseRule[];
  getCard: CardSteps;
  phrases: Phrases;
}

export interface Result {
  /** The benefit entry the result is about. */
  benefit: string;
  /** The rule that decided it (an account rule id or a use rule id). */
  rule: string;
  verdict: Verdict;
  /** What to do first, in order; empty unless the verdict is 'after' (or a step is not confirmed). */
  steps: Step[];
  /** Why, as sentences in both languages. */
  reason: Bilingual[];
  cites: Citation[];
  /** For accounts: the person already holds this level. */
  held?: boolean;
}

export const LEVEL_BENEFITS = { 1: 'tai-khoan-dinh-danh-muc-1', 2: 'tai-khoan-dinh-danh-muc-2' } as const;
/** B3 covers the organisation's single account; there is no concrete benefit entry for it. */
export const ORGANISATION_ACCOUNT_BENEFIT = 'b3';

const RANK: Record<Verdict, number> = { now: 3, after: 2, unconfirmed: 1, not: 0 };

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

const unique = <T>(items: T[]) => [...new Set(items)];

/** What a use rule asks for, in words: its routes joined by "or"; undefined when it asks nothing. */
export function needsOf(rule: UseRule, phrases: Phrases): Bilingual | undefined {
  return rule.routes.length
    ? join(
        rule.routes.map((r) => r.needs),
        phrases.or,
      )
    : undefined;
}

/** The Article 7 case that gives this person an account, or the one of their age that would with
 *  another card. */
function accountRule(person: Person, rules: RuleSet) {
  const candidates = rules.accounts.filter((r) => r.who === person.who && inBand(r, person.age));
  return { match: candidates.find((r) => !r.cards || r.cards.includes(person.card)), near: candidates[0] };
}

/** The card step, when the person is a citizen who can get a card. */
function cardStep(person: Person, rules: RuleSet): { card: Card; step: Step } | undefined {
  if (person.who !== 'citizen') return undefined;
  const { card, under14, adult } = rules.getCard;
  return { card, step: person.age < 14 ? under14 : adult };
}

/** How the person gets an account of this level; undefined when Article 7 gives them none. */
function levelStep(person: Person, rules: RuleSet, level: 1 | 2): Step | undefined {
  const { match } = accountRule(person, rules);
  const grant = level === 1 ? match?.level1 : match?.level2;
  if (!match || !grant || grant === 'no') return undefined;
  return { text: match.request?.[level] ?? rules.phrases.requestUnknown, benefit: LEVEL_BENEFITS[level] };
}

/** The steps to an account of this level: the account, or a card and then the account. */
function accountSteps(person: Person, rules: RuleSet, level: 1 | 2): Step[] | undefined {
  const direct = levelStep(person, rules, level);
  if (direct) return [direct];
  const card = cardStep(person, rules);
  const then = card && card.card !== person.card && levelStep({ ...person, card: card.card }, rules, level);
  return then ? [card.step, then] : undefined;
}

/** Why Article 7 gives this person no level-2 account. */
function noLevel2(person: Person, rules: RuleSet): Bilingual {
  const { match, near } = accountRule(person, rules);
  return (match ?? near)?.says ?? rules.phrases.noAccountRule;
}

function accountResults(answers: Answers, rules: RuleSet): Result[] {
  const { accounts, phrases } = rules;
  if (answers.who === 'organisation') {
    const rule = accounts.find((r) => r.who === 'organisation' && r.single);
    if (!rule) return [];
    return [
      {
        benefit: ORGANISATION_ACCOUNT_BENEFIT,
        rule: rule.id,
        verdict: 'now',
        steps: [],
        reason: [rule.says],
        cites: rule.cites,
      },
    ];
  }
  const { match, near } = accountRule(answers, rules);
  const noPhone = answers.phone ? [] : [phrases.activateWithoutPhone];
  return ([1, 2] as const).map((level): Result => {
    const base = { benefit: LEVEL_BENEFITS[level], held: answers.level >= level };
    if (!match) {
      // Same group and age, but without the card the rule asks for: a citizen gets the card first.
      const steps = accountSteps(answers, rules, level);
      if (near) {
        const reason = [near.says, ...(near.needs ? [sentence(phrases.youNeed, near.needs)] : []), phrases.missingCard];
        if (steps)
          return {
            ...base,
            rule: near.id,
            verdict: 'after',
            steps,
            reason: [...reason, ...noPhone],
            cites: near.cites,
          };
        return { ...base, rule: near.id, verdict: 'not', steps: [], reason, cites: near.cites };
      }
      const cites = accounts[0]?.cites ?? [];
      return { ...base, rule: 'none', verdict: 'not', steps: [], reason: [phrases.noAccountRule], cites };
    }
    const done = (verdict: Verdict, steps: Step[], extra: Bilingual[] = []): Result => ({
      ...base,
      rule: match.id,
      verdict,
      steps,
      reason: [match.says, ...(match.note ? [match.note] : []), ...extra],
      cites: match.cites,
    });
    if (base.held) return done('now', [], [phrases.held]);
    const step = levelStep(answers, rules, level);
    if (!step) return done('not', []);
    return done(match.confirmed === false ? 'unconfirmed' : 'after', [step], noPhone);
  });
}

interface Path {
  route: Route;
  verdict: Verdict;
  steps: Step[];
  why: Bilingual[];
}

/** Where one route leaves this person: open now, open after steps, or shut and why. */
function routePath(route: Route, person: Person, rules: RuleSet): Path {
  const { phrases } = rules;
  const shut = (why: Bilingual[] = []): Path => ({ route, verdict: 'not', steps: [], why });
  if ((route.who && route.who !== person.who) || !inBand(route, person.age)) return shut();
  if (route.phone && !person.phone) return shut([phrases.noPhone]);
  const steps: Step[] = [];
  const why: Bilingual[] = [];
  let holder = person;
  if (route.cards && !route.cards.includes(person.card)) {
    const card = cardStep(person, rules);
    if (!card || !route.cards.includes(card.card)) return shut();
    steps.push(card.step);
    holder = { ...person, card: card.card };
  }
  let unsure = route.confirmed === false;
  if (route.account && person.level < 2) {
    const level2 = accountSteps(holder, rules, 2);
    const level1 = person.level === 0 ? accountSteps(holder, rules, 1) : [];
    if (level2) {
      steps.push(...level2);
      if (!person.phone) why.push(phrases.activateWithoutPhone);
      if (route.account === 'level-unknown')
        why.push(person.level === 1 ? phrases.levelUnknown : phrases.levelUnknownShort);
    } else if (route.account === 'level-unknown' && level1) {
      // Level 2 is shut to this person; level 1 might be enough, but no source says so.
      steps.push(...level1);
      why.push(person.level === 1 ? phrases.levelUnknown : phrases.levelUnknownShort);
      unsure = true;
    } else return shut([noLevel2(holder, rules)]);
  }
  if (route.step) steps.push(route.step);
  if (route.note) why.push(route.note);
  return { route, verdict: unsure ? 'unconfirmed' : steps.length ? 'after' : 'now', steps, why };
}

function useResult(rule: UseRule, answers: Answers, rules: RuleSet): Result {
  const { phrases } = rules;
  const done = (verdict: Verdict, reason: Bilingual[], steps: Step[] = []): Result => ({
    benefit: rule.benefit,
    rule: rule.id,
    verdict,
    steps,
    reason: [rule.says, ...reason, ...(rule.note ? [rule.note] : [])],
    cites: rule.cites,
  });
  if (rule.confirmed === false) return done('unconfirmed', [phrases.unconfirmedBenefit]);
  if (rule.routes.length === 0) return done('now', []);
  // An organisation holds one account without levels, and the helper asks it nothing more: say
  // what it needs rather than test it.
  if (answers.who === 'organisation') return done('now', [sentence(phrases.youNeed, needsOf(rule, phrases)!)]);
  const paths = rule.routes.map((route) => routePath(route, answers, rules));
  const best = paths.reduce((a, b) =>
    RANK[b.verdict] > RANK[a.verdict] || (RANK[b.verdict] === RANK[a.verdict] && b.steps.length < a.steps.length)
      ? b
      : a,
  );
  if (best.verdict === 'not') {
    // Name the ways meant for someone like the reader (a child's route is no news to an adult).
    const theirs = rule.routes.filter((r) => (!r.who || r.who === answers.who) && inBand(r, answers.age));
    const needs = needsOf({ ...rule, routes: theirs.length ? theirs : rule.routes }, phrases)!;
    return done('not', [sentence(phrases.youNeed, needs), ...unique(paths.flatMap((p) => p.why))]);
  }
  if (best.verdict === 'now') {
    const open = paths.filter((p) => p.verdict === 'now').map((p) => p.route.needs);
    return done('now', [sentence(phrases.youHave, join(open, phrases.and)), ...best.why]);
  }
  return done(best.verdict, [sentence(phrases.youNeed, best.route.needs), ...best.why], best.steps);
}

/** For each benefit open to the kind of person described by the answers: the verdict, the steps
 *  to take first, the reason in plain words and the registry documents behind it: accounts first
 *  (Decree 69/2024, Article 7), then the benefits those accounts and cards open, in rule order. */
export function eligibleBenefits(answers: Answers, rules: RuleSet): Result[] {
  const uses = rules.uses.filter((r) => r.audience.includes(answers.who)).map((r) => useResult(r, answers, rules));
  return [...accountResults(answers, rules), ...uses];
}
