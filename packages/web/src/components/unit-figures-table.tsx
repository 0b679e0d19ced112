import { Table } from 'antd';
import type { UnitFigures } from '../api/schema';
import { percent } from '../format';
import { vi } from '../text/vi';
import { FigureLink } from './figure-link';

type Count = 'total' | 'doneOnTime' | 'doneLate' | 'openOverdue';

const counts: { key: Count; title: string; timeliness?: string }[] = [
  { key: 'total', title: vi.dashboard.assigned },
  { key: 'doneOnTime', title: vi.dashboard.doneOnTime, timeliness: 'done_on_time' },
  { key: 'doneLate', title: vi.dashboard.doneLate, timeliness: 'done_late' },
  { key: 'openOverdue', title: vi.dashboard.openOverdue, timeliness: 'open_overdue' },
];

/** Every unit's lead assignments, sortable by any column; each count opens its list. */
export function UnitFiguresTable({ rows }: { rows: UnitFigures[] }) {
  return (
    <Table<UnitFigures>
      size="small"
      rowKey="id"
      dataSource={rows}
      scroll={{ x: 620 }}
      pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
      showSorterTooltip={false}
      columns={[
        {
          title: vi.dashboard.unit,
          dataIndex: 'name',
          width: 180,
          fixed: 'left',
          sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
        },
        ...counts.map(({ key, title, timeliness }) => ({
          title,
          key,
          width: 100,
          align: 'right' as const,
          sorter: (a: UnitFigures, b: UnitFigures) => a[key] - b[key],
          ...(key === 'openOverdue' ? { defaultSortOrder: 'descend' as const } : {}),
          render: (_: unknown, u: UnitFigures) => (
            <FigureLink
              n={u[key]}
              label={`${u.name} · ${title}`}
              filter={timeliness ? { unitId: u.id, timeliness } : { unitId: u.id }}
            />
          ),
        })),
        {
          title: vi.dashboard.share,
          key: 'share',
          width: 90,
          align: 'right' as const,
          sorter: (a, b) => (a.onTimeShare ?? -1) - (b.onTimeShare ?? -1),
          render: (_, u) => percent(u.onTimeShare),
        },
      ]}
    />
  );
}
