import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { Card, Space, Table, Tooltip, Typography } from 'antd';
import { api, qs } from '../api/client';
import type { DirectiveView, ListItem, Page } from '../api/schema';
import { QueryState } from '../components/query-state';
import { vi } from '../text/vi';

const CELL: Record<string, string> = { green: '#52c41a', yellow: '#faad14', red: '#f5222d' };

/** A published directive: its tasks × units as a matrix of colours, each cell a link to the assignment. */
export function DirectiveMatrix({ directive }: { directive: DirectiveView }) {
  const route = getRouteApi('/app/van-ban/$id');
  const { page } = route.useSearch();
  const navigate = route.useNavigate();
  const assignments = useQuery({
    queryKey: ['assignments', 'directive', directive.id],
    queryFn: async () => {
      const items: ListItem[] = [];
      for (let page = 1; page <= 10; page++) {
        const res = await api.get<Page<ListItem>>(
          `/api/assignments${qs({ directiveId: directive.id, pageSize: 200, page })}`,
        );
        items.push(...res.items);
        if (items.length >= res.total) break;
      }
      return items;
    },
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={1}>
        {directive.number ?? ''} {directive.subject ?? ''}
      </Typography.Title>
      {directive.abilities?.includes('directive.read_source') && (
        <a href={`/api/directives/${directive.id}/source`}>{directive.sourceName}</a>
      )}
      <Card title={vi.review.matrix}>
        <QueryState query={assignments}>
          {(items) => {
            const units = [...new Map(items.map((a) => [a.unit.id, a.unit.name])).entries()];
            const tasks = [...new Map(items.map((a) => [a.task.id, a.task])).values()];
            return (
              <Table
                size="small"
                rowKey="id"
                pagination={{
                  pageSize: 50,
                  current: page ?? 1,
                  // the page of tasks is the URL's: Back returns to the one before
                  onChange: (p) => navigate({ search: p > 1 ? { page: p } : {} }),
                }}
                scroll={{ x: 240 + units.length * 36 }}
                dataSource={tasks}
                columns={[
                  {
                    title: vi.work.task,
                    fixed: 'left',
                    width: 240,
                    render: (_, t) => <Tooltip title={t.text}>{`${t.ref} ${t.text.slice(0, 60)}`}</Tooltip>,
                  },
                  ...units.map(([id, name]) => ({
                    title: (
                      <Tooltip title={name}>
                        <span style={{ writingMode: 'vertical-rl' as const, fontSize: 11 }}>
                          {name.slice(0, 28)}
                        </span>
                      </Tooltip>
                    ),
                    key: String(id),
                    width: 36,
                    render: (_: unknown, t: { id: number }) => {
                      const a = items.find((x) => x.task.id === t.id && x.unit.id === id);
                      if (!a) return null;
                      return (
                        <Link
                          to="/nhiem-vu/$id"
                          params={{ id: String(a.id) }}
                          aria-label={`${name}: ${a.color ? vi.colors[a.color] : ''}`}
                        >
                          <span
                            style={{
                              display: 'inline-block',
                              width: 18,
                              height: 18,
                              borderRadius: 4,
                              background: a.color ? CELL[a.color] : '#d9d9d9',
                            }}
                          />
                        </Link>
                      );
                    },
                  })),
                ]}
              />
            );
          }}
        </QueryState>
      </Card>
    </Space>
  );
}
