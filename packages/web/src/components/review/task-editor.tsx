import { Button, Col, Input, List, Row, Select, Space, Tag, Typography } from 'antd';
import { memo } from 'react';
import type { DraftTask, UnitRef } from '../../api/schema';
import { vi } from '../../text/vi';
import { IsoDatePicker } from '../iso-date-picker';
import { type Directory, UnitPicker } from '../unit-picker';
import { FieldError } from './field-error';
import { TargetsEditor } from './targets-editor';
import { WarningsMarker } from './warnings-marker';

/** What a task's editor can do to the list; stable across renders, so unchanged tasks skip rendering. */
export interface TaskActions {
  activate: (i: number) => void;
  change: (i: number, change: Partial<DraftTask>) => void;
  split: (i: number) => void;
  merge: (i: number) => void;
  remove: (i: number) => void;
  saveAlias: (ref: UnitRef) => void;
}

/**
 * One extracted task under review: its text, units, deadline, targets and the extractor's doubts.
 * Memoised: a plan has a hundred tasks, and typing in one must not re-render the others.
 */
export const TaskEditor = memo(function TaskEditor({
  task: t,
  index: i,
  isLast,
  active,
  directory,
  actions,
  errors,
}: {
  task: DraftTask;
  index: number;
  isLast: boolean;
  active: boolean;
  directory: Directory;
  actions: TaskActions;
  /** The server's messages by field path ("tasks.3.due.date"). */
  errors: Map<string, string>;
}) {
  const errorAt = (path: string) => errors.get(`tasks.${i}.${path}`);
  // errors on fields without a box of their own (a unit name, the reference) are shown at the end
  const shownElsewhere = /^(text|due\.|targets\.)/;
  const otherErrors = [...errors]
    .filter(([path]) => path.startsWith(`tasks.${i}.`))
    .filter(([path]) => !shownElsewhere.test(path.slice(`tasks.${i}.`.length)))
    .map(([, message]) => message);
  const onChange = (change: Partial<DraftTask>) => actions.change(i, change);
  const onSaveAlias = actions.saveAlias;
  const stop = (action: () => void) => (e: React.MouseEvent) => {
    e.stopPropagation();
    action();
  };
  const dueError = errorAt('due.date') ?? errorAt('due.type');
  return (
    <List.Item
      data-testid={`task-${i}`}
      onClick={() => actions.activate(i)}
      style={{ display: 'block', background: active ? '#fffbe6' : undefined }}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Tag>{t.ref}</Tag>
          <WarningsMarker warnings={t.warnings} index={i} />
          <Button size="small" onClick={stop(() => actions.split(i))}>
            {vi.review.splitTask}
          </Button>
          {!isLast && (
            <Button size="small" onClick={stop(() => actions.merge(i))}>
              {vi.review.mergeTask}
            </Button>
          )}
          <Button size="small" danger onClick={stop(() => actions.remove(i))}>
            {vi.review.deleteTask}
          </Button>
        </Space>
        <Input.TextArea
          aria-label={`${vi.work.task} ${i + 1}`}
          autoSize
          status={errorAt('text') ? 'error' : undefined}
          value={t.text}
          onChange={(e) => onChange({ text: e.target.value })}
        />
        <FieldError message={errorAt('text')} />
        <Row gutter={8}>
          <Col xs={24} md={12}>
            <Typography.Text type="secondary">{vi.review.lead}</Typography.Text>
            <UnitPicker
              label={`${vi.review.lead} ${i + 1}`}
              refs={t.lead}
              directory={directory}
              onChange={(lead) => onChange({ lead })}
              onSaveAlias={onSaveAlias}
            />
          </Col>
          <Col xs={24} md={12}>
            <Typography.Text type="secondary">{vi.review.support}</Typography.Text>
            <UnitPicker
              label={`${vi.review.support} ${i + 1}`}
              refs={t.support}
              directory={directory}
              onChange={(support) => onChange({ support })}
              onSaveAlias={onSaveAlias}
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
            onChange={(type) => onChange({ due: { ...t.due, type } })}
            options={Object.entries(vi.review.dueTypes).map(([value, label]) => ({ value, label }))}
          />
          <IsoDatePicker
            size="small"
            label={`${vi.review.dueDate} ${i + 1}`}
            status={dueError ? 'error' : undefined}
            value={t.due.date}
            onChange={(date) => onChange({ due: { ...t.due, date } })}
          />
          {t.due.label && <Typography.Text type="secondary">({t.due.label})</Typography.Text>}
        </Space>
        <FieldError message={dueError} />
        <TargetsEditor
          task={i + 1}
          targets={t.targets}
          onChange={(targets) => onChange({ targets })}
          errorAt={(path) => errorAt(`targets.${path}`)}
        />
        {otherErrors.map((m) => (
          <FieldError key={m} message={m} />
        ))}
      </Space>
    </List.Item>
  );
});
