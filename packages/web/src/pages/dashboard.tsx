import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { Button, Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { api } from '../api/client';
import type { Dashboard } from '../api/types';
import { QueryState } from '../components/query-state';
import { percent } from '../format';
import { vi } from '../text/vi';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

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

/** The leader's picture in ten seconds; every figure opens the list behind it. */
export function DashboardPage() {
  const query = useQuery({ queryKey: ['dashboard'], queryFn: () => api.get<Dashboard>('/api/dashboard') });
  const navigate = useNavigate();
  const toList = (search: Record<string, string | number>) => navigate({ to: '/danh-sach', search });
  return (
    <QueryState query={query}>
      {(d) => (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <Typography.Title level={1}>{vi.dashboard.title}</Typography.Title>
          </Col>
          <Col xs={12} md={6}>
            <Card hoverable onClick={() => toList({})}>
              <Statistic groupSeparator="." title={vi.dashboard.total} value={d.total} />
              <Typography.Text type="secondary" data-testid="on-time-share">
                {vi.dashboard.onTimeShare}: {percent(d.onTimeShare)}
              </Typography.Text>
            </Card>
          </Col>
          {(['red', 'yellow', 'green'] as const).map((c) => (
            <Col xs={12} md={6} key={c}>
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
          <Col xs={24} lg={12}>
            <Card title={vi.dashboard.overdueByUnit}>
              <Chart
                label={vi.dashboard.overdueByUnit}
                option={{
                  grid: { left: 160, right: 16, top: 8, bottom: 24 },
                  tooltip: {},
                  xAxis: { type: 'value' },
                  yAxis: {
                    type: 'category',
                    inverse: true,
                    data: d.overdueByUnit.map((u) => u.name),
                    axisLabel: { width: 150, overflow: 'truncate' },
                  },
                  series: [
                    {
                      type: 'bar',
                      name: vi.dashboard.overdue,
                      data: d.overdueByUnit.map((u) => u.overdue),
                      itemStyle: { color: '#f5222d' },
                    },
                  ],
                }}
                onClick={(p) =>
                  toList({ unitId: d.overdueByUnit[p.dataIndex]!.id, timeliness: 'open_overdue' })
                }
              />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
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
                  yAxis: { type: 'value' },
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
            <Card title={vi.dashboard.byDirective}>
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={d.byDirective}
                columns={[
                  {
                    title: vi.work.directive,
                    render: (_, r) => (
                      <Link to="/van-ban/$id" params={{ id: String(r.id) }}>
                        {r.number ?? r.subject}
                      </Link>
                    ),
                  },
                  { title: vi.dashboard.total, dataIndex: 'total', width: 90 },
                  { title: vi.colors.red, dataIndex: 'red', width: 70 },
                  { title: vi.colors.green, dataIndex: 'green', width: 70 },
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
                  {
                    title: vi.review.programmes,
                    render: (_, r) => (
                      <Button type="link" size="small" onClick={() => toList({ programme: r.code })}>
                        {r.code}
                      </Button>
                    ),
                  },
                  { title: vi.dashboard.total, dataIndex: 'total', width: 90 },
                  { title: vi.colors.red, dataIndex: 'red', width: 70 },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </QueryState>
  );
}
