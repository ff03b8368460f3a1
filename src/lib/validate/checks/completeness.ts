// Completeness: the site covers every key of the slide; every task has someone responsible;
// every benefit and infrastructure item has a legal basis; every former province hands its
// duties to exactly one current one, each function to one successor, with no gap in time; every
// page exists in both languages.
import type { Context } from '../context.ts';
import { at } from '../context.ts';
import { draft, type Draft } from '../types.ts';
import { LANGUAGE_NAMES } from '../messages.ts';
import type { YamlFile } from '../load.ts';
import { addDays } from '../../dates.ts';
import { SEED_BENEFITS, SEED_TASKS, keyToId } from '../../seed.ts';
import { currentSuccessors, benefitsOfItem } from '../../graph.ts';
import { pageKey, localeOfDocId } from '../../routes.ts';

/** Whether an entry that failed to load may be the one that would have satisfied a check. */
function mayBeIn(broken: Iterable<YamlFile>, collection: string, test: (data: any) => boolean): boolean {
  for (const file of broken) {
    if (file.collection !== collection) continue;
    if (file.data === undefined || (typeof file.data === 'object' && test(file.data))) return true;
  }
  return false;
}

export function checkCompleteness(ctx: Context): Draft[] {
  const findings: Draft[] = [];
  const broken = [...ctx.broken.values()];
  const present = (collection: 'tasks' | 'benefits') =>
    new Set(ctx.tree.entries.filter((f) => f.collection === collection).map((f) => f.id));
  const tasks = present('tasks');
  for (const key of SEED_TASKS)
    if (!tasks.has(key)) findings.push(draft('content/tasks/', 0, 0, 'error', 'missing-entry.task', { key }));
  const benefits = present('benefits');
  for (const key of SEED_BENEFITS)
    if (!benefits.has(key)) findings.push(draft('content/benefits/', 0, 0, 'error', 'missing-entry.benefit', { key }));

  for (const task of ctx.graph.content.tasks) {
    const file = ctx.files.get(`tasks/${task.id}`)!;
    if (task.data.key !== undefined && keyToId(task.data.key) !== task.id)
      findings.push(
        at(file, ['key'], 'error', 'key-mismatch', { key: task.data.key, id: task.id, file: keyToId(task.data.key) }),
      );
    if (task.data.assigned.length === 0)
      findings.push(at(file, ['assigned'], 'error', 'no-agency', {}, undefined, true));
    if (task.data.pillar === 'ha-tang' && task.data.legalBasis.length === 0)
      findings.push(at(file, ['legalBasis'], 'error', 'no-legal-basis.task', {}, undefined, true));
  }
  for (const benefit of ctx.graph.content.benefits) {
    const file = ctx.files.get(`benefits/${benefit.id}`)!;
    if (benefit.data.legalBasis.length === 0)
      findings.push(at(file, ['legalBasis'], 'error', 'no-legal-basis.benefit', {}, undefined, true));
    if (
      benefit.data.key &&
      benefitsOfItem(ctx.graph, benefit.id).length === 0 &&
      !mayBeIn(broken, 'benefits', (d) => Array.isArray(d.pillarItems) && d.pillarItems.includes(benefit.id))
    )
      findings.push(at(file, ['key'], 'error', 'no-concrete-benefit', { key: benefit.data.key, id: benefit.id }));
    if (!benefit.data.key && benefit.data.pillarItems.length === 0)
      findings.push(at(file, ['pillarItems'], 'error', 'no-pillar-item', {}, undefined, true));
  }

  const takesOver = (id: string) => (d: any) =>
    Array.isArray(d.successorOf) && d.successorOf.some((s: any) => s && s.id === id);
  // The day after the last recorded change: who carries each former unit's duties now.
  const provinces = ctx.graph.content.agencies.filter(
    (a) => (a.data.kind === 'tinh' || a.data.kind === 'thanh-pho') && a.data.active.until,
  );
  for (const p of provinces) {
    if (mayBeIn(broken, 'agencies', takesOver(p.id))) continue;
    const file = ctx.files.get(`agencies/${p.id}`)!;
    const after = addDays(p.data.active.until!, 1);
    const now = currentSuccessors(ctx.graph, p.id, after > ctx.asOf ? after : ctx.asOf);
    if (now.length !== 1)
      findings.push(
        now.length === 0
          ? at(file, ['active', 'until'], 'error', 'successor.none', { until: p.data.active.until! })
          : at(file, ['active', 'until'], 'error', 'successor.many', { count: now.length, ids: now.join(', ') }),
      );
  }

  // Each function of a former unit passes to one successor, from the day after it ends.
  for (const former of ctx.graph.content.agencies) {
    const until = former.data.active.until;
    if (!until) continue;
    const next = addDays(until, 1);
    const byFunction = new Map<string, string>();
    let rest: string | undefined;
    for (const successor of ctx.graph.content.agencies) {
      successor.data.successorOf.forEach((s, i) => {
        if (s.id !== former.id) return;
        const file = ctx.files.get(`agencies/${successor.id}`)!;
        const base = { id: former.id, first: '', second: successor.id };
        if (s.functions.length === 0) {
          if (rest) findings.push(at(file, ['successorOf', i], 'error', 'successor.rest', { ...base, first: rest }));
          rest ??= successor.id;
        }
        s.functions.forEach((fn, j) => {
          const first = byFunction.get(fn);
          if (first)
            findings.push(
              at(file, ['successorOf', i, 'functions', j], 'error', 'successor.function', {
                ...base,
                first,
                function: fn,
              }),
            );
          else byFunction.set(fn, successor.id);
        });
        const from = successor.data.active.from;
        const gap = { id: former.id, until, successor: successor.id, next };
        if (s.date > next)
          findings.push(at(file, ['successorOf', i, 'date'], 'error', 'successor.gap', { ...gap, from: s.date }));
        else if (from && from > next)
          findings.push(at(file, ['active', 'from'], 'error', 'successor.gap', { ...gap, from }));
      });
    }
  }

  const byKey = new Map<string, Set<string>>();
  for (const page of ctx.pages) {
    const key = pageKey(page.id);
    const set = byKey.get(key) ?? new Set();
    set.add(localeOfDocId(page.id));
    byKey.set(key, set);
  }
  for (const page of ctx.pages) {
    const locales = byKey.get(pageKey(page.id))!;
    const own = localeOfDocId(page.id);
    const other = own === 'vi' ? 'en' : 'vi';
    if (!locales.has(other)) {
      const twin = other === 'en' ? `content/docs/en/${page.id}` : `content/docs/${pageKey(page.id)}`;
      findings.push(draft(page.file, 1, 1, 'error', 'missing-translation', { language: LANGUAGE_NAMES[other], twin }));
    }
  }
  return findings;
}
