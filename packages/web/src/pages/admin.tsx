import { UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, Row, Space, Tree, Upload } from 'antd';
import { api } from '../api/client';
import { QueryState } from '../components/query-state';
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

/** The unit directory as a tree, with CSV export and import of units and groups. */
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
  );
}
