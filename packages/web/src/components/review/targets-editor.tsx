import { Button, Input, InputNumber, Space, Typography } from 'antd';
import type { TaskTarget } from '../../api/schema';
import { vi } from '../../text/vi';
import { IsoDatePicker } from '../iso-date-picker';
import { FieldError } from './field-error';

/** A task's targets (chỉ tiêu): what is measured, the value, its unit (%), and the date to reach it. */
export function TargetsEditor({
  targets,
  onChange,
  task,
  errorAt,
}: {
  targets: TaskTarget[];
  onChange: (targets: TaskTarget[]) => void;
  /** The task's number on screen, for the fields' names. */
  task: number;
  /** The server's message for a field below `targets`, e.g. "0.value". */
  errorAt: (path: string) => string | undefined;
}) {
  const set = (i: number, change: Partial<TaskTarget>) =>
    onChange(targets.map((t, j) => (j === i ? { ...t, ...change } : t)));
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }}>
      {targets.length > 0 && <Typography.Text type="secondary">{vi.review.targets}</Typography.Text>}
      {targets.map((t, i) => {
        const name = `${vi.review.targets} ${task}.${i + 1}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: targets have no identity of their own
          <Space key={i} wrap size={4} data-testid={`target-${task - 1}-${i}`}>
            <Input
              size="small"
              aria-label={`${name}: ${vi.review.targetMetric}`}
              status={errorAt(`${i}.metric`) ? 'error' : undefined}
              style={{ width: 260 }}
              value={t.metric}
              onChange={(e) => set(i, { metric: e.target.value })}
            />
            <InputNumber
              size="small"
              aria-label={`${name}: ${vi.review.targetValue}`}
              status={errorAt(`${i}.value`) ? 'error' : undefined}
              min={0}
              value={t.value}
              onChange={(v) => set(i, { value: v ?? 0 })}
            />
            <Input
              size="small"
              aria-label={`${name}: ${vi.review.targetUnit}`}
              style={{ width: 60 }}
              value={t.unit}
              onChange={(e) => set(i, { unit: e.target.value })}
            />
            <IsoDatePicker
              size="small"
              label={`${name}: ${vi.review.targetBy}`}
              status={errorAt(`${i}.by`) ? 'error' : undefined}
              value={t.by}
              onChange={(by) => set(i, { by })}
            />
            <Button
              size="small"
              type="link"
              danger
              onClick={() => onChange(targets.filter((_, j) => j !== i))}
            >
              {vi.review.removeTarget}
            </Button>
            <FieldError message={errorAt(`${i}.metric`) ?? errorAt(`${i}.value`) ?? errorAt(`${i}.by`)} />
          </Space>
        );
      })}
      <Button
        size="small"
        onClick={() => onChange([...targets, { metric: '', value: 0, unit: '%', by: null }])}
      >
        {vi.review.addTarget}
      </Button>
    </Space>
  );
}
