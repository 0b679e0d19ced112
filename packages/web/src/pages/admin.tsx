import { UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tree,
  Typography,
  Upload,
} from 'antd';
import { api } from '../api/client';
import { QueryState } from '../components/query-state';
import { RestrictedScreen } from '../components/restricted-screen';
import { vi } from '../text/vi';

interface Unit {
  id: number;
  parent_id: number | null;
  name: string;
}

function toTree(
  units: Unit[],
  parent: number | null,
): { key: number; title: string; children: ReturnType<typeof toTree> }[] {
  return units
    .filter((u) => u.parent_id === parent)
    .map((u) => ({ key: u.id, title: u.name, children: toTree(units, u.id) }));
}

interface User {
  id: number;
  username: string;
  displayName: string;
  role: string;
  unitId: number | null;
  disabled: boolean;
  /** What the server lets the admin do with this account (not lock or demote oneself). */
  abilities?: string[];
}

/** Users and their roles: create, change role or unit, lock, reset a password. */
function Users({ units }: { units: Unit[] }) {
  const { message } = App.useApp();
  const users = useQuery({ queryKey: ['users'], queryFn: () => api.get<{ items: User[] }>('/api/users') });
  const [form] = Form.useForm();
  const change = async (id: number, patch: Partial<User> & { password?: string }) => {
    try {
      await api.patch(`/api/users/${id}`, patch);
      message.success(vi.assignment.saved);
      await users.refetch();
    } catch (err) {
      message.error((err as Error).message);
    }
  };
  const unitOptions = units.map((u) => ({ value: u.id, label: u.name }));
  const roleOptions = Object.entries(vi.roles).map(([value, label]) => ({ value, label }));
  return (
    <Card title={vi.admin.users} style={{ marginTop: 16 }}>
      <Form
        form={form}
        name="new-user"
        layout="inline"
        style={{ marginBottom: 16, rowGap: 8 }}
        onFinish={async (v: {
          username: string;
          displayName: string;
          role: string;
          unitId?: number;
          password: string;
        }) => {
          try {
            await api.post('/api/users', { ...v, unitId: v.unitId ?? null });
            message.success(vi.assignment.saved);
            form.resetFields();
            await users.refetch();
          } catch (err) {
            message.error((err as Error).message);
          }
        }}
      >
        <Form.Item
          name="username"
          label={vi.login.username}
          rules={[{ required: true, message: vi.login.required }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={vi.admin.displayName}
          rules={[{ required: true, message: vi.login.required }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="role" label={vi.admin.role} rules={[{ required: true, message: vi.login.required }]}>
          <Select style={{ width: 170 }} options={roleOptions} />
        </Form.Item>
        <Form.Item name="unitId" label={vi.work.unit}>
          <Select
            style={{ width: 240 }}
            showSearch
            optionFilterProp="label"
            allowClear
            options={unitOptions}
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={vi.login.password}
          rules={[{ required: true, min: 10, message: vi.admin.passwordRule }]}
        >
          <Input.Password />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          {vi.admin.addUser}
        </Button>
      </Form>
      <QueryState query={users}>
        {(data) => (
          <Table<User>
            size="small"
            rowKey="id"
            dataSource={data.items}
            scroll={{ x: 760 }}
            columns={[
              { title: vi.login.username, dataIndex: 'username' },
              { title: vi.admin.displayName, dataIndex: 'displayName' },
              {
                title: vi.admin.role,
                width: 180,
                render: (_, u) => (
                  <Select
                    aria-label={`${vi.admin.role} ${u.username}`}
                    size="small"
                    style={{ width: 170 }}
                    value={u.role}
                    disabled={!u.abilities?.includes('user.change_role')}
                    options={roleOptions}
                    onChange={(role) => change(u.id, { role })}
                  />
                ),
              },
              {
                title: vi.work.unit,
                width: 260,
                render: (_, u) => (
                  <Select
                    aria-label={`${vi.work.unit} ${u.username}`}
                    size="small"
                    style={{ width: 250 }}
                    showSearch
                    optionFilterProp="label"
                    allowClear
                    value={u.unitId ?? undefined}
                    options={unitOptions}
                    onChange={(unitId) => change(u.id, { unitId: unitId ?? null })}
                  />
                ),
              },
              {
                title: vi.admin.locked,
                width: 90,
                render: (_, u) => (
                  <Switch
                    aria-label={`${vi.admin.locked} ${u.username}`}
                    size="small"
                    checked={u.disabled}
                    disabled={!u.abilities?.includes('user.lock')}
                    onChange={(disabled) => change(u.id, { disabled })}
                  />
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </Card>
  );
}

/** The unit directory as a tree, with CSV export and import of units and groups; the users below. */
export function AdminScreen(): React.JSX.Element {
  return (
    <RestrictedScreen path="/quan-tri">
      <AdminPage />
    </RestrictedScreen>
  );
}

export function AdminPage() {
  const { message } = App.useApp();
  const units = useQuery({
    queryKey: ['directory-units'],
    queryFn: () => api.get<{ items: Unit[] }>('/api/units'),
  });
  const importCsv = (path: string) => async (file: File) => {
    try {
      await api.text(path, await file.text(), 'text/csv');
      message.success(vi.admin.imported);
      await units.refetch();
    } catch (err) {
      message.error((err as Error).message);
    }
    return false;
  };
  return (
    <>
      <Typography.Title level={1}>{vi.nav.admin}</Typography.Title>
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Card title={vi.admin.units}>
            <QueryState query={units}>
              {(data) => <Tree treeData={toTree(data.items, null)} defaultExpandAll />}
            </QueryState>
          </Card>
        </Col>
        <Col xs={24} md={10}>
          <Card title={vi.admin.title}>
            <Space direction="vertical">
              <Space>
                <Button href="/api/units.csv">
                  {vi.admin.exportCsv} · {vi.admin.units}
                </Button>
                <Upload accept=".csv" showUploadList={false} beforeUpload={importCsv('/api/units/import')}>
                  <Button icon={<UploadOutlined />}>{vi.admin.importCsv}</Button>
                </Upload>
              </Space>
              <Space>
                <Button href="/api/unit-groups.csv">
                  {vi.admin.exportCsv} · {vi.admin.groups}
                </Button>
                <Upload
                  accept=".csv"
                  showUploadList={false}
                  beforeUpload={importCsv('/api/unit-groups/import')}
                >
                  <Button icon={<UploadOutlined />}>{vi.admin.importCsv}</Button>
                </Upload>
              </Space>
            </Space>
          </Card>
        </Col>
      </Row>
      <QueryState query={units}>{(data) => <Users units={data.items} />}</QueryState>
    </>
  );
}
