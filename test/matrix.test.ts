// What a reader sees on the built pages about who must do what: the responsibility matrix, the
// working-group page, and the agency pages that say who carries a merged unit's tasks on.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { HTMLElement } from 'node-html-parser';
import { ROOT, SITE_AS_OF, page, text } from './site.ts';
import { realContent } from './real-content.ts';
import { currentSuccessors, tasksOf } from '../src/lib/graph.ts';

const { graph } = realContent();
import { taskColumns } from '../src/lib/matrix.ts';
import { isSlideTask } from '../src/lib/schemas.ts';

const agencies = readdirSync(join(ROOT, 'content', 'agencies'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.slice(0, -5), data: parseYaml(readFileSync(join(ROOT, 'content', 'agencies', f), 'utf8')) }));
const provinces = agencies.filter((a) => a.data.kind === 'tinh' || a.data.kind === 'thanh-pho');
const formerProvinces = provinces.filter((a) => a.data.active?.until);
const newProvinces = provinces.filter((a) => a.data.active?.from);

/** The matrix row of an agency as { task key → cell text as a screen reader reads it }. */
function matrixRow(doc: HTMLElement, agencyId: string): Record<string, string> {
  const table = doc.querySelector('table.grid')!;
  const keys = table.querySelectorAll('thead th.task-key').map((th) => text(th));
  const row = table.querySelector(`tbody tr[data-row="${agencyId}"]`)!;
  const cells = row.querySelectorAll('td');
  expect(cells).toHaveLength(keys.length);
  for (const hidden of row.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  // The role in words; the "inferred" mark on a cell has its own test.
  for (const mark of row.querySelectorAll('.inferred')) mark.remove();
  return Object.fromEntries(keys.map((k, i) => [k, text(cells[i])]));
}

describe('agency pages after the 2025 reorganisation', () => {
  it.each([
    ['/co-quan/ha-giang/', 'Tỉnh Tuyên Quang', '/co-quan/tuyen-quang/'],
    ['/en/co-quan/ha-giang/', 'Tuyên Quang Province', '/en/co-quan/tuyen-quang/'],
    ['/co-quan/quang-nam/', 'Thành phố Đà Nẵng', '/co-quan/da-nang/'],
    ['/en/co-quan/quang-nam/', 'Đà Nẵng City', '/en/co-quan/da-nang/'],
    ['/co-quan/bo-thong-tin-va-truyen-thong/', 'Bộ Khoa học và Công nghệ', '/co-quan/bo-khoa-hoc-va-cong-nghe/'],
    [
      '/en/co-quan/bo-thong-tin-va-truyen-thong/',
      'Ministry of Science and Technology',
      '/en/co-quan/bo-khoa-hoc-va-cong-nghe/',
    ],
  ])('%s says, above its duties, that %s carries them on', (url, name, href) => {
    const doc = page(url);
    const note = doc.querySelector('#nhiem-vu + p.carried-by')!;
    expect(text(note)).toMatch(url.startsWith('/en/') ? /now carried on by/ : /nay do .* thực hiện tiếp/);
    expect(text(note)).toContain(name);
    // A ministry whose functions went to several others names each of them.
    expect(note.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(href);
    expect(text(doc.querySelector('p.passed-to'))).toContain(name);
  });

  it('names exactly one current province on the page of every former one', () => {
    expect(formerProvinces.length).toBeGreaterThanOrEqual(52);
    const current = new Set(provinces.filter((p) => !p.data.active?.until).map((p) => `/co-quan/${p.id}/`));
    for (const p of formerProvinces) {
      const links = page(`/co-quan/${p.id}/`)
        .querySelectorAll('p.carried-by a')
        .map((a) => a.getAttribute('href'));
      expect(links, p.id).toHaveLength(1);
      expect(current.has(links[0]!), `${p.id} → ${links[0]}`).toBe(true);
    }
  });

  it('names the current ministries the graph gives on the page of every ministry merged on 1 March 2025', () => {
    const ministries = agencies.filter((a) => ['bo', 'co-quan-ngang-bo'].includes(a.data.kind));
    const former = ministries.filter((a) => a.data.active?.until);
    expect(former.length).toBeGreaterThanOrEqual(7);
    const current = new Set(ministries.filter((a) => !a.data.active?.until).map((a) => `/co-quan/${a.id}/`));
    for (const m of former) {
      const note = page(`/co-quan/${m.id}/`).querySelector('p.carried-by')!;
      expect(text(note), m.id).toContain('hoạt động đến hết 28/02/2025');
      // One for each successor: the functions of a ministry may have gone to several.
      const links = note.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(links.length, m.id).toBeGreaterThan(0);
      for (const link of links) expect(current.has(link!), `${m.id} → ${link}`).toBe(true);
      expect([...new Set(links)].sort(), m.id).toEqual(
        currentSuccessors(graph, m.id, SITE_AS_OF)
          .map((id) => `/co-quan/${id}/`)
          .sort(),
      );
    }
  });

  it('lists on the page of every new province the units it was formed from', () => {
    expect(newProvinces.length).toBeGreaterThan(0);
    for (const p of newProvinces) {
      const formed = page(`/co-quan/${p.id}/`).querySelector('p.formed-from')!;
      // A unit can be formed on any date under any resolution (Huế became a city on 1 January 2025).
      expect(text(formed), p.id).toMatch(/^Được lập ngày \d{2}\/\d{2}\/\d{4} từ: .*, theo Nghị quyết \S+\.$/);
      const links = formed.querySelectorAll('a').map((a) => a.getAttribute('href'));
      for (const s of p.data.successorOf) expect(links, p.id).toContain(`/co-quan/${s.id}/`);
    }
    const tq = page('/en/co-quan/tuyen-quang/');
    expect(text(tq.querySelector('p.formed-from'))).toBe(
      'Formed on 1 July 2025 from: Tuyên Quang Province (until 2025), Hà Giang Province (until 2025), under Resolution 202/2025/QH15.',
    );
  });

  it('says a ministry that absorbed another took over its duties, without calling it new', () => {
    const khcn = page('/co-quan/bo-khoa-hoc-va-cong-nghe/');
    expect(text(khcn.querySelector('p.formed-from'))).toBe(
      'Từ ngày 01/03/2025, tiếp nhận nhiệm vụ của: Bộ Thông tin và Truyền thông (đến 2025), theo Nghị quyết 176/2025/QH15.',
    );
    expect(text(khcn.querySelector('p.takes-over'))).toContain('Bộ Thông tin và Truyền thông');
    // A weaker source is said so next to the name.
    expect(text(page('/co-quan/bo-noi-vu/').querySelector('p.formed-from'))).toContain('(độ tin cậy: trung bình)');
  });

  it('says plainly when a unit has no predecessor or successor, and links to its group’s row in the matrix', () => {
    const hn = page('/co-quan/ha-noi/');
    expect(text(hn.querySelector('#ke-thua + p'))).toBe('Không có tiền thân hay đơn vị kế thừa nào được ghi nhận.');
    // A province has a row of its own only for a duty it holds by name; otherwise its page points
    // at the one row of the provincial group.
    const rows = new Set(
      page('/nhiem-vu/ma-tran/')
        .querySelectorAll('table.grid tbody tr')
        .map((tr) => tr.getAttribute('data-row')),
    );
    const current = provinces.filter((p) => !p.data.active?.until);
    for (const p of current) {
      const row = rows.has(p.id) ? p.id : 'ubnd-cap-tinh';
      const link = page(`/co-quan/${p.id}/`).querySelector(`main a[href="/nhiem-vu/ma-tran/?co-quan=${row}"]`);
      expect(link, p.id).not.toBeNull();
      if (row === 'ubnd-cap-tinh')
        expect(text(link)).toBe('Xem nhóm Ủy ban nhân dân cấp tỉnh trong ma trận trách nhiệm');
    }
    expect(current.some((p) => !rows.has(p.id))).toBe(true);
    // An agency the slide names links to its own row.
    expect(
      page('/co-quan/bo-cong-an/').querySelector('main a[href="/nhiem-vu/ma-tran/?co-quan=bo-cong-an"]'),
    ).not.toBeNull();
  });

  it('lists on a former province’s page the duties it held through the provincial group, and who carries each on', () => {
    const rows = page('/co-quan/ha-giang/').querySelectorAll('table.duties tbody tr');
    const tasks = new Set(rows.map((tr) => tr.querySelector('th a')!.getAttribute('href')));
    expect(tasks.has('/nhiem-vu/l2/')).toBe(true);
    // No province holds L1 or L3 of the slide.
    expect(tasks.has('/nhiem-vu/l1/')).toBe(false);
    expect(tasks.has('/nhiem-vu/l3/')).toBe(false);
    for (const tr of rows) {
      const [role, , state] = tr.querySelectorAll('td');
      expect(text(role)).toContain('với tư cách thành viên của Ủy ban nhân dân cấp tỉnh');
      // A duty reported done stays done; every other one is carried on by the successor.
      if (tr.getAttribute('data-state') !== 'done') expect(text(state)).toBe('Nay do Tỉnh Tuyên Quang thực hiện');
    }
  });

  it('lists a group’s former members on the group’s page, each with the unit that carries its tasks on', () => {
    const group = page('/co-quan/ubnd-cap-tinh/');
    const former = group.querySelectorAll('#thanh-vien ~ details li');
    expect(former).toHaveLength(formerProvinces.length);
    const hg = former.find((li) => li.querySelector('a')?.getAttribute('href') === '/co-quan/ha-giang/')!;
    expect(text(hg)).toContain('→ Tỉnh Tuyên Quang');
  });
});

describe('the responsibility matrix', () => {
  const vi = page('/nhiem-vu/ma-tran/');
  const en = page('/en/nhiem-vu/ma-tran/');

  it('shows L2, L4 and L5 for the provincial group, and not L1 or L3', () => {
    const row = matrixRow(vi, 'ubnd-cap-tinh');
    expect([row.L2, row.L4, row.L5]).toEqual(['Thực hiện', 'Thực hiện', 'Thực hiện']);
    expect([row.L1, row.L3]).toEqual(['không có', 'không có']);
    const enRow = matrixRow(en, 'ubnd-cap-tinh');
    expect([enRow.L2, enRow.L4, enRow.L5, enRow.L1, enRow.L3]).toEqual([
      'Implements',
      'Implements',
      'Implements',
      'none',
      'none',
    ]);
    // The phone view says the same.
    const card = vi.querySelector('li.card[data-card="ubnd-cap-tinh"]')!;
    const keys = card.querySelectorAll('ul.keys a').map((a) => text(a));
    expect(keys).toEqual(expect.arrayContaining(['L2', 'L4', 'L5']));
    expect(keys).not.toContain('L1');
    expect(keys).not.toContain('L3');
  });

  it('has one row per group or named agency, not one per province, with the group’s members counted', () => {
    const rows = vi.querySelectorAll('table.grid tbody tr').map((tr) => tr.getAttribute('data-row'));
    expect(rows.slice(0, 2)).toEqual(['cac-bo', 'ubnd-cap-tinh']);
    expect(rows).toContain('bo-cong-an');
    expect(rows).not.toContain('ha-giang');
    expect(rows.length).toBeLessThan(15);
    const header = text(vi.querySelector('tr[data-row="ubnd-cap-tinh"] th'));
    expect(header).toContain('63 thành viên năm 2022, 34 tính đến 27/11/2026');
  });

  it('shows a role held by name apart from one held through a group, in words', () => {
    const a1 = vi.querySelectorAll('tr[data-row="bo-cong-an"] td')[0];
    expect(text(a1.querySelector('.role--chu-tri'))).toMatch(/^Chủ trì( \(suy luận\))?$/);
    expect(text(a1.querySelector('.role--via'))).toBe('Thực hiện qua nhóm Các bộ, cơ quan ngang bộ');
    expect(matrixRow(vi, 'bo-tai-chinh').L4).toBe('Thực hiện');
    expect(matrixRow(en, 'bo-tai-chinh').L2).toBe('Implements via group Ministries and ministerial-level agencies');
  });

  it('is complete without JavaScript: the filter waits for the script, every row and group has its page linked', () => {
    expect(vi.querySelector('[data-filter]')!.hasAttribute('hidden')).toBe(true);
    expect(vi.querySelector('[data-panel]')!.hasAttribute('hidden')).toBe(true);
    const rows = vi.querySelectorAll('table.grid tbody tr').map((tr) => tr.getAttribute('data-row')!);
    const hrefs = new Set(vi.querySelectorAll('main a').map((a) => a.getAttribute('href')));
    for (const id of rows) expect(hrefs.has(`/co-quan/${id}/`), id).toBe(true);
    // A group's members are on the group's page, and every other agency is one step away.
    expect(hrefs.has('/co-quan/ubnd-cap-tinh/#thanh-vien')).toBe(true);
    expect(hrefs.has('/co-quan/cac-bo/#thanh-vien')).toBe(true);
    expect(hrefs.has('/co-quan/')).toBe(true);
  });

  it('does not grow with the agencies it does not show: no link to a member that has no row', () => {
    // The matrix itself; the page's prose around it names a few agencies as examples.
    const hrefs = new Set(vi.querySelectorAll('[data-matrix] a').map((a) => a.getAttribute('href')));
    const rows = new Set(
      vi.querySelectorAll('table.grid tbody tr').map((tr) => `/co-quan/${tr.getAttribute('data-row')}/`),
    );
    const agencyLinks = [...hrefs].filter((h) => /^\/co-quan\/[a-z0-9-]+\/$/.test(h!));
    // Rows, and the agencies a row's note names (those that carry a former row's tasks on).
    expect(agencyLinks.length).toBeLessThan(rows.size + 5);
    expect(hrefs.has('/co-quan/ha-giang/')).toBe(false);
    for (const p of formerProvinces) expect(hrefs.has(`/co-quan/${p.id}/`), p.id).toBe(false);
  });

  it('offers every row once in the list, each pointing at a task list on the page', () => {
    const options = vi.querySelectorAll('#matrix-agency option').filter((o) => o.getAttribute('value'));
    const rows = vi.querySelectorAll('table.grid tbody tr').map((tr) => tr.getAttribute('data-row'));
    expect(options.map((o) => o.getAttribute('value')).sort()).toEqual(rows.sort());
    const sets = new Set(vi.querySelectorAll('[data-panel] [data-set]').map((s) => s.getAttribute('data-set')));
    for (const o of options) expect(sets.has(o.getAttribute('data-set')), o.getAttribute('value')).toBe(true);
    // Tasks, not roles: the lead ministry holds some in two roles, and counts each once.
    for (const id of ['ubnd-cap-tinh', 'bo-cong-an'])
      expect(options.find((o) => o.getAttribute('value') === id)!.getAttribute('data-count'), id).toBe(
        String(
          new Set(
            tasksOf(graph, id)
              .filter((a) => isSlideTask(a.task.data))
              .map((a) => a.task.id),
          ).size,
        ),
      );
    const note = vi.querySelector('[data-note-for="bo-thong-tin-va-truyen-thong"]')!;
    expect(note.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(
      '/co-quan/bo-khoa-hoc-va-cong-nghe/',
    );
  });
});

describe('the working-group page', () => {
  const vi = page('/nhiem-vu/to-cong-tac/');
  const en = page('/en/nhiem-vu/to-cong-tac/');

  it('quotes the slide and the official name, and names who led the group', () => {
    const main = text(vi.querySelector('main'));
    expect(main).toContain('Thành lập Tổ công tác từ TW đến địa phương (5 cấp)');
    expect(main).toContain(
      'TỔ CÔNG TÁC TRIỂN KHAI ĐỀ ÁN PHÁT TRIỂN ỨNG DỤNG DỮ LIỆU VỀ DÂN CƯ, ĐỊNH DANH VÀ XÁC THỰC ĐIỆN TỬ',
    );
    expect(main).toMatch(/2022–2024.*Tô Lâm/);
    expect(main).toMatch(/2025.*Lương Tam Quang/);
    expect(text(en.querySelector('main'))).toContain(
      'TỔ CÔNG TÁC TRIỂN KHAI ĐỀ ÁN PHÁT TRIỂN ỨNG DỤNG DỮ LIỆU VỀ DÂN CƯ, ĐỊNH DANH VÀ XÁC THỰC ĐIỆN TỬ',
    );
  });

  it('says what is unconfirmed: the decision number and the five levels', () => {
    expect(text(vi.querySelector('#quyet-dinh-thanh-lap + p'))).toMatch(/^Chưa xác minh\./);
    expect(text(en.querySelector('#quyet-dinh-thanh-lap + p'))).toMatch(/^Unverified\./);
    expect(text(vi.querySelector('#nam-cap + p'))).toContain('không có nguồn nào nêu ra');
    expect(text(en.querySelector('#nam-cap + p'))).toContain('no source states it');
    expect(vi.querySelector('main aside')).not.toBeNull();
  });

  it('links the bodies and documents it relies on, and says the district level ended', () => {
    const hrefs = vi.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    for (const href of [
      '/co-quan/to-cong-tac-de-an-06/',
      '/co-quan/ban-chi-dao-chinh-phu-2025/',
      '/co-quan/bo-cong-an/',
      '/co-quan/ubnd-cap-tinh/',
      '/van-ban/qd-598-2025-ttg/',
      '/van-ban/nq-203-2025-qh15/',
    ]) {
      expect(hrefs).toContain(href);
    }
    expect(en.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain('/en/van-ban/qd-598-2025-ttg/');
    expect(text(vi.querySelector('main'))).toMatch(/cấp huyện chấm dứt hoạt động từ 01\/07\/2025/i);
    expect(text(vi.querySelector('#nguon + ul')).length).toBeGreaterThan(0);
    expect(vi.querySelectorAll('#nguon + ul a').every((a) => a.getAttribute('href')!.startsWith('http'))).toBe(true);
  });
});

describe('inferred roles in the matrix', () => {
  const { graph } = realContent();

  it.each([
    ['/nhiem-vu/ma-tran/', 'vi', 'suy luận'],
    ['/en/nhiem-vu/ma-tran/', 'en', 'inferred'],
  ] as const)(
    '%s marks each inferred role in its cell and gives the reason in the list of tasks',
    (url, locale, word) => {
      const doc = page(url);
      const keys = doc.querySelectorAll('table.grid thead th.task-key').map((th) => text(th));
      const list = text(doc.querySelector('#danh-sach-nhiem-vu')?.nextElementSibling);
      for (const task of taskColumns(graph)) {
        for (const a of task.data.assigned.filter((x) => x.inferred)) {
          expect(list, `${task.id} ${a.agency}`).toContain(`(${word}: ${a.inferred![locale].replace(/\s+/g, ' ')})`);
          const row = doc.querySelector(`table.grid tbody tr[data-row="${a.agency}"]`);
          if (!row) continue;
          const cell = row.querySelectorAll('td')[keys.indexOf(task.data.key)];
          expect(
            text(cell.querySelector(`.role--${a.role} .inferred, .role--via .inferred`)),
            `${task.id} ${a.agency}`,
          ).toBe(`(${word})`);
        }
      }
    },
  );
});
