import { Button, DatePicker, Form, Input, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api } from '../api/client';
import { vi } from '../text/vi';
import { useAction } from './use-action';

/**
 * A decision on an extension request: approve (for the date asked, or another), refuse with a
 * reason, or forward to the leaders. Only the steps the server allows are offered.
 */
export function ExtensionDecision({
  id,
  requestedDue,
  abilities,
}: {
  id: number;
  requestedDue: string;
  abilities: string[];
}) {
  const [form] = Form.useForm();
  const { busy, run } = useAction();
  const canDecide = abilities.includes('extension.decide');
  const canForward = abilities.includes('extension.forward');
  if (!canDecide && !canForward) return null;
  const values = () => form.getFieldsValue() as { approvedDue?: Dayjs; note?: string };
  const decide = async (decision: 'approve' | 'refuse') => {
    const v = values();
    if (decision === 'refuse' && !v.note?.trim()) {
      form.setFields([{ name: 'note', errors: [vi.office.refuseNeedsReason] }]);
      return;
    }
    await run(() =>
      api.post(`/api/extensions/${id}/decision`, {
        decision,
        note: v.note,
        ...(decision === 'approve' && v.approvedDue
          ? { approvedDue: v.approvedDue.format('YYYY-MM-DD') }
          : {}),
      }),
    );
  };
  return (
    <Form
      form={form}
      name={`extension-${id}`}
      layout="vertical"
      data-testid={`extension-decision-${id}`}
      initialValues={{ approvedDue: dayjs(requestedDue) }}
      style={{ marginTop: 8 }}
    >
      {canDecide && (
        <Form.Item label={vi.office.approvedDue} name="approvedDue">
          <DatePicker format="DD/MM/YYYY" allowClear={false} />
        </Form.Item>
      )}
      <Form.Item label={vi.office.decisionNote} name="note">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Space wrap>
        {canDecide && (
          <>
            <Button type="primary" loading={busy} onClick={() => decide('approve')}>
              {vi.queues.approve}
            </Button>
            <Button loading={busy} onClick={() => decide('refuse')}>
              {vi.queues.refuse}
            </Button>
          </>
        )}
        {canForward && (
          <Button
            loading={busy}
            onClick={() =>
              run(() => api.post(`/api/extensions/${id}/forward`, { note: values().note ?? '' }))
            }
          >
            {vi.office.forward}
          </Button>
        )}
      </Space>
    </Form>
  );
}
