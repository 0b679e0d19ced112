import { List, Modal } from 'antd';
import type { PublishPreview } from '../../api/schema';
import { vi } from '../../text/vi';

/** After publishing: what was created, unit by unit; closing shows the published directive. */
export function PublishedModal({ summary }: { summary: PublishPreview | null }) {
  return (
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
  );
}
