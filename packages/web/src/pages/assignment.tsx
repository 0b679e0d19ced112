import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Progress,
  Row,
  Space,
  Tabs,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import type { AssignmentDetail } from '../api/types';
import { useUser } from '../auth';
import { CardHeading } from '../components/card-heading';
import { CascadeForm } from '../components/cascade-form';
import { type Evidence, EvidenceInput } from '../components/evidence-input';
import { QueryState } from '../components/query-state';
import { Flags, StatusBadge } from '../components/status';
import { describeEvent } from '../components/timeline-event';
import { formatDate, formatDateTime } from '../format';
import { vi } from '../text/vi';

export function AssignmentPage({ id }: { id: number }) {
  const user = useUser();
  const client = useQueryClient();
  const { message } = App.useApp();
  const query = useQuery({
    queryKey: ['assignment', id],
    queryFn: () => api.get<AssignmentDetail>(`/api/assignments/${id}`),
  });
  const [evidence, setEvidence] = useState<Evidence[]>([]);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await action();
      message.success(vi.assignment.saved);
      await client.invalidateQueries();
    } catch (err) {
      message.error((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <QueryState query={query}>
      {(a) => {
        const open = a.state === 'assigned' || a.state === 'in_progress';
        const officer = user.role === 'officer';
        const office = user.role === 'standing_office' || user.role === 'admin';
        const tabs = [
          officer &&
            open && {
              key: 'report',
              label: vi.assignment.report,
              children: (
                <Form
                  name="report"
                  data-testid="form-report"
                  layout="vertical"
                  onFinish={(v: { percent: number; narrative: string; obstacles?: string }) =>
                    run(() =>
                      api.post(`/api/assignments/${id}/reports`, { ...v, evidence, version: a.version }),
                    )
                  }
                  initialValues={{ percent: a.percent }}
                >
                  <Form.Item label={vi.assignment.percent} name="percent" rules={[{ required: true }]}>
                    <InputNumber min={0} max={100} />
                  </Form.Item>
                  <Form.Item
                    label={vi.assignment.narrative}
                    name="narrative"
                    rules={[{ required: true, message: vi.login.required }]}
                  >
                    <Input.TextArea rows={3} />
                  </Form.Item>
                  <Form.Item label={vi.assignment.obstacles} name="obstacles">
                    <Input.TextArea rows={2} />
                  </Form.Item>
                  <Form.Item label={vi.assignment.evidence}>
                    <EvidenceInput onChange={setEvidence} />
                  </Form.Item>
                  <Button type="primary" htmlType="submit" loading={busy}>
                    {vi.assignment.sendReport}
                  </Button>
                </Form>
              ),
            },
          officer &&
            open &&
            a.role === 'lead' && {
              key: 'claim',
              label: vi.assignment.claim,
              children: (
                <Form
                  name="claim"
                  data-testid="form-claim"
                  layout="vertical"
                  onFinish={(v: { narrative: string }) =>
                    run(() =>
                      api.post(`/api/assignments/${id}/claim`, {
                        narrative: v.narrative,
                        evidence,
                        version: a.version,
                      }),
                    )
                  }
                >
                  <Form.Item
                    label={vi.assignment.narrative}
                    name="narrative"
                    rules={[{ required: true, message: vi.login.required }]}
                  >
                    <Input.TextArea rows={3} />
                  </Form.Item>
                  <Form.Item label={vi.assignment.evidence} required>
                    <EvidenceInput onChange={setEvidence} />
                  </Form.Item>
                  <Button type="primary" htmlType="submit" loading={busy}>
                    {vi.assignment.sendClaim}
                  </Button>
                </Form>
              ),
            },
          officer &&
            open &&
            a.dueDate && {
              key: 'extension',
              label: vi.assignment.extension,
              children: (
                <Form
                  name="extension"
                  layout="vertical"
                  onFinish={(v: { due: { format: (f: string) => string }; reason: string }) =>
                    run(() =>
                      api.post(`/api/assignments/${id}/extensions`, {
                        requestedDue: v.due.format('YYYY-MM-DD'),
                        reason: v.reason,
                      }),
                    )
                  }
                >
                  <Form.Item
                    label={vi.assignment.newDue}
                    name="due"
                    rules={[{ required: true, message: vi.login.required }]}
                  >
                    <DatePicker format="DD/MM/YYYY" />
                  </Form.Item>
                  <Form.Item
                    label={vi.assignment.reason}
                    name="reason"
                    rules={[{ required: true, message: vi.login.required }]}
                  >
                    <Input.TextArea rows={2} />
                  </Form.Item>
                  <Button htmlType="submit" loading={busy}>
                    {vi.assignment.sendExtension}
                  </Button>
                </Form>
              ),
            },
          officer &&
            open && {
              key: 'cascade',
              label: vi.assignment.cascade,
              children: <CascadeForm assignmentId={id} unitId={a.unit.id} onDone={(action) => run(action)} />,
            },
          office &&
            a.state === 'claimed' && {
              key: 'verify',
              label: vi.assignment.verify,
              children: (
                <Form name="verify" layout="vertical">
                  <Form.Item label={vi.assignment.returnReason} name="reason">
                    <Input.TextArea rows={2} id="return-reason" />
                  </Form.Item>
                  <Space>
                    <Button
                      type="primary"
                      loading={busy}
                      onClick={() =>
                        run(() => api.post(`/api/assignments/${id}/verification`, { decision: 'accept' }))
                      }
                    >
                      {vi.assignment.accept}
                    </Button>
                    <Button
                      danger
                      loading={busy}
                      onClick={() => {
                        const reason =
                          (document.getElementById('return-reason') as HTMLTextAreaElement | null)?.value ??
                          '';
                        return run(() =>
                          api.post(`/api/assignments/${id}/verification`, { decision: 'return', reason }),
                        );
                      }}
                    >
                      {vi.assignment.return}
                    </Button>
                  </Space>
                </Form>
              ),
            },
        ].filter(Boolean) as { key: string; label: string; children: React.ReactNode }[];
        return (
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={14}>
              <Card title={<CardHeading>{vi.assignment.title}</CardHeading>}>
                <Typography.Paragraph style={{ fontSize: 16 }}>{a.task.text}</Typography.Paragraph>
                <Descriptions column={1} size="small">
                  <Descriptions.Item label={vi.assignment.source}>
                    {a.directive.number ?? ''} {a.directive.subject ?? ''}
                  </Descriptions.Item>
                  <Descriptions.Item label={vi.work.unit}>
                    {a.unit.name} · {vi.roleInTask[a.role]}
                  </Descriptions.Item>
                  <Descriptions.Item label={vi.assignment.dueNow}>{formatDate(a.dueDate)}</Descriptions.Item>
                  {a.originalDueDate !== a.dueDate && (
                    <Descriptions.Item label={vi.assignment.dueOriginal}>
                      {formatDate(a.originalDueDate)}
                    </Descriptions.Item>
                  )}
                  <Descriptions.Item label={vi.work.status}>
                    <span data-testid="assignment-state">{vi.states[a.state]}</span>&nbsp;
                    <StatusBadge color={a.color} timeliness={a.timeliness} />
                    <Flags flags={a.flags} />
                  </Descriptions.Item>
                  <Descriptions.Item label={vi.work.progress}>
                    <Progress percent={a.percent} style={{ width: 200 }} aria-label={vi.work.progress} />
                  </Descriptions.Item>
                </Descriptions>
              </Card>
              {tabs.length > 0 && (
                <Card style={{ marginTop: 16 }}>
                  <Tabs items={tabs} />
                </Card>
              )}
            </Col>
            <Col xs={24} lg={10}>
              <Card title={vi.assignment.timeline}>
                <Timeline
                  items={a.timeline.map((e) => ({
                    color:
                      e.kind === 'verification'
                        ? e.decision === 'accept'
                          ? 'green'
                          : 'red'
                        : e.kind === 'extension'
                          ? 'orange'
                          : 'blue',
                    children: (
                      <>
                        <Typography.Text type="secondary">{formatDateTime(e.at)}</Typography.Text>
                        <div>{describeEvent(e)}</div>
                      </>
                    ),
                  }))}
                />
              </Card>
            </Col>
          </Row>
        );
      }}
    </QueryState>
  );
}
