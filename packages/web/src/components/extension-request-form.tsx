import { Button, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { vi } from '../text/vi';
import { useAssignmentAction } from './actions/use-assignment-action';

/** "Xin gia hạn": the date asked for and why; the office decides it in its queue. */
export function ExtensionRequestForm({ assignmentId }: { assignmentId: number }) {
  const [form] = Form.useForm();
  const { busy, send } = useAssignmentAction('extension', assignmentId, {
    form,
    onDone: () => form.resetFields(),
  });
  return (
    <Form
      form={form}
      name="extension"
      layout="vertical"
      onFinish={(v: { due: Dayjs; reason: string }) =>
        send({ requestedDue: v.due.format('YYYY-MM-DD'), reason: v.reason })
      }
    >
      <Form.Item
        label={vi.assignment.newDue}
        name="due"
        rules={[{ required: true, message: vi.login.required }]}
      >
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
      <Form.Item
        label={vi.assignment.reason}
        name="reason"
        rules={[{ required: true, message: vi.login.required }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button htmlType="submit" loading={busy}>
        {vi.assignment.sendExtension}
      </Button>
    </Form>
  );
}
