import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { safeRedirect, useLogin } from '../auth';
import { vi } from '../text/vi';

export function LoginScreen(): React.JSX.Element {
  const { redirect } = getRouteApi('/dang-nhap').useSearch();
  return <LoginPage redirect={redirect} />;
}

/** `redirect`: the app path the user opened before signing in. */
export function LoginPage({ redirect }: { redirect?: string }) {
  const login = useLogin();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'grid',
        placeItems: 'center',
        padding: 16,
        background: '#f5f5f5',
      }}
    >
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Typography.Title level={1}>{vi.appName}</Typography.Title>
        <Typography.Paragraph type="secondary">{vi.tagline}</Typography.Paragraph>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        <Form
          layout="vertical"
          onFinish={async (v: { username: string; password: string }) => {
            setBusy(true);
            setError(null);
            try {
              await login(v.username, v.password);
              await navigate({ href: safeRedirect(redirect), replace: true });
            } catch (err) {
              setError((err as Error).message);
            } finally {
              setBusy(false);
            }
          }}
        >
          <Form.Item
            label={vi.login.username}
            name="username"
            rules={[{ required: true, message: vi.login.required }]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label={vi.login.password}
            name="password"
            rules={[{ required: true, message: vi.login.required }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {vi.login.submit}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
