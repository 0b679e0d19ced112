import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { api, setCsrfToken } from '../api/client';
import { useUser } from '../auth';
import { vi } from '../text/vi';

/**
 * The password asked over the page when the session ended mid-work (session-expiry.tsx opens it,
 * loaded only then): signing in resolves, cancelling declines.
 */
export default function SignInAgainDialog({
  onSignedIn,
  onDeclined,
}: {
  onSignedIn: () => void;
  onDeclined: () => void;
}) {
  const user = useUser();
  const [form] = Form.useForm<{ password: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const signIn = async ({ password }: { password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const result = await api.post<{ csrfToken: string }>('/api/auth/login', {
        username: user.username,
        password,
      });
      setCsrfToken(result.csrfToken);
      onSignedIn();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={vi.session.title}
      okText={vi.login.submit}
      cancelText={vi.session.cancel}
      confirmLoading={busy}
      maskClosable={false}
      onOk={() => form.submit()}
      onCancel={onDeclined}
      destroyOnHidden
    >
      <Typography.Paragraph>{vi.session.explain}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" name="sign-in-again" onFinish={signIn}>
        <Form.Item label={vi.login.username}>
          <Input value={user.username} disabled autoComplete="username" />
        </Form.Item>
        <Form.Item
          label={vi.login.password}
          name="password"
          rules={[{ required: true, message: vi.login.required }]}
        >
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
