import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Input,
  List,
  Modal,
  Popconfirm,
  Row,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { api } from '../api/client';
import type { DirectiveView, DraftTask, UnitRef } from '../api/types';
import { QueryState } from '../components/query-state';
import { SourceText } from '../components/source-text';
import { type Directory, refValue, UnitPicker } from '../components/unit-picker';
import { vi } from '../text/vi';
import { DirectiveMatrix } from './matrix';

const SUGGESTION_SCORE = 0.45;

function toInput(t: DraftTask) {
  const ref = (u: UnitRef) => ({ name: u.name, unitId: u.unitId, groupId: u.groupId });
  return { ref: t.ref, text: t.text, due: t.due, lead: t.lead.map(ref), support: t.support.map(ref) };
}

export function ReviewPage({ id }: { id: number }) {
  const query = useQuery({
    queryKey: ['directive', id],
    queryFn: () => api.get<DirectiveView>(`/api/directives/${id}`),
  });
  const directory = useQuery({
    queryKey: ['directory'],
    queryFn: async () => ({
      units: (await api.get<{ items: { id: number; name: string }[] }>('/api/units')).items,
      groups: (await api.get<{ items: { id: number; name: string }[] }>('/api/unit-groups')).items,
    }),
    staleTime: 300_000,
  });
  return (
    <QueryState query={query}>
      {(d) =>
        d.status === 'draft' ? (
          <QueryState query={directory}>{(dir) => <Editor directive={d} directory={dir} />}</QueryState>
        ) : (
          <DirectiveMatrix directive={d} />
        )
      }
    </QueryState>
  );
}

function Editor({ directive, directory }: { directive: DirectiveView; directory: Directory }) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const [tasks, setTasks] = useState<DraftTask[]>(directive.tasks);
  const [programmes, setProgrammes] = useState<string[]>(directive.programmes.map((p) => p.code));
  const [active, setActive] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<{
    assignments: number;
    byUnit: { name: string; lead: number; support: number }[];
  } | null>(null);
  useEffect(() => setTasks(directive.tasks), [directive]);
  const unassigned = useMemo(() => tasks.filter((t) => !t.lead.some(refValue)).length, [tasks]);
  const update = (i: number, change: Partial<DraftTask>) =>
    setTasks(tasks.map((t, j) => (j === i ? { ...t, ...change } : t)));

  const save = async () => {
    await api.patch(`/api/directives/${directive.id}`, {
      version: directive.version,
      programmes,
      tasks: tasks.map(toInput),
    });
    const fresh = await client.fetchQuery({
      queryKey: ['directive', directive.id],
      queryFn: () => api.get<DirectiveView>(`/api/directives/${directive.id}`),
    });
    return fresh;
  };
  const act = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (err) {
      message.error((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={1}>
        {[vi.review.title, [directive.number, directive.subject].filter(Boolean).join(' ')]
          .filter(Boolean)
          .join(': ')}
      </Typography.Title>
      {unassigned > 0 && (
        <Alert
          type="warning"
          showIcon
          message={`${unassigned} ${vi.review.unmatched.toLowerCase()} (${vi.review.lead})`}
        />
      )}
      <Space wrap>
        <Button
          onClick={() =>
            setTasks(
              tasks.map((t) => ({
                ...t,
                lead: t.lead.map((u) =>
                  refValue(u) || !u.candidates[0] || u.candidates[0].score < SUGGESTION_SCORE
                    ? u
                    : { ...u, unitId: u.candidates[0].unitId, match: 'chosen' },
                ),
                support: t.support.map((u) =>
                  refValue(u) || !u.candidates[0] || u.candidates[0].score < SUGGESTION_SCORE
                    ? u
                    : { ...u, unitId: u.candidates[0].unitId, match: 'chosen' },
                ),
              })),
            )
          }
        >
          {vi.review.applySuggestions}
        </Button>
        <Button onClick={() => setTasks(tasks.filter((t) => t.lead.some(refValue)))}>
          {vi.review.dropUnassigned}
        </Button>
        <Button
          onClick={() =>
            setTasks([
              ...tasks,
              {
                id: -Date.now(),
                ref: String(tasks.length + 1),
                text: '',
                due: { type: 'none', date: null, label: null, every: null },
                spans: [],
                warnings: [],
                lead: [],
                support: [],
                targets: [],
              },
            ])
          }
        >
          {vi.review.addTask}
        </Button>
        <Select
          mode="tags"
          aria-label={vi.review.programmes}
          placeholder={vi.review.programmes}
          style={{ minWidth: 240 }}
          value={programmes}
          onChange={setProgrammes}
          options={['Đề án 06', 'Nghị quyết 57'].map((p) => ({ value: p, label: p }))}
        />
        <Button
          loading={busy}
          onClick={() =>
            act(async () => {
              await save();
              message.success(vi.assignment.saved);
            })
          }
        >
          {vi.review.saveDraft}
        </Button>
        <Popconfirm
          title={vi.review.publishConfirm}
          okText={vi.review.publish}
          cancelText={vi.cancel}
          onConfirm={() =>
            act(async () => {
              const fresh = await save();
              setSummary(
                await api.post(`/api/directives/${directive.id}/publish`, { version: fresh.version }),
              );
            })
          }
        >
          <Button type="primary" loading={busy}>
            {vi.review.publish}
          </Button>
        </Popconfirm>
      </Space>
      <Row gutter={16}>
        <Col xs={24} lg={10}>
          <Card title={vi.review.source} size="small">
            <SourceText text={directive.sourceText} tasks={tasks} active={active} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={`${vi.review.tasks} (${tasks.length})`} size="small">
            <List
              dataSource={tasks}
              renderItem={(t, i) => (
                <List.Item
                  key={t.id}
                  data-testid={`task-${i}`}
                  onClick={() => {
                    setActive(i);
                    document
                      .getElementById(`span-${i}`)
                      ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
                  }}
                  style={{ display: 'block', background: active === i ? '#fffbe6' : undefined }}
                >
                  <Space direction="vertical" style={{ width: '100%' }}>
                    <Space>
                      <Tag>{t.ref}</Tag>
                      <Button
                        size="small"
                        onClick={(e) => {
                          e.stopPropagation();
                          const cut =
                            t.text.indexOf(';') > 0 ? t.text.indexOf(';') + 1 : Math.floor(t.text.length / 2);
                          const first = { ...t, text: t.text.slice(0, cut).trim() };
                          const second = { ...t, id: -Date.now(), text: t.text.slice(cut).trim(), spans: [] };
                          setTasks([...tasks.slice(0, i), first, second, ...tasks.slice(i + 1)]);
                        }}
                      >
                        {vi.review.splitTask}
                      </Button>
                      {i + 1 < tasks.length && (
                        <Button
                          size="small"
                          onClick={(e) => {
                            e.stopPropagation();
                            const next = tasks[i + 1]!;
                            const merged = {
                              ...t,
                              text: `${t.text} ${next.text}`,
                              spans: [...t.spans, ...next.spans],
                            };
                            setTasks([...tasks.slice(0, i), merged, ...tasks.slice(i + 2)]);
                          }}
                        >
                          {vi.review.mergeTask}
                        </Button>
                      )}
                      <Button size="small" danger onClick={() => setTasks(tasks.filter((_, j) => j !== i))}>
                        {vi.review.deleteTask}
                      </Button>
                    </Space>
                    <Input.TextArea
                      aria-label={`${vi.work.task} ${i + 1}`}
                      autoSize
                      value={t.text}
                      onChange={(e) => update(i, { text: e.target.value })}
                    />
                    <Row gutter={8}>
                      <Col xs={24} md={12}>
                        <Typography.Text type="secondary">{vi.review.lead}</Typography.Text>
                        <UnitPicker
                          label={`${vi.review.lead} ${i + 1}`}
                          refs={t.lead}
                          directory={directory}
                          onChange={(lead) => update(i, { lead })}
                        />
                      </Col>
                      <Col xs={24} md={12}>
                        <Typography.Text type="secondary">{vi.review.support}</Typography.Text>
                        <UnitPicker
                          label={`${vi.review.support} ${i + 1}`}
                          refs={t.support}
                          directory={directory}
                          onChange={(support) => update(i, { support })}
                        />
                      </Col>
                    </Row>
                    <Space wrap>
                      <Typography.Text type="secondary">{vi.review.due}:</Typography.Text>
                      <Select
                        aria-label={`${vi.review.due} ${i + 1}`}
                        size="small"
                        style={{ width: 130 }}
                        value={t.due.type}
                        onChange={(type) => update(i, { due: { ...t.due, type } })}
                        options={Object.entries(vi.review.dueTypes).map(([value, label]) => ({
                          value,
                          label,
                        }))}
                      />
                      <Input
                        aria-label={`${vi.review.due} ${i + 1} (YYYY-MM-DD)`}
                        size="small"
                        style={{ width: 130 }}
                        placeholder="YYYY-MM-DD"
                        value={t.due.date ?? ''}
                        onChange={(e) => update(i, { due: { ...t.due, date: e.target.value || null } })}
                      />
                      {t.due.label && <Typography.Text type="secondary">({t.due.label})</Typography.Text>}
                    </Space>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Col>
      </Row>
      <Modal
        open={summary !== null}
        title={vi.review.published}
        onOk={() => window.location.reload()}
        onCancel={() => window.location.reload()}
        cancelButtonProps={{ hidden: true }}
      >
        {summary && (
          <>
            <p>{vi.review.summary(summary.assignments)}</p>
            <List
              size="small"
              dataSource={summary.byUnit}
              renderItem={(u) => (
                <List.Item>
                  {u.name}: {u.lead} {vi.roleInTask.lead?.toLowerCase()}, {u.support}{' '}
                  {vi.roleInTask.support?.toLowerCase()}
                </List.Item>
              )}
            />
          </>
        )}
      </Modal>
    </Space>
  );
}
