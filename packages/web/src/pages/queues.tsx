import { LinkOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { Card, List, Space, Tabs, Typography } from 'antd';
import { api, qs } from '../api/client';
import type { AssignmentDetail, ListItem, ObstacleItem, Page, PendingExtension } from '../api/types';
import { ExtensionDecision } from '../components/extension-decision';
import { ObstacleActions } from '../components/obstacle-actions';
import { QueryState } from '../components/query-state';
import { RestrictedScreen } from '../components/restricted-screen';
import { VerificationForm } from '../components/verification-form';
import { formatDate, formatDateTime } from '../format';
import type { QueuesSearch } from '../search-params';
import { vi } from '../text/vi';

/** A claim with its evidence shown inline, to accept or return with a reason. */
function ClaimCard({ item }: { item: ListItem }) {
  const detail = useQuery({
    queryKey: ['assignment', item.id],
    queryFn: () => api.get<AssignmentDetail>(`/api/assignments/${item.id}`),
  });
  const claim = detail.data?.timeline.filter((e) => e.kind === 'report').at(-1);
  return (
    <Card size="small" data-testid={`claim-${item.id}`}>
      <Link to="/nhiem-vu/$id" params={{ id: String(item.id) }}>
        {item.task.text.slice(0, 200)}
      </Link>
      <div>
        <Typography.Text type="secondary">
          {item.unit.name} · {vi.work.due}: {formatDate(item.dueDate)}
        </Typography.Text>
      </div>
      {claim && (
        <div style={{ margin: '8px 0' }}>
          <div>{claim.narrative}</div>
          {claim.evidence?.map((e) => (
            <div key={e.sha256 ?? e.url}>
              {e.sha256 ? (
                <a href={`/api/files/${e.sha256}`} target="_blank" rel="noreferrer">
                  <PaperClipOutlined /> {e.fileName ?? e.sha256.slice(0, 12)}
                </a>
              ) : (
                <a href={e.url ?? '#'} target="_blank" rel="noreferrer">
                  <LinkOutlined /> {e.url}
                </a>
              )}
            </div>
          ))}
        </div>
      )}
      {item.abilities?.includes('assignment.verify') && <VerificationForm assignmentId={item.id} />}
    </Card>
  );
}

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
                    renderItem={(e) => (
                      <List.Item>
                        <div style={{ width: '100%' }}>
                          <List.Item.Meta
                            title={
                              <Link to="/nhiem-vu/$id" params={{ id: String(e.assignmentId) }}>
                                {e.taskText.slice(0, 160)}
                              </Link>
                            }
                            description={`${e.unitName} · ${vi.queues.from} ${formatDate(e.previousDue)} ${vi.queues.to} ${formatDate(e.requestedDue)} · ${e.reason}`}
                          />
                          {e.forwardedAt && (
                            <Typography.Text>
                              {vi.office.forwarded} · {e.forwardedBy} · {formatDateTime(e.forwardedAt)}
                              {e.forwardNote ? ` · ${e.forwardNote}` : ''}
                            </Typography.Text>
                          )}
                          <ExtensionDecision
                            id={e.id}
                            requestedDue={e.requestedDue}
                            abilities={e.abilities}
                          />
                        </div>
                      </List.Item>
                    )}
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
                    renderItem={(o) => (
                      <List.Item>
                        <div style={{ width: '100%' }}>
                          <List.Item.Meta
                            title={
                              <Link to="/nhiem-vu/$id" params={{ id: String(o.assignmentId) }}>
                                {o.taskText.slice(0, 160)}
                              </Link>
                            }
                            description={`${o.unitName} · ${formatDateTime(o.createdAt)} · ${vi.office.obstacleStates[o.state]}`}
                          />
                          <Typography.Paragraph style={{ marginBottom: 4 }}>
                            {o.obstacles}
                          </Typography.Paragraph>
                          {o.actions.map((act) => (
                            <div key={`${act.action}-${act.at}`}>
                              <Typography.Text type="secondary">
                                {vi.office.obstacleActions[act.action]} · {act.by} · {formatDateTime(act.at)}
                              </Typography.Text>
                              {act.message ? ` — ${act.message}` : ''}
                            </div>
                          ))}
                          <ObstacleActions reportId={o.id} abilities={o.abilities} />
                        </div>
                      </List.Item>
                    )}
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
