// Completeness: the site covers every key of the slide; every task has someone responsible;
// every benefit and infrastructure item has a legal basis; every former province hands its
// duties to exactly one current one; every page exists in both languages.
import type { Context } from '../context.ts';
import { at } from '../context.ts';
import type { Finding } from '../types.ts';
import { SEED_BENEFITS, SEED_TASKS, keyToId } from '../../seed.ts';
import { currentSuccessors, benefitsOfItem } from '../../graph.ts';
import { pageKey, localeOfDocId } from '../../routes.ts';

export function checkCompleteness(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  const folderFinding = (folder: string, message: string, hint: string): Finding => ({
    file: `content/${folder}/`,
    line: 0,
    column: 0,
    severity: 'error',
    code: 'missing-entry',
    message,
    hint,
  });
  const present = (collection: 'tasks' | 'benefits') =>
    new Set(ctx.tree.entries.filter((f) => f.collection === collection).map((f) => f.id));
  const tasks = present('tasks');
  for (const key of SEED_TASKS)
    if (!tasks.has(key))
      findings.push(folderFinding('tasks', `the slide's task "${key}" has no entry`, `add content/tasks/${key}.yaml`));
  const benefits = present('benefits');
  for (const key of SEED_BENEFITS)
    if (!benefits.has(key))
      findings.push(
        folderFinding('benefits', `the slide's benefit "${key}" has no entry`, `add content/benefits/${key}.yaml`),
      );

  for (const task of ctx.graph.content.tasks) {
    const file = ctx.files.get(`tasks/${task.id}`)!;
    if (task.data.key !== undefined && keyToId(task.data.key) !== task.id) {
      findings.push(
        at(
          file,
          ['key'],
          'error',
          'key-mismatch',
          `the key "${task.data.key}" does not match the file name "${task.id}"`,
          `the file for ${task.data.key} is ${keyToId(task.data.key)}.yaml`,
        ),
      );
    }
    if (task.data.assigned.length === 0) {
      findings.push(
        at(
          file,
          ['assigned'],
          'error',
          'no-agency',
          'the task has no responsible agency',
          'add under "assigned:" an item with "agency:" (an agency id) and "role:" (chu-tri, phoi-hop or thuc-hien)',
          true,
        ),
      );
    }
    if (task.data.pillar === 'ha-tang' && task.data.legalBasis.length === 0) {
      findings.push(
        at(
          file,
          ['legalBasis'],
          'error',
          'no-legal-basis',
          'the infrastructure item cites no document of the registry',
          'add under "legalBasis:" at least one document id (for example cv-1552-btttt-thh)',
          true,
        ),
      );
    }
  }
  for (const benefit of ctx.graph.content.benefits) {
    const file = ctx.files.get(`benefits/${benefit.id}`)!;
    if (benefit.data.legalBasis.length === 0) {
      findings.push(
        at(
          file,
          ['legalBasis'],
          'error',
          'no-legal-basis',
          'the benefit cites no legal basis',
          'add under "legalBasis:" at least one document id',
          true,
        ),
      );
    }
    if (benefit.data.key && benefitsOfItem(ctx.graph, benefit.id).length === 0) {
      findings.push(
        at(
          file,
          ['key'],
          'error',
          'no-concrete-benefit',
          `no concrete benefit belongs to ${benefit.data.key}`,
          `list "${benefit.id}" under "pillarItems:" of at least one concrete benefit`,
        ),
      );
    }
    if (!benefit.data.key && benefit.data.pillarItems.length === 0) {
      findings.push(
        at(
          file,
          ['pillarItems'],
          'error',
          'no-pillar-item',
          'the concrete benefit belongs to none of the slide items b1–b5',
          'add under "pillarItems:" the slide item(s) it delivers',
          true,
        ),
      );
    }
  }

  // The day after the last recorded change: who carries each former unit's duties now.
  const provinces = ctx.graph.content.agencies.filter(
    (a) => (a.data.kind === 'tinh' || a.data.kind === 'thanh-pho') && a.data.active.until,
  );
  for (const p of provinces) {
    const file = ctx.files.get(`agencies/${p.id}`)!;
    const after = new Date(Date.parse(`${p.data.active.until}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const now = currentSuccessors(ctx.graph, p.id, after > ctx.asOf ? after : ctx.asOf);
    if (now.length !== 1) {
      findings.push(
        at(
          file,
          ['active', 'until'],
          'error',
          'successor',
          now.length === 0
            ? `the former unit ends on ${p.data.active.until} but no current unit takes over its duties`
            : `the former unit resolves to ${now.length} current units (${now.join(', ')}); it must resolve to exactly one`,
          'list it under "successorOf:" of the one unit formed from it',
        ),
      );
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
      findings.push({
        file: page.file,
        line: 1,
        column: 1,
        severity: 'error',
        code: 'missing-translation',
        message: `the page has no ${other === 'en' ? 'English' : 'Vietnamese'} twin`,
        hint: `add ${twin}.mdx`,
      });
    }
  }
  return findings;
}
