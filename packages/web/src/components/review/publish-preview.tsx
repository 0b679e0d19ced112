import { Alert, List, Modal, Typography } from 'antd';
import type { PublishPreview } from '../../api/schema';
import { vi } from '../../text/vi';

/** Before publishing: how many assignments go to how many units, and names still unconfirmed. */
export function PublishPreviewModal({
  preview,
  busy,
  onConfirm,
  onCancel,
}: {
  preview: PublishPreview | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <Modal
      open={preview !== null}
      title={vi.review.preview}
      okText={vi.review.publish}
      cancelText={vi.cancel}
      confirmLoading={busy}
      onOk={onConfirm}
      onCancel={onCancel}
    >
      {preview && (
        <>
          <Typography.Paragraph strong data-testid="publish-preview">
            {vi.review.previewSummary(preview.assignments, preview.units)}
          </Typography.Paragraph>
          {preview.unconfirmed > 0 && (
            <Alert type="warning" showIcon message={vi.review.previewUnconfirmed(preview.unconfirmed)} />
          )}
          <List
            size="small"
            style={{ maxHeight: 320, overflow: 'auto' }}
            dataSource={preview.byUnit}
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
  );
}
