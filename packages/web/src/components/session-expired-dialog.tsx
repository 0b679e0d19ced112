import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api, onSessionExpired, setCsrfToken } from '../api/client';
import { useUser } from '../auth';
import { vi } from '../text/vi';

/**
 * When the session ends mid-work (expired, signed out elsewhere), asks for the password over the
 * page, so what the user typed stays where it is; the refused request is then sent again.
 */
export function SessionExpiredDialog() {
  const user = useUser();
  const [form] = Form.useForm<{ password: string }>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<{ resolve: () => void; reject: (err: Error) => void } | null>(null);

  useEffect(() => {
    onSessionExpired(
      () =>
        new Promise<void>((resolve, reject) => {
          pending.current = { resolve, reject };
          setError(null);
          setOpen(true);
        }),
    );
    return () => onSessionExpired(null);
  }, []);

  const close = (outcome: 'signed-in' | 'declined') => {
    setOpen(false);
    form.resetFields();
    if (outcome === 'signed-in') pending.current?.resolve();
    else pending.current?.reject(new Error('declined')); // the request fails as it was refused
    pending.current = null;
  };

  const signIn = async ({ password }: { password: string }) => {
    setBusy(true);
    setError(null);
    try {
      const result = await api.post<{ csrfToken: string }>('/api/auth/login', {
        username: user.username,
        password,
      });
      setCsrfToken(result.csrfToken);
      close('signed-in');
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={vi.session.title}
      okText={vi.login.submit}
      cancelText={vi.session.cancel}
      confirmLoading={busy}
      maskClosable={false}
      onOk={() => form.submit()}
      onCancel={() => close('declined')}
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
