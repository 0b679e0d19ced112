import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { Card, Col, Input, List, Row, Space, Typography } from 'antd';
import { api, qs } from '../api/client';
import type { ListItem, Page } from '../api/schema';
import { QueryState } from '../components/query-state';
import { StatusBadge } from '../components/status';
import { vi } from '../text/vi';

/** One box across directives, assignments and units; accents optional ("so khoa hoc" finds "Sở Khoa học"). */
export function SearchScreen(): React.JSX.Element {
  const route = getRouteApi('/app/tim-kiem');
  const { q } = route.useSearch();
  const navigate = route.useNavigate();
  return <SearchPage q={q ?? ''} onSearch={(next) => navigate({ search: next.trim() ? { q: next } : {} })} />;
}

/** The words searched are the URL's: a search is shared as a link, and Back returns to the one before. */
export function SearchPage({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const results = useQuery({
    queryKey: ['search', q],
    enabled: q.trim().length > 1,
    queryFn: async () => {
      const [directives, assignments, units] = await Promise.all([
        api.get<{ items: { id: number; number: string | null; subject: string | null }[] }>(
          `/api/directives${qs({ q, pageSize: 20 })}`,
        ),
        api.get<Page<ListItem>>(`/api/assignments${qs({ q, pageSize: 20 })}`),
        api.get<{ items: { id: number; name: string }[] }>(`/api/units${qs({ q })}`),
      ]);
      return { directives: directives.items, assignments: assignments.items, units: units.items };
    },
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={1}>{vi.searchPage.title}</Typography.Title>
      <Input.Search
        aria-label={vi.search}
        placeholder={vi.searchPlaceholder}
        enterButton={vi.search}
        size="large"
        key={q}
        defaultValue={q}
        onSearch={onSearch}
        allowClear
      />
      {q.trim().length > 1 && (
        <QueryState query={results}>
          {(r) => (
            <Row gutter={[16, 16]}>
              <Col xs={24} md={8}>
                <Card title={vi.searchPage.directives} size="small">
                  <List
                    dataSource={r.directives}
                    locale={{ emptyText: vi.empty }}
                    renderItem={(d) => (
                      <List.Item>
                        <Link to="/van-ban/$id" params={{ id: String(d.id) }}>
                          {d.number ?? ''} {d.subject ?? ''}
                        </Link>
                      </List.Item>
                    )}
                  />
                </Card>
              </Col>
              <Col xs={24} md={10}>
                <Card title={vi.searchPage.assignments} size="small">
                  <List
                    dataSource={r.assignments}
                    locale={{ emptyText: vi.empty }}
                    renderItem={(a) => (
                      <List.Item>
                        <Space direction="vertical" size={0}>
                          <Link to="/nhiem-vu/$id" params={{ id: String(a.id) }}>
                            {a.task.text.slice(0, 140)}
                          </Link>
                          <span>
                            {a.unit.name} <StatusBadge color={a.color} timeliness={null} />
                          </span>
                        </Space>
                      </List.Item>
                    )}
                  />
                </Card>
              </Col>
              <Col xs={24} md={6}>
                <Card title={vi.searchPage.units} size="small">
                  <List
                    dataSource={r.units}
                    locale={{ emptyText: vi.empty }}
                    renderItem={(u) => (
                      <List.Item>
                        <Link to="/danh-sach" search={{ unitId: u.id }}>
                          {u.name}
                        </Link>
                      </List.Item>
                    )}
                  />
                </Card>
              </Col>
            </Row>
          )}
        </QueryState>
      )}
    </Space>
  );
}
