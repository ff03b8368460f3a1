// Facts the site must get right, pinned against the real content.
import { describe, expect, it } from 'vitest';
import { realContent } from '../../test/real-content.ts';
import { currentSuccessors, membersOf, statusOf, tasksOf } from './graph.ts';

const { graph } = await realContent();

describe('document status in the registry', () => {
  it('ends NĐ 59/2022 on 1 July 2024, replaced by NĐ 69/2024', () => {
    expect(statusOf(graph, 'nd-59-2022', '2024-06-30').status).toBe('con-hieu-luc');
    expect(statusOf(graph, 'nd-59-2022', '2024-07-01')).toMatchObject({ status: 'het-hieu-luc', by: 'nd-69-2024' });
    expect(statusOf(graph, 'nd-69-2024', '2024-07-01').status).toBe('con-hieu-luc');
  });
  it('ends NĐ 13/2023 on 1 January 2026, replaced by NĐ 356/2025', () => {
    expect(statusOf(graph, 'nd-13-2023', '2025-12-31').status).toBe('con-hieu-luc');
    expect(statusOf(graph, 'nd-13-2023', '2026-01-01')).toMatchObject({ status: 'het-hieu-luc', by: 'nd-356-2025' });
  });
  it('replaces the 2014 Citizen Identity Law with the 2023 Identity Law on 1 July 2024', () => {
    expect(statusOf(graph, 'luat-can-cuoc-cong-dan-2014', '2024-07-01')).toMatchObject({ status: 'het-hieu-luc', by: 'luat-26-2023-qh15' });
  });
});

describe('the 2025 reorganisation', () => {
  it.each([
    ['ha-giang', 'tuyen-quang'],
    ['quang-nam', 'da-nang'],
    ['bo-thong-tin-va-truyen-thong', 'bo-khoa-hoc-va-cong-nghe'],
  ])('hands the duties of %s to %s', (from, to) => {
    expect(currentSuccessors(graph, from, '2026-01-01')).toEqual([to]);
  });

  it('has 63 provincial units before 1 July 2025 and 34 after, derived from the group', () => {
    expect(membersOf(graph, 'ubnd-cap-tinh', '2025-06-30')).toHaveLength(63);
    expect(membersOf(graph, 'ubnd-cap-tinh', '2025-07-01')).toHaveLength(34);
  });

  it('resolves every former province to exactly one current one', () => {
    const former = graph.content.agencies.filter((a) => ['tinh', 'thanh-pho'].includes(a.data.kind) && a.data.active.until);
    expect(former.length).toBeGreaterThan(0);
    for (const p of former) expect(currentSuccessors(graph, p.id, '2026-01-01'), p.id).toHaveLength(1);
  });

  it('gives a province the legal tasks 2, 4 and 5 through the provincial group', () => {
    const tasks = tasksOf(graph, 'ha-noi').map((a) => a.task.id);
    expect(tasks).toEqual(expect.arrayContaining(['l2', 'l4', 'l5']));
    expect(tasks).not.toContain('l1');
  });
});
