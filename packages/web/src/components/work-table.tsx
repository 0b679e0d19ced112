import { Link } from '@tanstack/react-router';
import { Progress, Space, Table, Typography } from 'antd';
import type { ListItem, Page } from '../api/schema';
import { formatDate } from '../format';
import { vi } from '../text/vi';
import { Flags, StatusBadge } from './status';
import { shortTask } from './work-cards';

/**
 * The work list on a wide screen: a table. Loaded only there (pages/work.tsx imports it lazily):
 * a phone shows cards and never downloads antd's table.
 */
export default function WorkTable({
  page,
  onPage,
}: {
  page: Page<ListItem>;
  onPage: (page: number) => void;
}) {
  return (
    <Table<ListItem>
      rowKey="id"
      size="middle"
      dataSource={page.items}
      scroll={{ x: 720 }}
      pagination={{
        current: page.page,
        pageSize: page.pageSize,
        total: page.total,
        showTotal: (t) => `${vi.work.total}: ${t}`,
        onChange: onPage,
      }}
      columns={[
        {
          title: vi.work.task,
          render: (_, a) => (
            <Space direction="vertical" size={0}>
              <Link to="/nhiem-vu/$id" params={{ id: String(a.id) }}>
                {shortTask(a.task.text)}
              </Link>
              <Typography.Text type="secondary">
                {a.directive.number ?? a.directive.subject} · {a.unit.name} · {vi.roleInTask[a.role]}
              </Typography.Text>
            </Space>
          ),
        },
        { title: vi.work.due, width: 110, render: (_, a) => formatDate(a.dueDate) },
        {
          title: vi.work.progress,
          width: 120,
          render: (_, a) => <Progress percent={a.percent} size="small" aria-label={vi.work.progress} />,
        },
        {
          title: vi.work.status,
          width: 220,
          render: (_, a) => (
            <>
              <StatusBadge color={a.color} timeliness={a.timeliness} />
              <Flags flags={a.flags} />
            </>
          ),
        },
      ]}
    />
  );
}
