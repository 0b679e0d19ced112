import { Button, Popconfirm, Select, Space } from 'antd';
import { vi } from '../../text/vi';

/** The draft's commands: apply suggestions, drop unassigned, add a task, programmes, save, publish, delete. */
export function ReviewToolbar({
  programmes,
  busy,
  onApplySuggestions,
  onDropUnassigned,
  onAddTask,
  onProgrammes,
  onSave,
  onPublish,
  onDelete,
}: {
  programmes: string[];
  busy: boolean;
  onApplySuggestions: () => void;
  onDropUnassigned: () => void;
  onAddTask: () => void;
  onProgrammes: (programmes: string[]) => void;
  /** Each left out when the server does not list its ability on this directive. */
  onSave?: () => void;
  onPublish?: () => void;
  onDelete?: () => void;
}) {
  return (
    <Space wrap>
      <Button onClick={onApplySuggestions}>{vi.review.applySuggestions}</Button>
      <Button onClick={onDropUnassigned}>{vi.review.dropUnassigned}</Button>
      <Button onClick={onAddTask}>{vi.review.addTask}</Button>
      <Select
        mode="tags"
        aria-label={vi.review.programmes}
        placeholder={vi.review.programmes}
        style={{ minWidth: 240 }}
        value={programmes}
        onChange={onProgrammes}
        options={['Đề án 06', 'Nghị quyết 57'].map((p) => ({ value: p, label: p }))}
      />
      {onSave && (
        <Button loading={busy} onClick={onSave}>
          {vi.review.saveDraft}
        </Button>
      )}
      {onPublish && (
        <Button type="primary" loading={busy} onClick={onPublish}>
          {vi.review.publish}
        </Button>
      )}
      {onDelete && (
        <Popconfirm
          title={vi.review.deleteConfirm}
          okText={vi.review.deleteDraft}
          cancelText={vi.cancel}
          onConfirm={onDelete}
        >
          <Button danger>{vi.review.deleteDraft}</Button>
        </Popconfirm>
      )}
    </Space>
  );
}
