import { api, qs } from './api/client';
import type { ListItem, Page } from './api/schema';
import type { WorkSearch } from './search-params';

/**
 * The work list's two reads (a page of assignments, the counts by colour) from its URL filters and
 * the signed-in unit: the screen reads them, and the route starts them while the screen's chunks
 * still load (router.tsx), so the list does not wait for its own script to ask.
 */
export function workFilters(search: WorkSearch, mine: boolean, unitId: number | undefined) {
  return {
    ...search,
    q: search.q ?? '',
    sort: search.sort ?? 'due',
    page: search.page ?? 1,
    unitId: search.unitId ?? (mine ? unitId : undefined),
  };
}

type Filters = ReturnType<typeof workFilters>;

export function workListQuery(filters: Filters) {
  // a dashboard figure counts a unit's own lead assignments, so its list leaves the units below out
  const params = { ...filters, includeChildren: !filters.lead, pageSize: 20 };
  return {
    queryKey: ['assignments', params],
    queryFn: () => api.get<Page<ListItem>>(`/api/assignments${qs(params)}`),
  };
}

const COUNTED = ['red', 'yellow', 'green'] as const;

export function workCountsQuery(filters: Filters) {
  const { unitId, timeliness, programme, lead, directiveId } = filters;
  return {
    queryKey: ['assignment-counts', unitId, timeliness, programme, lead, directiveId],
    queryFn: async (): Promise<Partial<Record<(typeof COUNTED)[number], number>>> => {
      const scope = { unitId, includeChildren: !lead, timeliness, programme, lead, directiveId, pageSize: 1 };
      const pages = await Promise.all(
        COUNTED.map((color) => api.get<Page<ListItem>>(`/api/assignments${qs({ ...scope, color })}`)),
      );
      return Object.fromEntries(COUNTED.map((c, i) => [c, pages[i]!.total]));
    },
  };
}
