import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import {
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  InputNumber,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Typography,
} from 'antd';
import { type ReactNode, useState } from 'react';
import { api, qs } from '../api/client';
import type { DirectiveListItem, Page, PeriodicReport } from '../api/schema';
import { IsoDatePicker } from '../components/iso-date-picker';
import { QueryState } from '../components/query-state';
import { RestrictedScreen } from '../components/restricted-screen';
import { formatDate, percent } from '../format';
import type { ReportSearch } from '../search-params';
import { vi } from '../text/vi';

type Kind = 'month' | 'quarter' | 'half' | 'year' | 'custom';
const t = vi.reports;

/** The period chosen in the form as a key of the reporting regime ("2025-03", "2025-Q1"…). */
function periodKey(kind: Kind, year: number, index: number): string | undefined {
  if (kind === 'month') return `${year}-${String(index).padStart(2, '0')}`;
  if (kind === 'quarter') return `${year}-Q${index}`;
  if (kind === 'half') return `${year}-H${index}`;
  if (kind === 'year') return String(year);
  return undefined;
}

function kindOf(search: ReportSearch): { kind: Kind; year: number; index: number } {
  const now = new Date();
  const p = search.period;
  if (!p)
    return search.from
      ? { kind: 'custom', year: now.getFullYear(), index: 1 }
      : { kind: 'quarter', year: now.getFullYear(), index: Math.ceil((now.getMonth() + 1) / 3) };
  const year = Number(p.slice(0, 4));
  if (/-Q\d$/.test(p)) return { kind: 'quarter', year, index: Number(p.slice(-1)) };
  if (/-H\d$/.test(p)) return { kind: 'half', year, index: Number(p.slice(-1)) };
  if (/-\d\d$/.test(p)) return { kind: 'month', year, index: Number(p.slice(5)) };
  return { kind: 'year', year, index: 1 };
}

const FORMATS = [
  ['xlsx', 'Excel (XLSX)'],
  ['docx', 'Word (DOCX)'],
  ['pdf', 'PDF'],
  ['csv', 'CSV'],
] as const;

/** Báo cáo định kỳ: choose the period and the scope, preview the figures at the cut-off, download. */
export function ReportsScreen() {
  return (
    <RestrictedScreen path="/bao-cao">
      <ReportsPage search={getRouteApi('/app/bao-cao').useSearch()} />
    </RestrictedScreen>
  );
}

function ReportsPage({ search }: { search: ReportSearch }) {
  const navigate = useNavigate();
  const initial = kindOf(search);
  const [kind, setKind] = useState<Kind>(initial.kind);
  const [year, setYear] = useState(initial.year);
  const [index, setIndex] = useState(initial.index);
  const [from, setFrom] = useState<string | null>(search.from ?? null);
  const [to, setTo] = useState<string | null>(search.to ?? null);
  const [directiveId, setDirectiveId] = useState<number | undefined>(search.directiveId);
  const [unitId, setUnitId] = useState<number | undefined>(search.unitId);
  const [withChildren, setWithChildren] = useState(Boolean(search.withChildren));

  const units = useQuery({
    queryKey: ['units'],
    queryFn: () => api.get<{ items: { id: number; name: string }[] }>('/api/units'),
  });
  const directives = useQuery({
    queryKey: ['directives', 'report-scope'],
    queryFn: () => api.get<Page<DirectiveListItem>>(`/api/directives${qs({ pageSize: 100 })}`),
  });
  const chosen = Boolean(search.period || (search.from && search.to));
  const query = useQuery({
    queryKey: ['report', search],
    enabled: chosen,
    queryFn: () => api.get<PeriodicReport>(`/api/reports${qs({ ...search })}`),
  });

  const preview = () =>
    navigate({
      to: '/bao-cao',
      search: {
        ...(kind === 'custom'
          ? { from: from ?? undefined, to: to ?? undefined }
          : { period: periodKey(kind, year, index) }),
        directiveId,
        unitId,
        withChildren: unitId && withChildren ? true : undefined,
      },
    });

  const indexOptions =
    kind === 'month'
      ? Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${t.month} ${i + 1}` }))
      : kind === 'quarter'
        ? ['I', 'II', 'III', 'IV'].map((r, i) => ({ value: i + 1, label: `${t.quarter} ${r}` }))
        : kind === 'half'
          ? t.halves.map((label, i) => ({ value: i + 1, label }))
          : [];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={1}>{t.title}</Typography.Title>
        <Typography.Text type="secondary">{t.intro}</Typography.Text>
      </div>
      <Card>
        <Form layout="vertical" onFinish={preview}>
          <Row gutter={16}>
            <Col xs={24} md={6}>
              <Form.Item label={t.kind}>
                <Select<Kind>
                  aria-label={t.kind}
                  value={kind}
                  onChange={(k) => {
                    setKind(k);
                    setIndex(1);
                  }}
                  options={(Object.keys(t.kinds) as Kind[]).map((k) => ({ value: k, label: t.kinds[k] }))}
                />
              </Form.Item>
            </Col>
            {kind === 'custom' ? (
              <>
                <Col xs={12} md={5}>
                  <Form.Item label={t.from}>
                    <IsoDatePicker label={t.from} value={from} onChange={setFrom} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item label={t.to}>
                    <IsoDatePicker label={t.to} value={to} onChange={setTo} />
                  </Form.Item>
                </Col>
              </>
            ) : (
              <>
                {indexOptions.length > 0 && (
                  <Col xs={12} md={5}>
                    <Form.Item label={kind === 'month' ? t.month : kind === 'quarter' ? t.quarter : t.half}>
                      <Select
                        aria-label={t.kinds[kind]}
                        value={index}
                        onChange={setIndex}
                        options={indexOptions}
                      />
                    </Form.Item>
                  </Col>
                )}
                <Col xs={12} md={5}>
                  <Form.Item label={t.year}>
                    <InputNumber
                      aria-label={t.year}
                      min={2000}
                      max={2100}
                      value={year}
                      onChange={(v) => v && setYear(v)}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                </Col>
              </>
            )}
          </Row>
          <Row gutter={16}>
            <Col xs={24} md={10}>
              <Form.Item label={t.directive}>
                <Select
                  aria-label={t.directive}
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  placeholder={t.allDirectives}
                  value={directiveId}
                  onChange={setDirectiveId}
                  options={(directives.data?.items ?? [])
                    .filter((d) => d.status === 'published')
                    .map((d) => ({ value: d.id, label: `${d.number ?? ''} ${d.subject ?? ''}`.trim() }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label={t.unit}>
                <Select
                  aria-label={t.unit}
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  placeholder={t.allUnits}
                  value={unitId}
                  onChange={setUnitId}
                  options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label=" ">
                <Checkbox
                  checked={withChildren}
                  disabled={!unitId}
                  onChange={(e) => setWithChildren(e.target.checked)}
                >
                  {t.withChildren}
                </Checkbox>
              </Form.Item>
            </Col>
          </Row>
          <Button type="primary" htmlType="submit" data-testid="report-preview">
            {t.preview}
          </Button>
        </Form>
      </Card>
      {!chosen ? (
        <Typography.Text>{t.choose}</Typography.Text>
      ) : (
        <QueryState query={query}>{(r) => <Preview report={r} search={search} />}</QueryState>
      )}
    </Space>
  );
}

/** A table that scrolls sideways on phones, reachable by keyboard (WCAG 2.1.1). */
function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: WCAG 2.1.1, a scrolling region must take focus
    <section aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      {children}
    </section>
  );
}

function Preview({ report: r, search }: { report: PeriodicReport; search: ReportSearch }) {
  const s = r.summary;
  const figures = [
    ['total', s.total],
    ['assignedInPeriod', s.assignedInPeriod],
    ['doneOnTime', s.doneOnTime],
    ['doneLate', s.doneLate],
    ['openWithinDeadline', s.openWithinDeadline],
    ['openOverdue', s.openOverdue],
  ] as const;
  const c = t.columns;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="report-preview-result">
      <Card>
        <Typography.Title level={2}>
          {t.title} — {r.period.label}
        </Typography.Title>
        <Typography.Paragraph>
          {r.scope.label}. {t.dataLine(formatDate(r.period.from), formatDate(r.period.to))}.
        </Typography.Paragraph>
        <Space wrap>
          {FORMATS.map(([format, label]) => (
            <Button
              key={format}
              href={`/api/reports/export${qs({ ...search, format })}`}
              data-testid={`report-${format}`}
            >
              {t.download} {label}
            </Button>
          ))}
        </Space>
      </Card>
      <Row gutter={[16, 16]}>
        {figures.map(([key, value]) => (
          <Col xs={12} md={6} lg={4} key={key}>
            <Card>
              <Statistic title={t.summary[key]} value={value} groupSeparator="." />
            </Card>
          </Col>
        ))}
        <Col xs={12} md={6} lg={4}>
          <Card>
            <Statistic title={t.summary.onTimeShare} value={percent(s.onTimeShare)} />
            {r.previous && (
              <Typography.Text type="secondary">
                {t.previous(r.previous.label)}: {percent(r.previous.onTimeShare)}
              </Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
      <Card title={<Typography.Title level={3}>{t.units}</Typography.Title>}>
        <ScrollRegion label={t.units}>
          <Table
            size="small"
            rowKey="unitId"
            pagination={false}
            dataSource={r.units}
            columns={[
              { title: c.rank, dataIndex: 'rank' },
              { title: c.unit, dataIndex: 'unit' },
              { title: c.total, dataIndex: 'total' },
              { title: vi.timeliness.done_on_time, dataIndex: 'doneOnTime' },
              { title: vi.timeliness.done_late, dataIndex: 'doneLate' },
              { title: vi.timeliness.open_overdue, dataIndex: 'openOverdue' },
              { title: c.share, dataIndex: 'onTimeShare', render: (v: number | null) => percent(v) },
            ]}
          />
        </ScrollRegion>
      </Card>
      <Card title={<Typography.Title level={3}>{t.lateUnits}</Typography.Title>}>
        {r.lateUnits.length === 0 ? (
          <Typography.Text>{t.noLate}</Typography.Text>
        ) : (
          <ScrollRegion label={t.lateUnits}>
            <Table
              size="small"
              pagination={false}
              rowKey={(row) => `${row.unit}-${row.task}`}
              dataSource={r.lateUnits.flatMap((u) => u.tasks.map((task) => ({ unit: u.unit, ...task })))}
              columns={[
                { title: c.unit, dataIndex: 'unit' },
                { title: c.task, dataIndex: 'task' },
                { title: c.due, dataIndex: 'dueDate', render: (v: string | null) => formatDate(v) },
                { title: c.daysLate, dataIndex: 'daysLate' },
                { title: c.reason, dataIndex: 'reason' },
              ]}
            />
          </ScrollRegion>
        )}
      </Card>
      <Card title={<Typography.Title level={3}>{t.tasks}</Typography.Title>}>
        <Table
          size="small"
          rowKey="assignmentId"
          dataSource={r.tasks}
          scroll={{ x: true }}
          columns={[
            {
              title: c.task,
              dataIndex: 'task',
              render: (text: string, row) => (
                <Link to="/nhiem-vu/$id" params={{ id: String(row.assignmentId) }}>
                  {row.taskRef ? `${row.taskRef}. ` : ''}
                  {text}
                </Link>
              ),
            },
            { title: c.unit, dataIndex: 'unit' },
            { title: c.due, dataIndex: 'dueDate', render: (v: string | null) => formatDate(v) },
            {
              title: c.status,
              dataIndex: 'timeliness',
              render: (v: PeriodicReport['tasks'][number]['timeliness']) => (v ? vi.timeliness[v] : '—'),
            },
            { title: c.progress, dataIndex: 'percent', render: (v: number) => `${v}%` },
            { title: c.lastReport, dataIndex: 'lastReportAt', render: (v: string | null) => formatDate(v) },
            { title: c.obstacles, dataIndex: 'obstacles' },
          ]}
        />
      </Card>
    </Space>
  );
}
