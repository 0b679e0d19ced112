import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { App, Button, Card, Checkbox, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { api, client } from '../api/client';
import { QueryState } from '../components/query-state';
import { formatDateTime } from '../format';
import { vi } from '../text/vi';

interface Session {
  id: number;
  createdAt: string;
  lastSeenAt: string;
  address: string | null;
  userAgent: string | null;
  current: boolean;
}

/** A short name for a browser from its user agent, enough to tell one's own devices apart. */
function deviceName(userAgent: string | null): string {
  if (!userAgent) return vi.account.unknownDevice;
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Chrome\//.test(userAgent)
      ? 'Chrome'
      : /Firefox\//.test(userAgent)
        ? 'Firefox'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : userAgent.slice(0, 40);
  const system = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : '';
  return system ? `${browser} · ${system}` : browser;
}

function ChangePassword() {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  return (
    <Card title={vi.account.password}>
      <Form
        form={form}
        name="change-password"
        layout="vertical"
        style={{ maxWidth: 420 }}
        onFinish={async (v: { currentPassword: string; newPassword: string }) => {
          try {
            await api.post('/api/account/password', {
              currentPassword: v.currentPassword,
              newPassword: v.newPassword,
            });
            message.success(vi.account.changed);
            form.resetFields();
          } catch (err) {
            message.error((err as Error).message);
          }
        }}
      >
        <Form.Item
          name="currentPassword"
          label={vi.account.currentPassword}
          rules={[{ required: true, message: vi.login.required }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={vi.account.newPassword}
          rules={[{ required: true, min: 10, message: vi.account.passwordRule }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="repeat"
          label={vi.account.repeatPassword}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: vi.login.required },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(vi.account.mismatch)),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {vi.account.change}
        </Button>
      </Form>
    </Card>
  );
}

function Sessions() {
  const { message } = App.useApp();
  const sessions = useQuery({
    queryKey: ['account', 'sessions'],
    queryFn: () => api.get<{ sessions: Session[] }>('/api/account/sessions'),
  });
  const end = async (path: string) => {
    try {
      await api.del(path);
      message.success(vi.account.ended);
      await sessions.refetch();
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  return (
    <Card
      title={vi.account.sessions}
      style={{ marginTop: 16 }}
      extra={<Button onClick={() => end('/api/account/sessions')}>{vi.account.endOthers}</Button>}
    >
      <Typography.Paragraph type="secondary">{vi.account.sessionsHint}</Typography.Paragraph>
      <QueryState query={sessions}>
        {(data) => (
          // a region that scrolls sideways on phones, reachable by keyboard (WCAG 2.1.1)
          <section
            aria-label={vi.account.sessions}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: WCAG 2.1.1, a scrolling region must take focus
            tabIndex={0}
            style={{ overflowX: 'auto' }}
          >
            <Table<Session>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={data.sessions}
              columns={[
                {
                  title: vi.account.device,
                  render: (_, s) => (
                    <Space>
                      {deviceName(s.userAgent)}
                      {s.current && <Tag color="green">{vi.account.current}</Tag>}
                    </Space>
                  ),
                },
                { title: vi.account.address, dataIndex: 'address' },
                { title: vi.account.since, render: (_, s) => formatDateTime(s.createdAt) },
                { title: vi.account.lastSeen, render: (_, s) => formatDateTime(s.lastSeenAt) },
                {
                  title: '',
                  render: (_, s) =>
                    !s.current && (
                      <Button size="small" danger onClick={() => end(`/api/account/sessions/${s.id}`)}>
                        {vi.account.end}
                      </Button>
                    ),
                },
              ]}
            />
          </section>
        )}
      </QueryState>
    </Card>
  );
}

const CHANNELS = ['email', 'webhook'] as const;
const TOPICS = ['overdue', 'due_soon', 'awaiting', 'report', 'reminder'] as const;
type Channel = (typeof CHANNELS)[number];
type Topic = (typeof TOPICS)[number];
type Choices = Record<Channel, Record<Topic, boolean>>;

/** My mail address and, per channel, which notifications I receive (escalations always). */
function NotificationSettings() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const key = ['account', 'notification-settings'];
  const settings = useQuery({
    queryKey: key,
    queryFn: async () => (await client.api.account['notification-settings'].$get()).json(),
  });
  const save = useMutation({
    mutationFn: async (json: { email?: string | null; preferences?: Partial<Choices> }) =>
      (await client.api.account['notification-settings'].$put({ json })).json(),
    onSuccess: (saved) => {
      queryClient.setQueryData(key, saved);
      message.success(vi.account.saved);
    },
    onError: (err) => message.error(err.message),
  });
  return (
    <Card title={vi.account.notifications} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{vi.account.notificationsHint}</Typography.Paragraph>
      <QueryState query={settings}>
        {(s) => (
          <Form
            name="notification-settings"
            layout="vertical"
            initialValues={{ email: s.email ?? '', preferences: s.preferences }}
            onFinish={(v: { email: string; preferences: Choices }) =>
              save.mutate({ email: v.email.trim() || null, preferences: v.preferences })
            }
          >
            <Form.Item
              name="email"
              label={vi.account.email}
              style={{ maxWidth: 420 }}
              rules={[{ type: 'email', message: vi.account.emailInvalid }]}
            >
              <Input type="email" autoComplete="email" />
            </Form.Item>
            <section
              aria-label={vi.account.notifications}
              // biome-ignore lint/a11y/noNoninteractiveTabindex: WCAG 2.1.1, a scrolling region must take focus
              tabIndex={0}
              style={{ overflowX: 'auto' }}
            >
              <table>
                <thead>
                  <tr>
                    <th scope="col">{vi.account.topic}</th>
                    {CHANNELS.map((c) => (
                      <th scope="col" key={c}>
                        {vi.account.channels[c]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {TOPICS.map((topic) => (
                    <tr key={topic}>
                      <th scope="row" style={{ textAlign: 'left', fontWeight: 'normal', paddingRight: 24 }}>
                        {vi.account.topics[topic]}
                      </th>
                      {CHANNELS.map((channel) => (
                        <td key={channel} style={{ textAlign: 'center', padding: 4 }}>
                          <Form.Item name={['preferences', channel, topic]} valuePropName="checked" noStyle>
                            <Checkbox
                              aria-label={`${vi.account.topics[topic]} — ${vi.account.channels[channel]}`}
                            />
                          </Form.Item>
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <Button type="primary" htmlType="submit" loading={save.isPending} style={{ marginTop: 16 }}>
              {vi.account.save}
            </Button>
          </Form>
        )}
      </QueryState>
    </Card>
  );
}

/**
 * My account: change my password, my mail address and which notifications I receive, see where I
 * am signed in and end those sessions.
 */
export function AccountPage() {
  return (
    <>
      <Typography.Title level={1}>{vi.account.title}</Typography.Title>
      <ChangePassword />
      <NotificationSettings />
      <Sessions />
      <Typography.Paragraph>
        <Link to="/ma-truy-cap">{vi.nav.apiTokens}</Link>
      </Typography.Paragraph>
    </>
  );
}
