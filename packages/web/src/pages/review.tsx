import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Alert, App, Card, Checkbox, Space, Typography } from 'antd';
import { useMemo, useReducer, useRef, useState } from 'react';
import { api } from '../api/client';
import type { DirectiveView, PublishPreview, UnitRef } from '../api/schema';
import { QueryState } from '../components/query-state';
import { DocumentFieldsEditor } from '../components/review/document-fields';
import { draftBody, draftCounts, draftReducer, initialDraft } from '../components/review/draft';
import { PublishPreviewModal } from '../components/review/publish-preview';
import { PublishedModal } from '../components/review/published-modal';
import { ReviewToolbar } from '../components/review/review-toolbar';
import { SaveStatus } from '../components/review/save-status';
import type { TaskActions } from '../components/review/task-editor';
import { TasksPane } from '../components/review/tasks-pane';
import { useDraftSaver } from '../components/review/use-draft-saver';
import { type Directory, directoryName } from '../components/unit-picker';
import { vi } from '../text/vi';
import { DirectiveMatrix } from './matrix';

/** A directive: its draft under review, or once published, its matrix of assignments. */
export function DirectiveScreen(): React.JSX.Element {
  const { id } = getRouteApi('/app/van-ban/$id').useParams();
  return <ReviewPage key={id} id={Number(id)} />;
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

/** A new task's id: negative until the server gives it one. */
const newId = () => -Date.now() - Math.floor(Math.random() * 1000);

function Editor({ directive, directory }: { directive: DirectiveView; directory: Directory }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [draft, dispatch] = useReducer(draftReducer, directive, initialDraft);
  const { tasks, fields, programmes } = draft;
  const [active, setActive] = useState<number | null>(null);
  const [onlyWarnings, setOnlyWarnings] = useState(false);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<PublishPreview | null>(null);
  const [summary, setSummary] = useState<PublishPreview | null>(null);
  const saver = useDraftSaver(directive, () => draftBody(draft));
  const { unassigned, doubtful } = useMemo(() => draftCounts(draft), [draft]);
  const { touched } = saver;
  // the buttons the server says this user may use on this directive
  const may = (ability: NonNullable<typeof directive.abilities>[number]) =>
    directive.abilities?.includes(ability) ?? false;

  /** Every edit goes through the reducer, then waits for the autosave. */
  const edit = (action: Parameters<typeof dispatch>[0]) => {
    dispatch(action);
    touched();
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
  // the alias is saved through a ref, so the task editors' actions stay the same functions
  const aliasRef = useRef(saveAlias);
  aliasRef.current = saveAlias;
  const actions = useMemo<TaskActions>(() => {
    const edited = (action: Parameters<typeof dispatch>[0]) => {
      dispatch(action);
      touched();
    };
    return {
      activate: (i) => {
        setActive(i);
        document.getElementById(`span-${i}`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      },
      change: (index, change) => edited({ type: 'change', index, change }),
      split: (index) => edited({ type: 'split', index, id: newId() }),
      merge: (index) => edited({ type: 'merge', index }),
      remove: (index) => edited({ type: 'remove', index }),
      saveAlias: (u) => aliasRef.current(u),
    };
  }, [touched]);
  const title = [fields.number, fields.subject].filter(Boolean).join(' ');

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={1}>
        {vi.review.title}: {title || vi.directiveList.untitled(directive.id, directive.sourceName)}
      </Typography.Title>
      <SaveStatus state={saver.state} savedAt={saver.savedAt} failure={saver.failure} />
      <Card title={vi.review.document} size="small">
        <DocumentFieldsEditor
          value={fields}
          onChange={(change) => edit({ type: 'fields', change })}
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
      <ReviewToolbar
        programmes={programmes}
        busy={busy}
        onApplySuggestions={() => {
          const after = draftReducer(draft, { type: 'applySuggestions' });
          edit({ type: 'applySuggestions' });
          message.info(vi.review.applied(after.applied?.applied ?? 0, after.applied?.left ?? 0));
        }}
        onDropUnassigned={() => edit({ type: 'dropUnassigned' })}
        onAddTask={() => edit({ type: 'add', id: newId() })}
        onProgrammes={(p) => edit({ type: 'programmes', programmes: p })}
        onSave={
          may('directive.edit')
            ? () =>
                act(async () => {
                  if (await saver.save()) message.success(vi.assignment.saved);
                })
            : undefined
        }
        onPublish={
          may('directive.publish')
            ? () =>
                act(async () => {
                  if (!(await saver.save())) return;
                  setPreview(
                    await api.get<PublishPreview>(`/api/directives/${directive.id}/publish-preview`),
                  );
                })
            : undefined
        }
        onDelete={
          may('directive.delete_draft')
            ? () =>
                act(async () => {
                  await api.delete(`/api/directives/${directive.id}?version=${saver.version()}`);
                  message.success(vi.review.deleted);
                  await navigate({ to: '/van-ban' });
                })
            : undefined
        }
      />
      <TasksPane
        sourceText={directive.sourceText}
        tasks={tasks}
        onlyWarnings={onlyWarnings}
        active={active}
        directory={directory}
        errors={saver.errors}
        actions={actions}
      />
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
