import { confidentCandidate } from '@dondoc/domain';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  List,
  Popconfirm,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import { useMemo, useRef, useState } from 'react';
import { api } from '../api/client';
import type { DirectiveView, DraftTask, PublishPreview, UnitRef } from '../api/types';
import { QueryState } from '../components/query-state';
import { type DocumentFields, DocumentFieldsEditor } from '../components/review/document-fields';
import { PublishPreviewModal } from '../components/review/publish-preview';
import { PublishedModal } from '../components/review/published-modal';
import { SaveStatus } from '../components/review/save-status';
import { type TaskActions, TaskEditor } from '../components/review/task-editor';
import { useDraftSaver } from '../components/review/use-draft-saver';
import { SourceText } from '../components/source-text';
import { type Directory, directoryName, refValue } from '../components/unit-picker';
import { vi } from '../text/vi';
import { DirectiveMatrix } from './matrix';

/** What the API takes for a task: everything the review shows, targets, spans and warnings too. */
function toInput(t: DraftTask) {
  const ref = (u: UnitRef) => ({
    name: u.name,
    unitId: u.unitId,
    groupId: u.groupId,
    ...(u.match === 'suggested' ? { match: 'suggested' as const } : {}),
  });
  return {
    ref: t.ref,
    text: t.text,
    due: t.due,
    targets: t.targets,
    spans: t.spans,
    warnings: t.warnings,
    lead: t.lead.map(ref),
    support: t.support.map(ref),
  };
}

/** Every unmatched name a machine may choose for on its own, marked as a suggestion. */
function applyConfident(refs: UnitRef[]): { refs: UnitRef[]; applied: number; left: number } {
  let applied = 0;
  let left = 0;
  const out = refs.map((u) => {
    if (refValue(u)) return u;
    const best = confidentCandidate(u.name, u.candidates);
    if (!best) {
      left++;
      return u;
    }
    applied++;
    return { ...u, unitId: best.unitId, groupId: best.groupId, match: 'suggested' };
  });
  return { refs: out, applied, left };
}

export function ReviewPage({ id }: { id: number }) {
  const query = useQuery({
    queryKey: ['directive', id],
    queryFn: () => api.get<DirectiveView>(`/api/directives/${id}`),
    // the editor keeps its own copy; a refetch must not replace edits in progress
    refetchOnWindowFocus: false,
  });
  const directory = useQuery({
    queryKey: ['directory'],
    queryFn: async () => ({
      units: (await api.get<{ items: Directory['units'] }>('/api/units')).items,
      groups: (await api.get<{ items: Directory['groups'] }>('/api/unit-groups')).items,
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
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [tasks, setTasks] = useState<DraftTask[]>(directive.tasks);
  const [programmes, setProgrammes] = useState<string[]>(directive.programmes.map((p) => p.code));
  const [fields, setFields] = useState<DocumentFields>({
    number: directive.number,
    issuedOn: directive.issuedOn,
    subject: directive.subject,
    issuer: directive.issuer,
    signer: directive.signer,
  });
  const [active, setActive] = useState<number | null>(null);
  const [onlyWarnings, setOnlyWarnings] = useState(false);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<PublishPreview | null>(null);
  const [summary, setSummary] = useState<PublishPreview | null>(null);
  const saver = useDraftSaver(directive, () => ({ ...fields, programmes, tasks: tasks.map(toInput) }));
  // the buttons the server says this user may use on this directive
  const may = (ability: string) => directive.abilities?.includes(ability) ?? false;
  const unassigned = useMemo(() => tasks.filter((t) => !t.lead.some(refValue)).length, [tasks]);
  const doubtful = useMemo(() => tasks.filter((t) => t.warnings.length).length, [tasks]);

  const edit = (next: DraftTask[]) => {
    setTasks(next);
    saver.touched();
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
  const saveAlias = (u: UnitRef) =>
    act(async () => {
      await api.post('/api/unit-aliases', { name: u.name, unitId: u.unitId, groupId: u.groupId });
      message.success(vi.review.aliasSaved(u.name, directoryName(directory, u) ?? ''));
    });
  // the task editors' actions read the latest list through a ref, so they stay the same functions
  const latest = useRef({ tasks, edit, setActive, saveAlias });
  latest.current = { tasks, edit, setActive, saveAlias };
  const actions = useMemo<TaskActions>(() => {
    const now = () => latest.current;
    return {
      activate: (i) => {
        now().setActive(i);
        document.getElementById(`span-${i}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      },
      change: (i, change) => now().edit(now().tasks.map((t, j) => (j === i ? { ...t, ...change } : t))),
      split: (i) => {
        const { tasks: all, edit: set } = now();
        const t = all[i]!;
        const cut = t.text.indexOf(';') > 0 ? t.text.indexOf(';') + 1 : Math.floor(t.text.length / 2);
        const first = { ...t, text: t.text.slice(0, cut).trim() };
        const second = { ...t, id: -Date.now(), text: t.text.slice(cut).trim(), spans: [] };
        set([...all.slice(0, i), first, second, ...all.slice(i + 1)]);
      },
      merge: (i) => {
        const { tasks: all, edit: set } = now();
        const t = all[i]!;
        const next = all[i + 1]!;
        const merged = {
          ...t,
          text: `${t.text} ${next.text}`,
          spans: [...t.spans, ...next.spans],
          targets: [...t.targets, ...next.targets],
          warnings: [...new Set([...t.warnings, ...next.warnings])],
        };
        set([...all.slice(0, i), merged, ...all.slice(i + 2)]);
      },
      remove: (i) => now().edit(now().tasks.filter((_, j) => j !== i)),
      saveAlias: (u) => latest.current.saveAlias(u),
    };
  }, []);
  const title = [fields.number, fields.subject].filter(Boolean).join(' ');
  const shown = tasks.map((t, i) => ({ t, i })).filter(({ t }) => !onlyWarnings || t.warnings.length);

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={1}>
        {vi.review.title}: {title || vi.directiveList.untitled(directive.id, directive.sourceName)}
      </Typography.Title>
      <SaveStatus state={saver.state} savedAt={saver.savedAt} failure={saver.failure} />
      <Card title={vi.review.document} size="small">
        <DocumentFieldsEditor
          value={fields}
          onChange={(change) => {
            setFields({ ...fields, ...change });
            saver.touched();
          }}
          errorAt={(path) => saver.errors.get(path)}
        />
      </Card>
      {unassigned > 0 && (
        <Alert
          type="warning"
          showIcon
          message={`${unassigned} ${vi.review.unmatched.toLowerCase()} (${vi.review.lead})`}
        />
      )}
      {doubtful > 0 && (
        <Alert
          type="info"
          showIcon
          message={vi.review.warningsCount(doubtful)}
          action={
            <Checkbox checked={onlyWarnings} onChange={(e) => setOnlyWarnings(e.target.checked)}>
              {vi.review.onlyWarnings}
            </Checkbox>
          }
        />
      )}
      <Space wrap>
        <Button
          onClick={() => {
            let applied = 0;
            let left = 0;
            const next = tasks.map((t) => {
              const lead = applyConfident(t.lead);
              const support = applyConfident(t.support);
              applied += lead.applied + support.applied;
              left += lead.left + support.left;
              return { ...t, lead: lead.refs, support: support.refs };
            });
            edit(next);
            message.info(vi.review.applied(applied, left));
          }}
        >
          {vi.review.applySuggestions}
        </Button>
        <Button onClick={() => edit(tasks.filter((t) => t.lead.some(refValue)))}>
          {vi.review.dropUnassigned}
        </Button>
        <Button
          onClick={() =>
            edit([
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
          onChange={(p) => {
            setProgrammes(p);
            saver.touched();
          }}
          options={['Đề án 06', 'Nghị quyết 57'].map((p) => ({ value: p, label: p }))}
        />
        {may('directive.edit') && (
          <Button
            loading={busy}
            onClick={() =>
              act(async () => {
                if (await saver.save()) message.success(vi.assignment.saved);
              })
            }
          >
            {vi.review.saveDraft}
          </Button>
        )}
        {may('directive.publish') && (
          <Button
            type="primary"
            loading={busy}
            onClick={() =>
              act(async () => {
                if (!(await saver.save())) return;
                setPreview(await api.get<PublishPreview>(`/api/directives/${directive.id}/publish-preview`));
              })
            }
          >
            {vi.review.publish}
          </Button>
        )}
        {may('directive.delete_draft') && (
          <Popconfirm
            title={vi.review.deleteConfirm}
            okText={vi.review.deleteDraft}
            cancelText={vi.cancel}
            onConfirm={() =>
              act(async () => {
                await api.delete(`/api/directives/${directive.id}?version=${saver.version()}`);
                message.success(vi.review.deleted);
                await navigate({ to: '/van-ban' });
              })
            }
          >
            <Button danger>{vi.review.deleteDraft}</Button>
          </Popconfirm>
        )}
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
              dataSource={shown}
              renderItem={({ t, i }) => (
                <TaskEditor
                  key={t.id}
                  task={t}
                  index={i}
                  isLast={i + 1 >= tasks.length}
                  active={active === i}
                  directory={directory}
                  errors={saver.errors}
                  actions={actions}
                />
              )}
            />
          </Card>
        </Col>
      </Row>
      <PublishPreviewModal
        preview={preview}
        busy={busy}
        onCancel={() => setPreview(null)}
        onConfirm={() =>
          act(async () => {
            setSummary(
              await api.post<PublishPreview>(`/api/directives/${directive.id}/publish`, {
                version: saver.version(),
              }),
            );
            setPreview(null);
          })
        }
      />
      <PublishedModal summary={summary} />
    </Space>
  );
}
