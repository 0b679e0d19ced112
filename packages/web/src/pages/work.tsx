import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Card, Col, Grid, Input, Progress, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { api, qs } from '../api/client';
import type { ListItem, Page } from '../api/types';
import { useUser } from '../auth';
import { QueryState } from '../components/query-state';
import { Flags, StatusBadge } from '../components/status';
import { shortTask, WorkCards } from '../components/work-cards';
import { formatDate } from '../format';
import { vi } from '../text/vi';

/** The unit's assignments (and those of the units below it), with counts, filters and search. */
export interface WorkFilters {
  color?: string;
  flag?: string;
  timeliness?: string;
  programme?: string;
  unitId?: number;
  /** Opened from a dashboard figure: only what the dashboard counts, a unit's own assignments. */
  lead?: boolean;
  directiveId?: number;
}

/** With `mine`, the signed-in unit's work; else the list behind a dashboard figure. */
export function WorkPage({ initial, mine }: { initial?: WorkFilters; mine?: boolean }) {
  const user = useUser();
  const phone = !Grid.useBreakpoint().md;
  const [filters, setFilters] = useState({
    ...initial,
    q: '',
    sort: 'due',
    page: 1,
    unitId: initial?.unitId ?? (mine ? user.unit?.id : undefined),
  });
  // a dashboard figure counts a unit's own lead assignments, so its list leaves the units below out
  const includeChildren = !filters.lead;
  const params = { ...filters, includeChildren, pageSize: 20 };
  const list = useQuery({
    queryKey: ['assignments', params],
    queryFn: () => api.get<Page<ListItem>>(`/api/assignments${qs(params)}`),
  });
  const counts = useQuery({
    queryKey: [
      'assignment-counts',
      filters.unitId,
      filters.timeliness,
      filters.programme,
      filters.lead,
      filters.directiveId,
    ],
    queryFn: async () => {
      const colors = ['red', 'yellow', 'green'] as const;
      const { unitId, timeliness, programme, lead, directiveId } = filters;
      const scope = { unitId, includeChildren, timeliness, programme, lead, directiveId, pageSize: 1 };
      const pages = await Promise.all(
        colors.map((color) => api.get<Page<ListItem>>(`/api/assignments${qs({ ...scope, color })}`)),
      );
      return Object.fromEntries(colors.map((c, i) => [c, pages[i]!.total]));
    },
  });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1}>
        {mine ? vi.work.title : vi.nav.dashboard}
        {filters.timeliness ? ` · ${vi.timeliness[filters.timeliness]}` : ''}
        {filters.programme ? ` · ${filters.programme}` : ''}
      </Typography.Title>
      {filters.lead && (
        <Typography.Text type="secondary" data-testid="list-scope">
          {vi.dashboard.scope}
        </Typography.Text>
      )}
      <Row gutter={[12, 12]}>
        {(['red', 'yellow', 'green'] as const).map((c) => (
          <Col xs={8} key={c}>
            <Card
              size="small"
              hoverable
              onClick={() => setFilters({ ...filters, color: filters.color === c ? undefined : c, page: 1 })}
            >
              <Statistic
                groupSeparator="."
                title={vi.colors[c]}
                value={counts.data?.[c] ?? '…'}
                valueStyle={{ color: c === 'red' ? '#cf1322' : c === 'green' ? '#389e0d' : '#ad6800' }}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Space wrap>
        <Input.Search
          aria-label={vi.search}
          placeholder={vi.searchPlaceholder}
          allowClear
          style={{ width: 320, maxWidth: '100%' }}
          onSearch={(q) => setFilters({ ...filters, q, page: 1 })}
        />
        <Select
          aria-label={vi.work.status}
          style={{ width: 140 }}
          value={filters.color ?? ''}
          onChange={(color) => setFilters({ ...filters, color: color || undefined, page: 1 })}
          options={[
            { value: '', label: vi.work.allColors },
            ...['red', 'yellow', 'green'].map((c) => ({ value: c, label: vi.colors[c] })),
          ]}
        />
        <Select
          aria-label={vi.flags.due_soon}
          style={{ width: 180 }}
          value={filters.flag ?? ''}
          onChange={(flag) => setFilters({ ...filters, flag: flag || undefined, page: 1 })}
          options={[
            { value: '', label: vi.work.allFlags },
            ...Object.entries(vi.flags).map(([value, label]) => ({ value, label })),
          ]}
        />
        <Select
          aria-label={vi.work.due}
          style={{ width: 160 }}
          value={filters.sort}
          onChange={(sort) => setFilters({ ...filters, sort })}
          options={[
            { value: 'due', label: vi.work.sortDue },
            { value: '-due', label: vi.work.sortDueDesc },
            { value: 'updated', label: vi.work.sortUpdated },
          ]}
        />
      </Space>
      <QueryState query={list}>
        {(page) =>
          phone ? (
            <WorkCards page={page} onPage={(p) => setFilters({ ...filters, page: p })} />
          ) : (
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
                onChange: (p) => setFilters({ ...filters, page: p }),
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
                  render: (_, a) => (
                    <Progress percent={a.percent} size="small" aria-label={vi.work.progress} />
                  ),
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
          )
        }
      </QueryState>
    </Space>
  );
}
