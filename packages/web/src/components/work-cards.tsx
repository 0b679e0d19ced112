import { Link } from '@tanstack/react-router';
import { List, Space, Typography } from 'antd';
import type { ListItem, Page } from '../api/schema';
import { formatDate } from '../format';
import { vi } from '../text/vi';
import { Panel } from './panel';
import { PercentBar } from './percent-bar';
import { Flags, StatusBadge } from './status';

/** A task's text, cut where a list has no room for more. */
export function shortTask(text: string): string {
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

/**
 * The work list on a phone: one card per assignment, deadline and status in view without
 * sideways scrolling (a table needs 720 px).
 */
export function WorkCards({ page, onPage }: { page: Page<ListItem>; onPage: (page: number) => void }) {
  return (
    <List<ListItem>
      data-testid="work-cards"
      dataSource={page.items}
      rowKey="id"
      split={false}
      pagination={{
        current: page.page,
        pageSize: page.pageSize,
        total: page.total,
        simple: true,
        size: 'small',
        align: 'center',
        showTotal: (t) => `${vi.work.total}: ${t}`,
        onChange: onPage,
      }}
      renderItem={(a) => (
        <List.Item style={{ padding: '0 0 8px' }}>
          <Panel style={{ width: '100%' }} data-testid="work-card">
            <Link to="/nhiem-vu/$id" params={{ id: String(a.id) }}>
              {shortTask(a.task.text)}
            </Link>
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
              {a.directive.number ?? a.directive.subject} · {a.unit.name} · {vi.roleInTask[a.role]}
            </Typography.Text>
            <Space wrap size={[8, 4]} style={{ marginTop: 8 }}>
              <span data-testid="work-card-due">
                {vi.work.due}: <b>{a.dueDate ? formatDate(a.dueDate) : vi.work.noDue}</b>
              </span>
              <StatusBadge color={a.color} timeliness={a.timeliness} />
              <Flags flags={a.flags} />
            </Space>
            <PercentBar percent={a.percent} label={vi.work.progress} />
          </Panel>
        </List.Item>
      )}
    />
  );
}
