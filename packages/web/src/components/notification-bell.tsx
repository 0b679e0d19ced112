import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { client } from '../api/client';
import { vi } from '../text/vi';

/** The unread count, read every minute and whenever the window comes back into focus. */
export const unreadCountQuery = {
  queryKey: ['notifications', 'unread-count'],
  queryFn: async () => (await (await client.api.notifications['unread-count'].$get()).json()).count,
  refetchInterval: 60_000,
  refetchOnWindowFocus: true,
} as const;

/**
 * The bell in the header: how many notifications are unread; opens the list. A plain count, not
 * antd's Badge, which would add its motion code to every screen's first load.
 */
export function NotificationBell() {
  const unread = useQuery(unreadCountQuery);
  const count = unread.data ?? 0;
  return (
    <Link to="/thong-bao" aria-label={vi.notifications.bell(count)} data-testid="bell">
      <span className="bell">
        <BellOutlined style={{ fontSize: 20, color: '#fff', padding: 4 }} />
        {count > 0 && (
          <span className="bell-count" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        )}
      </span>
    </Link>
  );
}
