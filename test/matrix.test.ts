// What a reader sees on the built pages about who must do what: the responsibility matrix, the
// working-group page, and the agency pages that say who carries a merged unit's tasks on.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { HTMLElement } from 'node-html-parser';
import { ROOT, page, text } from './site.ts';

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
  return Object.fromEntries(keys.map((k, i) => [k, text(cells[i])]));
}

describe('agency pages after the 2025 reorganisation', () => {
  it.each([
    ['/co-quan/ha-giang/', 'Tỉnh Tuyên Quang', '/co-quan/tuyen-quang/'],
    ['/en/co-quan/ha-giang/', 'Tuyên Quang Province', '/en/co-quan/tuyen-quang/'],
    ['/co-quan/quang-nam/', 'Thành phố Đà Nẵng', '/co-quan/da-nang/'],
    ['/en/co-quan/quang-nam/', 'Đà Nẵng City', '/en/co-quan/da-nang/'],
    ['/co-quan/bo-thong-tin-va-truyen-thong/', 'Bộ Khoa học và Công nghệ', '/co-quan/bo-khoa-hoc-va-cong-nghe/'],
    ['/en/co-quan/bo-thong-tin-va-truyen-thong/', 'Ministry of Science and Technology', '/en/co-quan/bo-khoa-hoc-va-cong-nghe/'],
  ])('%s says, above its tasks, that %s carries them on', (url, name, href) => {
    const doc = page(url);
    const note = doc.querySelector('#nhiem-vu + p.carried-by')!;
    expect(text(note)).toMatch(url.startsWith('/en/') ? /now carried on by/ : /nay do .* thực hiện tiếp/);
    expect(text(note)).toContain(name);
    expect(note.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([href]);
    expect(text(doc.querySelector('p.passed-to'))).toContain(name);
  });

  it('names exactly one current province on the page of every former one', () => {
    expect(formerProvinces.length).toBeGreaterThanOrEqual(52);
    const current = new Set(provinces.filter((p) => !p.data.active?.until).map((p) => `/co-quan/${p.id}/`));
    for (const p of formerProvinces) {
      const links = page(`/co-quan/${p.id}/`).querySelectorAll('p.carried-by a').map((a) => a.getAttribute('href'));
      expect(links, p.id).toHaveLength(1);
      expect(current.has(links[0]!), `${p.id} → ${links[0]}`).toBe(true);
    }
  });

  it('names the current ministry on the page of every ministry merged on 1 March 2025', () => {
    const ministries = agencies.filter((a) => ['bo', 'co-quan-ngang-bo'].includes(a.data.kind));
    const former = ministries.filter((a) => a.data.active?.until);
    expect(former.length).toBeGreaterThanOrEqual(7);
    const current = new Set(ministries.filter((a) => !a.data.active?.until).map((a) => `/co-quan/${a.id}/`));
    for (const m of former) {
      const note = page(`/co-quan/${m.id}/`).querySelector('p.carried-by')!;
      expect(text(note), m.id).toContain('hoạt động đến hết 28/02/2025');
      const links = note.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(links, m.id).toHaveLength(1);
      expect(current.has(links[0]!), `${m.id} → ${links[0]}`).toBe(true);
    }
  });

  it('lists on the page of every new province the units it was formed from', () => {
    expect(newProvinces).toHaveLength(23);
    for (const p of newProvinces) {
      const formed = page(`/co-quan/${p.id}/`).querySelector('p.formed-from')!;
      expect(text(formed), p.id).toMatch(/^Được lập ngày 01\/07\/2025 từ: .*, theo Nghị quyết 202\/2025\/QH15\.$/);
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

  it('says plainly when a unit has no predecessor or successor, and links to its row in the matrix', () => {
    const hn = page('/co-quan/ha-noi/');
    expect(text(hn.querySelector('#ke-thua + p'))).toBe('Không có tiền thân hay đơn vị kế thừa nào được ghi nhận.');
    expect(hn.querySelector('main a[href="/nhiem-vu/ma-tran/?co-quan=ha-noi"]')).not.toBeNull();
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
    expect([enRow.L2, enRow.L4, enRow.L5, enRow.L1, enRow.L3]).toEqual(['Implements', 'Implements', 'Implements', 'none', 'none']);
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
    const a1 = vi.querySelectorAll('tr[data-row="bo-cong-an"] td')[0]!;
    expect(text(a1.querySelector('.role--chu-tri'))).toBe('Chủ trì');
    expect(text(a1.querySelector('.role--via'))).toBe('Thực hiện qua nhóm Các bộ, cơ quan ngang bộ');
    expect(matrixRow(vi, 'bo-tai-chinh').L4).toBe('Thực hiện');
    expect(matrixRow(en, 'bo-tai-chinh').L2).toBe('Implements via group Ministries and ministerial-level agencies');
  });

  it('is complete without JavaScript: the filter waits for the script, every agency has a link', () => {
    expect(vi.querySelector('[data-filter]')!.hasAttribute('hidden')).toBe(true);
    expect(vi.querySelector('[data-panel]')!.hasAttribute('hidden')).toBe(true);
    const hrefs = new Set(vi.querySelectorAll('main a').map((a) => a.getAttribute('href')));
    for (const a of agencies) expect(hrefs.has(`/co-quan/${a.id}/`), a.id).toBe(true);
    // Every former province in the member list points at its successor.
    const former = vi.querySelectorAll('#thanh-vien-ubnd-cap-tinh ul.former li');
    expect(former).toHaveLength(formerProvinces.length);
    const hg = former.find((li) => li.querySelector('a')?.getAttribute('href') === '/co-quan/ha-giang/')!;
    expect(text(hg)).toContain('→ Tỉnh Tuyên Quang');
  });

  it('offers every agency once in the list, each pointing at a task list on the page', () => {
    const options = vi.querySelectorAll('#matrix-agency option').filter((o) => o.getAttribute('value'));
    expect(options.map((o) => o.getAttribute('value')).sort()).toEqual(agencies.map((a) => a.id).sort());
    const sets = new Set(vi.querySelectorAll('[data-panel] [data-set]').map((s) => s.getAttribute('data-set')));
    for (const o of options) expect(sets.has(o.getAttribute('data-set')), o.getAttribute('value')!).toBe(true);
    const hg = options.find((o) => o.getAttribute('value') === 'ha-giang')!;
    expect(hg.getAttribute('data-count')).toBe('21');
    // Tasks, not roles: the lead ministry holds all 23, some in two roles.
    expect(options.find((o) => o.getAttribute('value') === 'bo-cong-an')!.getAttribute('data-count')).toBe('23');
    const note = vi.querySelector('[data-note-for="ha-giang"]')!;
    expect(note.querySelector('a')?.getAttribute('href')).toBe('/co-quan/tuyen-quang/');
  });
});

describe('the working-group page', () => {
  const vi = page('/nhiem-vu/to-cong-tac/');
  const en = page('/en/nhiem-vu/to-cong-tac/');

  it('quotes the slide and the official name, and names who led the group', () => {
    const main = text(vi.querySelector('main'));
    expect(main).toContain('Thành lập Tổ công tác từ TW đến địa phương (5 cấp)');
    expect(main).toContain('TỔ CÔNG TÁC TRIỂN KHAI ĐỀ ÁN PHÁT TRIỂN ỨNG DỤNG DỮ LIỆU VỀ DÂN CƯ, ĐỊNH DANH VÀ XÁC THỰC ĐIỆN TỬ');
    expect(main).toMatch(/2022–2024.*Tô Lâm/);
    expect(main).toMatch(/2025.*Lương Tam Quang/);
    expect(text(en.querySelector('main'))).toContain('TỔ CÔNG TÁC TRIỂN KHAI ĐỀ ÁN PHÁT TRIỂN ỨNG DỤNG DỮ LIỆU VỀ DÂN CƯ, ĐỊNH DANH VÀ XÁC THỰC ĐIỆN TỬ');
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
    for (const href of ['/co-quan/to-cong-tac-de-an-06/', '/co-quan/ban-chi-dao-chinh-phu-2025/', '/co-quan/bo-cong-an/', '/co-quan/ubnd-cap-tinh/', '/van-ban/qd-598-2025-ttg/', '/van-ban/nq-203-2025-qh15/']) {
      expect(hrefs).toContain(href);
    }
    expect(en.querySelectorAll('main a').map((a) => a.getAttribute('href'))).toContain('/en/van-ban/qd-598-2025-ttg/');
    expect(text(vi.querySelector('main'))).toMatch(/cấp huyện chấm dứt hoạt động từ 01\/07\/2025/i);
    expect(text(vi.querySelector('#nguon + ul')).length).toBeGreaterThan(0);
    expect(vi.querySelectorAll('#nguon + ul a').every((a) => a.getAttribute('href')!.startsWith('http'))).toBe(true);
  });
});
