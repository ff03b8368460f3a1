// The agency index's order: three parts by kind, each with the agencies that exist on the date
// and then those that no longer do, by name. The index page and its numbered pages cut this one
// list, so an agency's page in the index follows from the data alone.
import { isActive, type Graph } from './graph.ts';
import type { AgencyData, Locale } from './schemas.ts';
import type { IsoDate } from './dates.ts';

const AGENCY_INDEX_GROUPS = [
  {
    id: 'trung-uong',
    kinds: [
      'quoc-hoi',
      'chinh-phu',
      'thu-tuong',
      'bo',
      'co-quan-ngang-bo',
      'co-quan-thuoc-chinh-phu',
      'don-vi-truc-thuoc',
    ],
  },
  { id: 'chi-dao', kinds: ['ban-chi-dao', 'to-cong-tac', 'nhom'] },
  { id: 'dia-phuong', kinds: ['tinh', 'thanh-pho'] },
] as const satisfies ReadonlyArray<{ id: string; kinds: ReadonlyArray<AgencyData['kind']> }>;

export interface AgencyIndexPart {
  group: (typeof AGENCY_INDEX_GROUPS)[number]['id'];
  /** The agencies that no longer exist on the date; a group's part of them is left out when empty. */
  former: boolean;
  ids: string[];
}

export function agencyIndexParts(graph: Graph, asOf: IsoDate, locale: Locale): AgencyIndexPart[] {
  const collator = new Intl.Collator('vi');
  return AGENCY_INDEX_GROUPS.flatMap((g) => {
    const list = (active: boolean) =>
      graph.content.agencies
        .filter((a) => (g.kinds as readonly string[]).includes(a.data.kind) && isActive(a.data, asOf) === active)
        .sort((a, b) => collator.compare(a.data.name[locale], b.data.name[locale]))
        .map((a) => a.id);
    const before = list(false);
    return [
      { group: g.id, former: false, ids: list(true) },
      ...(before.length > 0 ? [{ group: g.id, former: true, ids: before }] : []),
    ];
  });
}
