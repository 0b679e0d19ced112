import { Alert, Button, Typography } from 'antd';
import { vi } from '../../text/vi';
import type { SaveState } from './use-draft-saver';

/** Whether the office's edits are saved: saving, saved at a time, unsaved, or why not. */
export function SaveStatus({
  state,
  savedAt,
  failure,
}: {
  state: SaveState;
  savedAt: Date | null;
  failure: string | null;
}) {
  if (state === 'conflict')
    return (
      <Alert
        type="error"
        showIcon
        message={vi.review.conflict}
        action={<Button onClick={() => window.location.reload()}>{vi.review.reload}</Button>}
      />
    );
  if (state === 'failed')
    return <Alert type="error" showIcon role="alert" message={`${vi.review.saveFailed}: ${failure ?? ''}`} />;
  const time = savedAt?.toLocaleTimeString('vi-VN', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  const text =
    state === 'saving'
      ? vi.review.saving
      : state === 'dirty'
        ? vi.review.unsaved
        : time
          ? vi.review.savedAt(time)
          : '';
  return (
    <Typography.Text type="secondary" data-testid="save-status" aria-live="polite">
      {text}
    </Typography.Text>
  );
}
