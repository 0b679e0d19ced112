import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { App, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { client } from '../api/client';
import { formatDateTime } from '../format';
import { vi } from '../text/vi';

const PAGE = 30;

async function page(before: number | undefined) {
  const query = before ? { limit: String(PAGE), before: String(before) } : { limit: String(PAGE) };
  return (await (await client.api.notifications.$get({ query })).json()).items;
}

type Item = Awaited<ReturnType<typeof page>>[number];

/** My notifications, newest first: each opens its assignment; mark read one by one or all at once. */
export function NotificationsScreen() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const list = useInfiniteQuery({
    queryKey: ['notifications', 'list'],
    queryFn: ({ pageParam }) => page(pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.length === PAGE ? last[last.length - 1]?.id : undefined),
  });
  const mark = useMutation({
    mutationFn: async (change: { read: number[] | 'all' } | { unread: number }) => {
      if ('unread' in change)
        await client.api.notifications[':id'].unread.$post({ param: { id: String(change.unread) } });
      else await client.api.notifications.read.$post({ json: { ids: change.read } });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
    onError: (err) => message.error(err.message),
  });
  const items: Item[] = list.data?.pages.flat() ?? [];
  const anyUnread = items.some((i) => !i.readAt);
  return (
    <>
      <Typography.Title level={1}>{vi.notifications.title}</Typography.Title>
      <Card
        extra={
          <Button disabled={!anyUnread} loading={mark.isPending} onClick={() => mark.mutate({ read: 'all' })}>
            {vi.notifications.markAllRead}
          </Button>
        }
      >
        <List<Item>
          loading={list.isPending}
          dataSource={items}
          locale={{ emptyText: <Empty description={vi.notifications.empty} /> }}
          renderItem={(n) => (
            <List.Item
              data-testid="notification"
              style={{ background: n.readAt ? undefined : '#e6f4ff', paddingInline: 12 }}
              actions={[
                n.readAt ? (
                  <Button key="unread" size="small" onClick={() => mark.mutate({ unread: n.id })}>
                    {vi.notifications.markUnread}
                  </Button>
                ) : (
                  <Button key="read" size="small" onClick={() => mark.mutate({ read: [n.id] })}>
                    {vi.notifications.markRead}
                  </Button>
                ),
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    {n.assignmentId ? (
                      <Link
                        to="/nhiem-vu/$id"
                        params={{ id: String(n.assignmentId) }}
                        onClick={() => !n.readAt && mark.mutate({ read: [n.id] })}
                      >
                        {n.title}
                      </Link>
                    ) : (
                      <span>{n.title}</span>
                    )}
                    {!n.readAt && <Tag color="blue">{vi.notifications.unread}</Tag>}
                    {n.escalation && <Tag color="red">{vi.notifications.escalation}</Tag>}
                  </Space>
                }
                description={
                  <>
                    {n.body && <div>{n.body}</div>}
                    <Typography.Text type="secondary">{formatDateTime(n.createdAt)}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
        {list.hasNextPage && (
          <Button onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {vi.notifications.more}
          </Button>
        )}
        {list.isError && <Typography.Text type="danger">{list.error.message}</Typography.Text>}
      </Card>
    </>
  );
}
