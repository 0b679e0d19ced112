import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { Grid, Input, Select, Space, Spin, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useUser } from '../auth';
import { ColorTiles } from '../components/color-tiles';
import { QueryState } from '../components/query-state';
import { WorkCards } from '../components/work-cards';
import { COLORS, type WorkSearch } from '../search-params';
import { vi } from '../text/vi';
import { workCountsQuery, workFilters, workListQuery } from '../work-queries';

/** A wide screen's table, loaded only there: a phone's first load carries the cards alone. */
const WorkTable = lazy(() => import('../components/work-table'));

/** The signed-in unit's work (/viec): filters and page in the URL. */
export function MyWorkScreen(): React.JSX.Element {
  const route = getRouteApi('/app/viec');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return <WorkPage mine search={search} onSearch={(next) => navigate({ search: next })} />;
}

/** The list behind a dashboard figure or a unit found by search (/danh-sach). */
export function WorkListScreen(): React.JSX.Element {
  const route = getRouteApi('/app/danh-sach');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return <WorkPage search={search} onSearch={(next) => navigate({ search: next })} />;
}

/**
 * The unit's assignments (and those of the units below it), with counts, filters and search. With
 * `mine`, the signed-in unit's work; else the list behind a dashboard figure. The filters are the
 * URL's: each change is a new history entry, so Back restores the list before it.
 */
export function WorkPage({
  search,
  onSearch,
  mine,
}: {
  search: WorkSearch;
  onSearch: (next: WorkSearch) => void;
  mine?: boolean;
}) {
  const user = useUser();
  const phone = !Grid.useBreakpoint().md;
  const filters = workFilters(search, mine ?? false, user.unit?.id);
  /** A filter changed: back to the first page. */
  const set = (change: Partial<WorkSearch>) => onSearch({ ...search, ...change, page: undefined });
  const setPage = (page: number) => onSearch({ ...search, page: page > 1 ? page : undefined });
  const list = useQuery(workListQuery(filters));
  const counts = useQuery(workCountsQuery(filters));
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1}>
        {mine ? vi.work.title : vi.nav.dashboard}
        {filters.timeliness ? ` · ${vi.timeliness[filters.timeliness]}` : ''}
        {filters.programme ? ` · ${filters.programme}` : ''}
      </Typography.Title>
      {filters.lead && (
        <Typography.Text type="secondary" data-testid="list-scope">
          {vi.dashboard.scope}
        </Typography.Text>
      )}
      <ColorTiles counts={counts.data} selected={filters.color} onSelect={(color) => set({ color })} />
      <Space wrap>
        <Input.Search
          key={search.q ?? ''}
          aria-label={vi.search}
          placeholder={vi.searchPlaceholder}
          allowClear
          style={{ width: 320, maxWidth: '100%' }}
          defaultValue={search.q}
          onSearch={(q) => set({ q: q.trim() || undefined })}
        />
        <Select
          aria-label={vi.work.status}
          style={{ width: 140 }}
          value={filters.color ?? ''}
          onChange={(color: WorkSearch['color'] | '') => set({ color: color || undefined })}
          options={[
            { value: '', label: vi.work.allColors },
            ...COLORS.map((c) => ({ value: c, label: vi.colors[c] })),
          ]}
        />
        <Select
          aria-label={vi.flags.due_soon}
          style={{ width: 180 }}
          value={filters.flag ?? ''}
          onChange={(flag) => set({ flag: flag || undefined })}
          options={[
            { value: '', label: vi.work.allFlags },
            ...Object.entries(vi.flags).map(([value, label]) => ({ value, label })),
          ]}
        />
        <Select
          aria-label={vi.work.due}
          style={{ width: 160 }}
          value={filters.sort}
          onChange={(sort) => set({ sort: sort === 'due' ? undefined : sort })}
          options={[
            { value: 'due', label: vi.work.sortDue },
            { value: '-due', label: vi.work.sortDueDesc },
            { value: 'updated', label: vi.work.sortUpdated },
          ]}
        />
      </Space>
      <QueryState query={list}>
        {(page) =>
          phone ? (
            <WorkCards page={page} onPage={setPage} />
          ) : (
            <Suspense fallback={<Spin />}>
              <WorkTable page={page} onPage={setPage} />
            </Suspense>
          )
        }
      </QueryState>
    </Space>
  );
}
