import { Button, DatePicker, Form, Input, Popconfirm, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { api } from '../api/client';
import type { AssignmentDetail } from '../api/schema';
import { vi } from '../text/vi';
import { useAction } from './use-action';

const iso = (d: Dayjs) => d.format('YYYY-MM-DD');

/** "Nhắc việc": recorded now and shown on the timeline; the notification work sends it. */
export function RemindForm({ assignment: a }: { assignment: AssignmentDetail }) {
  const [form] = Form.useForm();
  const { busy, run } = useAction();
  return (
    <Form
      form={form}
      name="remind"
      layout="vertical"
      onFinish={async (v: { message?: string }) => {
        if (
          await run(
            () => api.post(`/api/assignments/${a.id}/reminders`, { message: v.message ?? '' }),
            vi.office.reminded,
          )
        )
          form.resetFields();
      }}
    >
      <Form.Item label={vi.office.remindMessage} name="message">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {vi.office.remind}
      </Button>
    </Form>
  );
}

/** A deadline moved by a leader's decision: the decision is recorded, the original deadline kept. */
export function DeadlineForm({ assignment: a }: { assignment: AssignmentDetail }) {
  const [form] = Form.useForm();
  const { busy, run } = useAction();
  const required = [{ required: true, message: vi.login.required }];
  return (
    <Form
      form={form}
      name="deadline"
      layout="vertical"
      onFinish={async (v: {
        due: Dayjs;
        decisionRef: string;
        decisionDate: Dayjs;
        decidedBy: string;
        reason?: string;
      }) => {
        const sent = await run(() =>
          api.post(`/api/assignments/${a.id}/deadline`, {
            dueDate: iso(v.due),
            decisionRef: v.decisionRef,
            decisionDate: iso(v.decisionDate),
            decidedBy: v.decidedBy,
            reason: v.reason,
            version: a.version,
          }),
        );
        if (sent) form.resetFields();
      }}
    >
      <Space wrap align="start">
        <Form.Item label={vi.office.newDue} name="due" rules={required}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item label={vi.office.decisionDate} name="decisionDate" rules={required}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Space>
      <Form.Item label={vi.office.decisionRef} name="decisionRef" rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label={vi.office.decidedBy} name="decidedBy" rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label={vi.assignment.reason} name="reason">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button htmlType="submit" loading={busy}>
        {vi.office.saveDeadline}
      </Button>
    </Form>
  );
}

export function CancelForm({ assignment: a }: { assignment: AssignmentDetail }) {
  const [form] = Form.useForm();
  const { busy, run } = useAction();
  const send = async () => {
    const v = (await form.validateFields()) as { reason: string };
    await run(() => api.post(`/api/assignments/${a.id}/cancel`, { reason: v.reason }));
  };
  return (
    <Form form={form} name="cancel" layout="vertical">
      <Form.Item
        label={vi.office.cancelReason}
        name="reason"
        rules={[{ required: true, whitespace: true, message: vi.login.required }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Popconfirm title={vi.office.cancelConfirm} okText={vi.confirm} cancelText={vi.cancel} onConfirm={send}>
        <Button danger loading={busy}>
          {vi.office.cancelAssignment}
        </Button>
      </Popconfirm>
    </Form>
  );
}

/** A comment on the timeline, by the office or the unit. */
export function CommentForm({ assignment: a }: { assignment: AssignmentDetail }) {
  const [form] = Form.useForm();
  const { busy, run } = useAction();
  return (
    <Form
      form={form}
      name="comment"
      layout="vertical"
      onFinish={async (v: { body: string }) => {
        if (await run(() => api.post(`/api/assignments/${a.id}/comments`, { body: v.body })))
          form.resetFields();
      }}
    >
      <Form.Item
        label={vi.office.commentBody}
        name="body"
        rules={[{ required: true, whitespace: true, message: vi.login.required }]}
      >
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Button htmlType="submit" loading={busy}>
        {vi.office.sendComment}
      </Button>
    </Form>
  );
}
