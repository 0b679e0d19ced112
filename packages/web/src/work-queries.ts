import { client } from './api/client';
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
type ListQuery = Parameters<typeof client.api.assignments.$get>[0]['query'];

/** The set values as the query string carries them (text), under the typed client's names. */
function asQuery(params: Record<string, string | number | boolean | undefined>): ListQuery {
  return Object.fromEntries(
    Object.entries(params)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  ) as ListQuery;
}

export function workListQuery(filters: Filters) {
  // a dashboard figure counts a unit's own lead assignments, so its list leaves the units below out
  const params = { ...filters, includeChildren: !filters.lead, pageSize: 20 };
  return {
    queryKey: ['assignments', params],
    queryFn: async () => (await client.api.assignments.$get({ query: asQuery(params) })).json(),
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
        COUNTED.map(async (color) =>
          (await client.api.assignments.$get({ query: asQuery({ ...scope, color }) })).json(),
        ),
      );
      return Object.fromEntries(COUNTED.map((c, i) => [c, pages[i]!.total]));
    },
  };
}
