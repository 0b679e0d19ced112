import { InboxOutlined, LinkOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
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
  Select,
  Space,
  Tabs,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import type { UploadFile } from 'antd/es/upload/interface';
import { useState } from 'react';
import { api, getCsrfToken } from '../api/client';
import type { AssignmentDetail, TimelineEvent } from '../api/types';
import { useUser } from '../auth';
import { QueryState } from '../components/query-state';
import { Flags, StatusBadge } from '../components/status';
import { formatDate, formatDateTime } from '../format';
import { vi } from '../text/vi';

type Evidence = { sha256?: string; fileName?: string; url?: string };

/** Evidence by drag and drop: each file goes to /api/files with a progress bar, then is referenced by its hash. */
function EvidenceInput({ onChange }: { onChange: (evidence: Evidence[]) => void }) {
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [link, setLink] = useState('');
  const emit = (list: UploadFile[], url: string) =>
    onChange([
      ...list
        .filter((f) => f.status === 'done')
        .map((f) => ({ sha256: (f.response as { sha256: string }).sha256, fileName: f.name })),
      ...(url ? [{ url }] : []),
    ]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Upload.Dragger
        multiple
        fileList={files}
        customRequest={({ file, onProgress, onSuccess, onError }) => {
          const form = new FormData();
          form.append('file', file as File);
          const xhr = new XMLHttpRequest();
          xhr.open('POST', '/api/files');
          // XHR rather than fetch: only XHR reports upload progress
          const token = getCsrfToken();
          if (token) xhr.setRequestHeader('x-csrf-token', token);
          xhr.upload.onprogress = (e) => onProgress?.({ percent: (e.loaded / e.total) * 100 });
          xhr.onload = () => {
            const body = JSON.parse(xhr.responseText || '{}');
            if (xhr.status < 300) onSuccess?.(body);
            else onError?.(new Error(body.error?.message ?? vi.unreachable));
          };
          xhr.onerror = () => onError?.(new Error(vi.unreachable));
          xhr.send(form);
        }}
        onChange={({ fileList }) => {
          setFiles(fileList.map((f) => (f.status === 'error' ? { ...f, response: f.error?.message } : f)));
          emit(fileList, link);
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{vi.assignment.dropFiles}</p>
      </Upload.Dragger>
      <Input
        aria-label={vi.assignment.link}
        placeholder={vi.assignment.link}
        value={link}
        onChange={(e) => {
          setLink(e.target.value);
          emit(files, e.target.value);
        }}
      />
    </Space>
  );
}

function describeEvent(e: TimelineEvent) {
  if (e.kind === 'report') {
    return (
      <>
        <Typography.Text strong>
          {vi.assignment.eventReport} · {e.percent}%
        </Typography.Text>{' '}
        <Typography.Text type="secondary">{e.by}</Typography.Text>
        <div>{e.narrative}</div>
        {e.obstacles && <Alert type="warning" showIcon message={e.obstacles} style={{ marginTop: 4 }} />}
        {e.evidence?.map((ev) =>
          ev.sha256 ? (
            <div key={ev.sha256}>
              <a href={`/api/files/${ev.sha256}`} target="_blank" rel="noreferrer">
                <PaperClipOutlined /> {ev.fileName ?? ev.sha256.slice(0, 12)}
              </a>
            </div>
          ) : (
            <div key={ev.url}>
              <a href={ev.url ?? '#'} target="_blank" rel="noreferrer">
                <LinkOutlined /> {ev.url}
              </a>
            </div>
          ),
        )}
      </>
    );
  }
  if (e.kind === 'verification') {
    return (
      <>
        <Typography.Text strong>
          {e.decision === 'accept'
            ? vi.assignment.eventVerificationAccept
            : vi.assignment.eventVerificationReturn}
        </Typography.Text>{' '}
        <Typography.Text type="secondary">{e.by}</Typography.Text>
        {e.reason && <div>{e.reason}</div>}
      </>
    );
  }
  return (
    <>
      <Typography.Text strong>
        {vi.assignment.eventExtension}: {formatDate(e.previousDue)} → {formatDate(e.requestedDue)} (
        {vi.assignment.extensionStates[e.state ?? '']})
      </Typography.Text>
      <div>{e.reason}</div>
      {e.note && <div>{e.note}</div>}
    </>
  );
}

/** Hands the assignment down to units below the assignee; their progress rolls up into this one. */
function CascadeForm({
  assignmentId,
  unitId,
  onDone,
}: {
  assignmentId: number;
  unitId: number;
  onDone: (action: () => Promise<unknown>) => void;
}) {
  const units = useQuery({
    queryKey: ['directory-units'],
    queryFn: () => api.get<{ items: { id: number; parent_id: number | null; name: string }[] }>('/api/units'),
    staleTime: 300_000,
  });
  const [chosen, setChosen] = useState<number[]>([]);
  const below = (units.data?.items ?? []).filter((u) => {
    let parent = u.parent_id;
    const all = units.data?.items ?? [];
    while (parent !== null) {
      if (parent === unitId) return true;
      parent = all.find((x) => x.id === parent)?.parent_id ?? null;
    }
    return false;
  });
  if (units.isSuccess && below.length === 0)
    return <Typography.Text type="secondary">{vi.assignment.noChildUnits}</Typography.Text>;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select
        mode="multiple"
        aria-label={vi.assignment.cascade}
        style={{ width: '100%' }}
        loading={units.isPending}
        value={chosen}
        onChange={setChosen}
        options={below.map((u) => ({ value: u.id, label: u.name }))}
      />
      <Button
        disabled={!chosen.length}
        onClick={() =>
          onDone(() => api.post(`/api/assignments/${assignmentId}/cascade`, { unitIds: chosen }))
        }
      >
        {vi.assignment.cascade}
      </Button>
    </Space>
  );
}

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
              <Card title={vi.assignment.title}>
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
                    <Progress percent={a.percent} style={{ width: 200 }} />
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
