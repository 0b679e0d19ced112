import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { List, Space, Tabs, Typography } from 'antd';
import { api, qs } from '../api/client';
import type { ListItem, ObstacleItem, Page, PendingExtension } from '../api/schema';
import { QueryState } from '../components/query-state';
import { ClaimCard, ExtensionItem, ObstacleItemView } from '../components/queue-items';
import { RestrictedScreen } from '../components/restricted-screen';
import type { QueuesSearch } from '../search-params';
import { vi } from '../text/vi';

export function QueuesScreen(): React.JSX.Element {
  const route = getRouteApi('/app/hang-cho');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <RestrictedScreen path="/hang-cho">
      <QueuesPage search={search} onSearch={(next) => navigate({ search: next })} />
    </RestrictedScreen>
  );
}

/** The office's queues, one tab each; the tab open is the URL's, so Back and a reload keep it. */
export function QueuesPage({
  search,
  onSearch,
}: {
  search: QueuesSearch;
  onSearch: (next: QueuesSearch) => void;
}) {
  const claims = useQuery({
    queryKey: ['assignments', 'claimed'],
    queryFn: () =>
      api.get<Page<ListItem>>(`/api/assignments${qs({ state: 'claimed', pageSize: 50, sort: 'updated' })}`),
  });
  const extensions = useQuery({
    queryKey: ['extensions'],
    queryFn: () => api.get<{ items: PendingExtension[] }>('/api/extensions'),
  });
  const obstacles = useQuery({
    queryKey: ['obstacles'],
    queryFn: () => api.get<{ items: ObstacleItem[] }>('/api/obstacles'),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={1}>{vi.queues.title}</Typography.Title>
      <Tabs
        activeKey={search.tab ?? 'claims'}
        onChange={(tab) => onSearch({ tab: tab === 'claims' ? undefined : (tab as QueuesSearch['tab']) })}
        items={[
          {
            key: 'claims',
            label: `${vi.queues.claims} (${claims.data?.total ?? '…'})`,
            children: (
              <QueryState query={claims}>
                {(page) => (
                  <Space direction="vertical" style={{ width: '100%' }}>
                    {page.items.length === 0 && (
                      <Typography.Text type="secondary">{vi.empty}</Typography.Text>
                    )}
                    {page.items.map((item) => (
                      <ClaimCard key={item.id} item={item} />
                    ))}
                  </Space>
                )}
              </QueryState>
            ),
          },
          {
            key: 'extensions',
            label: `${vi.queues.extensions} (${extensions.data?.items.length ?? '…'})`,
            children: (
              <QueryState query={extensions}>
                {(data) => (
                  <List
                    dataSource={data.items}
                    locale={{ emptyText: vi.empty }}
                    renderItem={(e) => <ExtensionItem extension={e} />}
                  />
                )}
              </QueryState>
            ),
          },
          {
            key: 'obstacles',
            label: `${vi.queues.obstacles} (${obstacles.data?.items.length ?? '…'})`,
            children: (
              <QueryState query={obstacles}>
                {(data) => (
                  <List
                    dataSource={data.items}
                    locale={{ emptyText: vi.empty }}
                    renderItem={(o) => <ObstacleItemView obstacle={o} />}
                  />
                )}
              </QueryState>
            ),
          },
        ]}
      />
    </Space>
  );
}
