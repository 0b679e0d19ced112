import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { useUser } from '../auth';
import { CardHeading } from '../components/card-heading';
import { QueryState } from '../components/query-state';
import { formatDate, formatDateTime } from '../format';
import { vi } from '../text/vi';

interface ApiToken {
  id: number;
  name: string;
  scope: 'read' | 'write';
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  username: string;
  active: boolean;
}

/** The signed-in user's API tokens (an admin's page lists everyone's): create one, revoke one. */
export function ApiTokensPage() {
  const { message } = App.useApp();
  const user = useUser();
  const [form] = Form.useForm();
  const [secret, setSecret] = useState<string | null>(null);
  const tokens = useQuery({
    queryKey: ['api-tokens'],
    queryFn: () => api.get<{ items: ApiToken[] }>('/api/auth/tokens'),
  });
  const create = async (v: { name: string; scope: 'read' | 'write'; expiresInDays: number }) => {
    try {
      const created = await api.post<{ token: string }>('/api/auth/tokens', v);
      setSecret(created.token);
      form.resetFields();
      await tokens.refetch();
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  const revoke = async (id: number) => {
    try {
      await api.del(`/api/auth/tokens/${id}`);
      message.success(vi.apiTokens.revoked);
      await tokens.refetch();
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  return (
    <Card title={<CardHeading>{vi.apiTokens.title}</CardHeading>}>
      <Typography.Paragraph type="secondary">{vi.apiTokens.intro}</Typography.Paragraph>
      <Form
        form={form}
        name="new-token"
        layout="inline"
        style={{ marginBottom: 16, rowGap: 8 }}
        initialValues={{ scope: 'read', expiresInDays: 90 }}
        onFinish={create}
      >
        <Form.Item
          name="name"
          label={vi.apiTokens.name}
          rules={[{ required: true, message: vi.login.required }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="scope" label={vi.apiTokens.scope}>
          <Select
            style={{ width: 140 }}
            options={Object.entries(vi.apiTokens.scopes).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item name="expiresInDays" label={vi.apiTokens.days}>
          <InputNumber min={1} max={365} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {vi.apiTokens.create}
        </Button>
      </Form>
      {secret && (
        <Alert
          type="success"
          style={{ marginBottom: 16 }}
          title={vi.apiTokens.created}
          description={
            <Typography.Text code copyable data-testid="new-token">
              {secret}
            </Typography.Text>
          }
          closable={{ onClose: () => setSecret(null) }}
        />
      )}
      <QueryState query={tokens}>
        {(data) => (
          <Table
            rowKey="id"
            size="small"
            dataSource={data.items}
            pagination={{ pageSize: 20 }}
            columns={[
              { title: vi.apiTokens.name, dataIndex: 'name' },
              ...(user.abilities?.canManageAllTokens
                ? [{ title: vi.apiTokens.owner, dataIndex: 'username' }]
                : []),
              {
                title: vi.apiTokens.scope,
                dataIndex: 'scope',
                render: (s: string) => vi.apiTokens.scopes[s],
              },
              { title: vi.apiTokens.createdAt, dataIndex: 'createdAt', render: (d: string) => formatDate(d) },
              { title: vi.apiTokens.expiresAt, dataIndex: 'expiresAt', render: (d: string) => formatDate(d) },
              {
                title: vi.apiTokens.lastUsedAt,
                dataIndex: 'lastUsedAt',
                render: (d: string | null) => (d ? formatDateTime(d) : '—'),
              },
              {
                title: vi.apiTokens.status,
                key: 'status',
                render: (_: unknown, t: ApiToken) =>
                  t.active ? (
                    <Tag color="green">{vi.apiTokens.active}</Tag>
                  ) : (
                    <Tag>{t.revokedAt ? vi.apiTokens.revokedState : vi.apiTokens.expired}</Tag>
                  ),
              },
              {
                title: '',
                key: 'revoke',
                render: (_: unknown, t: ApiToken) =>
                  t.active && (
                    <Popconfirm title={vi.apiTokens.revokeConfirm} onConfirm={() => revoke(t.id)}>
                      <Button size="small" danger>
                        {vi.apiTokens.revoke}
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
        )}
      </QueryState>
    </Card>
  );
}
