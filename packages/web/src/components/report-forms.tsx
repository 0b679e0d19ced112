import { Button, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import type { AssignmentDetail } from '../api/types';
import { vi } from '../text/vi';
import { EvidenceInput, type EvidenceState, evidenceBlock } from './evidence-input';
import { useAction } from './use-action';

const NO_EVIDENCE: EvidenceState = { evidence: [], uploading: 0, failed: 0 };

/**
 * The evidence of a form: refuses to send while a file failed or is still uploading (the
 * reason shown at the field), and is cleared with the form once sent.
 */
function useEvidence() {
  const [state, setState] = useState<EvidenceState>(NO_EVIDENCE);
  const [round, setRound] = useState(0);
  const [shown, setShown] = useState<string | null>(null);
  const block = evidenceBlock(state);
  return {
    evidence: state.evidence,
    /** True when the form may send; otherwise shows why at the field. */
    ready: () => {
      setShown(block);
      return block === null;
    },
    clear: () => {
      setState(NO_EVIDENCE);
      setShown(null);
      setRound((r) => r + 1);
    },
    field: (required = false) => (
      <Form.Item
        label={vi.assignment.evidence}
        required={required}
        validateStatus={shown && block ? 'error' : undefined}
        help={shown && block ? block : undefined}
      >
        <EvidenceInput key={round} onChange={setState} />
      </Form.Item>
    ),
  };
}

export function ReportForm({ assignment: a }: { assignment: AssignmentDetail }) {
  const [form] = Form.useForm();
  const evidence = useEvidence();
  const { busy, run } = useAction();
  return (
    <Form
      form={form}
      name="report"
      data-testid="form-report"
      layout="vertical"
      initialValues={{ percent: a.percent }}
      onFinish={async (v: { percent: number; narrative: string; obstacles?: string }) => {
        if (!evidence.ready()) return;
        const sent = await run(() =>
          api.post(`/api/assignments/${a.id}/reports`, {
            ...v,
            evidence: evidence.evidence,
            version: a.version,
          }),
        );
        if (sent) {
          form.resetFields(['narrative', 'obstacles']);
          evidence.clear();
        }
      }}
    >
      <Form.Item label={vi.assignment.percent} name="percent" rules={[{ required: true }]}>
        <InputNumber min={0} max={100} />
      </Form.Item>
      <Form.Item
        label={vi.assignment.narrative}
        name="narrative"
        rules={[{ required: true, message: vi.login.required }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item label={vi.assignment.obstacles} name="obstacles">
        <Input.TextArea rows={2} />
      </Form.Item>
      {evidence.field()}
      <Button type="primary" htmlType="submit" loading={busy}>
        {vi.assignment.sendReport}
      </Button>
    </Form>
  );
}

export function ClaimForm({ assignment: a }: { assignment: AssignmentDetail }) {
  const [form] = Form.useForm();
  const evidence = useEvidence();
  const { busy, run } = useAction();
  return (
    <Form
      form={form}
      name="claim"
      data-testid="form-claim"
      layout="vertical"
      onFinish={async (v: { narrative: string }) => {
        if (!evidence.ready()) return;
        const sent = await run(() =>
          api.post(`/api/assignments/${a.id}/claim`, {
            narrative: v.narrative,
            evidence: evidence.evidence,
            version: a.version,
          }),
        );
        if (sent) {
          form.resetFields();
          evidence.clear();
        }
      }}
    >
      <Form.Item
        label={vi.assignment.narrative}
        name="narrative"
        rules={[{ required: true, message: vi.login.required }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      {evidence.field(true)}
      <Button type="primary" htmlType="submit" loading={busy}>
        {vi.assignment.sendClaim}
      </Button>
    </Form>
  );
}
