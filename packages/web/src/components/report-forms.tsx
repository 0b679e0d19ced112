import { Button, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import type { AssignmentDetail } from '../api/schema';
import { vi } from '../text/vi';
import { useAssignmentAction } from './actions/use-assignment-action';
import { EvidenceInput, type EvidenceState, evidenceBlock } from './evidence-input';

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

/** "Báo cáo tiến độ": the percentage, what was done, obstacles, evidence. */
export function ReportForm({ assignment: a }: { assignment: AssignmentDetail }) {
  const [form] = Form.useForm();
  const evidence = useEvidence();
  const { busy, send } = useAssignmentAction('report', a.id, {
    form,
    onDone: () => {
      form.resetFields(['narrative', 'obstacles']);
      evidence.clear();
    },
  });
  return (
    <Form
      form={form}
      name="report"
      data-testid="form-report"
      layout="vertical"
      initialValues={{ percent: a.percent }}
      onFinish={async (v: { percent: number; narrative: string; obstacles?: string }) => {
        if (!evidence.ready()) return;
        await send({ ...v, evidence: evidence.evidence, version: a.version });
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

/** "Báo cáo hoàn thành": what was done and the evidence (required), for the office to verify. */
export function ClaimForm({ assignment: a }: { assignment: AssignmentDetail }) {
  const [form] = Form.useForm();
  const evidence = useEvidence();
  const { busy, send } = useAssignmentAction('claim', a.id, {
    form,
    onDone: () => {
      form.resetFields();
      evidence.clear();
    },
  });
  return (
    <Form
      form={form}
      name="claim"
      data-testid="form-claim"
      layout="vertical"
      onFinish={async (v: { narrative: string }) => {
        if (!evidence.ready()) return;
        await send({ narrative: v.narrative, evidence: evidence.evidence, version: a.version });
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
