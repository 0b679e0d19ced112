import { Button, Form, Input, Space } from 'antd';
import { vi } from '../text/vi';
import { useAssignmentAction } from './actions/use-assignment-action';

/**
 * The office's verification of a claimed completion: accept it, or return it with the reason
 * (shown to the unit). On the assignment's page and on each claim in the office's queue.
 */
export function VerificationForm({ assignmentId }: { assignmentId: number }) {
  const [form] = Form.useForm<{ reason?: string }>();
  const { busy, send } = useAssignmentAction('verification', assignmentId, {
    form,
    onDone: () => form.resetFields(),
  });
  const decide = (decision: 'accept' | 'return') => send({ decision, reason: form.getFieldValue('reason') });
  return (
    <Form form={form} name={`verify-${assignmentId}`} layout="vertical">
      <Form.Item label={vi.assignment.returnReason} name="reason">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Space wrap>
        <Button type="primary" loading={busy} onClick={() => decide('accept')}>
          {vi.assignment.accept}
        </Button>
        <Button danger loading={busy} onClick={() => decide('return')}>
          {vi.assignment.return}
        </Button>
      </Space>
    </Form>
  );
}
