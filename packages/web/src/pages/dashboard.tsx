import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { api } from '../api/client';
import type { Dashboard } from '../api/schema';
import { useUser } from '../auth';
import { type FigureFilter, FigureLink } from '../components/figure-link';
import { QueryState } from '../components/query-state';
import { UnitFiguresTable } from '../components/unit-figures-table';
import { percent } from '../format';
import { mayOpen } from '../screens';
import { vi } from '../text/vi';

echarts.use([LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

function Chart({
  option,
  height = 280,
  onClick,
  label,
}: {
  option: echarts.EChartsCoreOption;
  height?: number;
  onClick?: (p: { dataIndex: number; seriesIndex?: number }) => void;
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const chart = echarts.init(ref.current, undefined, { renderer: 'svg' });
    chart.setOption(option);
    if (onClick) chart.on('click', (p) => onClick(p as { dataIndex: number; seriesIndex?: number }));
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option, onClick]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}

/** The leader's picture in ten seconds; every figure opens the list behind it, counted the same way. */
export function DashboardPage() {
  const user = useUser();
  const query = useQuery({ queryKey: ['dashboard'], queryFn: () => api.get<Dashboard>('/api/dashboard') });
  const navigate = useNavigate();
  const toList = (filter: FigureFilter) => navigate({ to: '/danh-sach', search: { ...filter, lead: true } });
  return (
    <QueryState query={query}>
      {(d) => (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <Typography.Title level={1}>{vi.dashboard.title}</Typography.Title>
            <Typography.Text type="secondary" data-testid="dashboard-scope">
              {vi.dashboard.scope} <Link to="/huong-dan">{vi.dashboard.howCounted}</Link>
            </Typography.Text>
            {mayOpen(user.abilities, '/bao-cao') && (
              <Typography.Paragraph>
                <Link to="/bao-cao" data-testid="dashboard-reports">
                  {vi.dashboard.periodicReport}
                </Link>
              </Typography.Paragraph>
            )}
          </Col>
          <Col xs={24} md={6}>
            <Card hoverable onClick={() => toList({})} data-testid="dashboard-total">
              <Statistic groupSeparator="." title={vi.dashboard.total} value={d.total} />
            </Card>
          </Col>
          {(['red', 'yellow', 'green'] as const).map((c) => (
            <Col xs={8} md={6} key={c}>
              <Card hoverable onClick={() => toList({ color: c })} data-testid={`dashboard-${c}`}>
                <Statistic
                  groupSeparator="."
                  title={vi.colors[c]}
                  value={d.colors[c]}
                  valueStyle={{ color: c === 'red' ? '#cf1322' : c === 'green' ? '#389e0d' : '#ad6800' }}
                />
              </Card>
            </Col>
          ))}
          {Object.entries(d.timeliness).map(([k, v]) => (
            <Col xs={12} md={6} key={k}>
              <Card
                size="small"
                hoverable
                onClick={() => toList({ timeliness: k })}
                data-testid={`timeliness-${k}`}
              >
                <Statistic groupSeparator="." title={vi.timeliness[k]} value={v} />
              </Card>
            </Col>
          ))}
          <Col span={24}>
            <Card size="small" data-testid="on-time-share">
              <Statistic title={vi.dashboard.onTimeShare} value={percent(d.onTimeShare)} />
              <Typography.Text type="secondary">
                {vi.dashboard.onTimeBase(d.onTime.doneOnTime, d.onTime.due)}
              </Typography.Text>
            </Card>
          </Col>
          <Col span={24}>
            <Card title={vi.dashboard.byUnit} data-testid="dashboard-by-unit">
              <UnitFiguresTable rows={d.byUnit} />
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Card title={vi.dashboard.trend}>
              <Chart
                label={vi.dashboard.trend}
                option={{
                  tooltip: { trigger: 'axis' },
                  legend: { top: 0 },
                  grid: { left: 40, right: 16, top: 32, bottom: 24 },
                  xAxis: {
                    type: 'category',
                    data: d.trend.map((t) => t.month.split('-').reverse().join('/')),
                  },
                  yAxis: { type: 'value', minInterval: 1 },
                  series: [
                    {
                      type: 'line',
                      name: vi.dashboard.onTime,
                      data: d.trend.map((t) => t.onTime),
                      itemStyle: { color: '#52c41a' },
                    },
                    {
                      type: 'line',
                      name: vi.dashboard.late,
                      data: d.trend.map((t) => t.late),
                      itemStyle: { color: '#fa8c16' },
                    },
                  ],
                }}
              />
            </Card>
          </Col>
          <Col xs={24} lg={14}>
            <Card title={vi.dashboard.byDirective} data-testid="dashboard-by-directive">
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={d.byDirective}
                scroll={{ x: 420 }}
                columns={[
                  {
                    title: vi.work.directive,
                    render: (_, r) => (
                      <Link to="/van-ban/$id" params={{ id: String(r.id) }}>
                        {r.number ?? r.subject ?? `#${r.id}`}
                      </Link>
                    ),
                  },
                  ...(['total', 'red', 'green'] as const).map((k) => ({
                    title: k === 'total' ? vi.dashboard.assigned : vi.colors[k],
                    key: k,
                    width: 80,
                    align: 'right' as const,
                    render: (_: unknown, r: Dashboard['byDirective'][number]) => (
                      <FigureLink
                        n={r[k]}
                        label={`${r.number ?? r.subject ?? ''} · ${k === 'total' ? vi.dashboard.assigned : vi.colors[k]}`}
                        filter={k === 'total' ? { directiveId: r.id } : { directiveId: r.id, color: k }}
                      />
                    ),
                  })),
                ]}
              />
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Card title={vi.dashboard.byProgramme}>
              <Table
                size="small"
                rowKey="code"
                pagination={false}
                dataSource={d.byProgramme}
                columns={[
                  { title: vi.review.programmes, dataIndex: 'code' },
                  ...(['total', 'red'] as const).map((k) => ({
                    title: k === 'total' ? vi.dashboard.assigned : vi.colors[k],
                    key: k,
                    width: 80,
                    align: 'right' as const,
                    render: (_: unknown, r: Dashboard['byProgramme'][number]) => (
                      <FigureLink
                        n={r[k]}
                        label={`${r.code} · ${k === 'total' ? vi.dashboard.assigned : vi.colors[k]}`}
                        filter={k === 'total' ? { programme: r.code } : { programme: r.code, color: k }}
                      />
                    ),
                  })),
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </QueryState>
  );
}
