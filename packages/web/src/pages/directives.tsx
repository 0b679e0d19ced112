import { formatVnDate } from '@dondoc/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { Input, Select, Space, Table, Tag, Typography } from 'antd';
import { api, qs } from '../api/client';
import type { DirectiveListItem, Page } from '../api/schema';
import { QueryState } from '../components/query-state';
import type { DirectiveListSearch } from '../search-params';
import { vi } from '../text/vi';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);

export function DirectivesScreen(): React.JSX.Element {
  return <DirectivesPage search={getRouteApi('/app/van-ban').useSearch()} />;
}

/**
 * Every directive one may see, drafts included for the office and leaders: searched without
 * accents, filtered by status, programme and year; the filters live in the URL, so Back keeps them.
 */
export function DirectivesPage({ search }: { search: DirectiveListSearch }) {
  const navigate = useNavigate();
  const set = (change: Partial<DirectiveListSearch>) =>
    navigate({ to: '/van-ban', search: { ...search, page: undefined, ...change } });
  const list = useQuery({
    queryKey: ['directives', search],
    queryFn: () => api.get<Page<DirectiveListItem>>(`/api/directives${qs({ ...search, pageSize: 50 })}`),
  });
  const programmes = useQuery({
    queryKey: ['programmes'],
    queryFn: () => api.get<{ items: { code: string; name: string }[] }>('/api/directives/programmes'),
    staleTime: 300_000,
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={1}>{vi.directiveList.title}</Typography.Title>
      <Space wrap>
        <Input.Search
          key={search.q ?? ''}
          aria-label={vi.directiveList.search}
          placeholder={vi.directiveList.search}
          defaultValue={search.q}
          allowClear
          style={{ width: 420, maxWidth: '100%' }}
          onSearch={(q) => set({ q: q.trim() || undefined })}
        />
        <Select
          aria-label={vi.directiveList.status}
          placeholder={vi.directiveList.status}
          allowClear
          style={{ width: 160 }}
          value={search.status}
          onChange={(status) => set({ status })}
          options={Object.entries(vi.directiveList.statuses).map(([value, label]) => ({ value, label }))}
        />
        <Select
          aria-label={vi.directiveList.programme}
          placeholder={vi.directiveList.programme}
          allowClear
          style={{ width: 200 }}
          value={search.programme}
          onChange={(programme) => set({ programme })}
          options={(programmes.data?.items ?? []).map((p) => ({ value: p.code, label: p.name }))}
        />
        <Select
          aria-label={vi.directiveList.year}
          placeholder={vi.directiveList.year}
          allowClear
          style={{ width: 110 }}
          value={search.year}
          onChange={(year) => set({ year })}
          options={YEARS.map((y) => ({ value: y, label: String(y) }))}
        />
      </Space>
      <QueryState query={list}>
        {(page) => (
          <Table<DirectiveListItem>
            rowKey="id"
            size="small"
            scroll={{ x: true }}
            dataSource={page.items}
            locale={{ emptyText: vi.directiveList.empty }}
            pagination={{
              current: search.page ?? 1,
              pageSize: page.pageSize,
              total: page.total,
              showTotal: vi.directiveList.total,
              onChange: (p) => navigate({ to: '/van-ban', search: { ...search, page: p } }),
            }}
            columns={[
              {
                title: vi.directiveList.number,
                render: (_, d) => (
                  <Link to="/van-ban/$id" params={{ id: String(d.id) }}>
                    {d.number || vi.directiveList.untitled(d.id, d.sourceName)}
                  </Link>
                ),
              },
              { title: vi.directiveList.subject, dataIndex: 'subject' },
              {
                title: vi.directiveList.issuedOn,
                render: (_, d) => (d.issuedOn ? formatVnDate(d.issuedOn) : ''),
              },
              { title: vi.directiveList.tasks, dataIndex: 'tasks', align: 'right' },
              {
                title: vi.directiveList.status,
                render: (_, d) => (
                  <Tag color={d.status === 'draft' ? 'gold' : 'green'}>
                    {vi.directiveList.statuses[d.status]}
                  </Tag>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </Space>
  );
}
