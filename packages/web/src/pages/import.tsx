import { InboxOutlined } from '@ant-design/icons';
import { useNavigate } from '@tanstack/react-router';
import { Alert, Button, Card, Input, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import type { DirectiveView } from '../api/schema';
import { RestrictedScreen } from '../components/restricted-screen';
import { vi } from '../text/vi';

/** Drop a PDF, DOCX or text file, or paste the text: the extractor makes a draft to review. */
export function ImportScreen(): React.JSX.Element {
  return (
    <RestrictedScreen path="/nhap-van-ban">
      <ImportPage />
    </RestrictedScreen>
  );
}

export function ImportPage() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const done = (d: DirectiveView) => navigate({ to: '/van-ban/$id', params: { id: String(d.id) } });
  const run = async (action: () => Promise<DirectiveView>) => {
    setBusy(true);
    setError(null);
    try {
      await done(await action());
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 900 }}>
      <Typography.Title level={1}>{vi.importing.title}</Typography.Title>
      {error && <Alert type="error" showIcon message={error} />}
      <Upload.Dragger
        accept=".pdf,.docx,.txt"
        showUploadList={false}
        disabled={busy}
        customRequest={({ file }) =>
          run(() => api.upload<DirectiveView>('/api/directives/import', file as File))
        }
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{busy ? vi.importing.extracting : vi.importing.drop}</p>
      </Upload.Dragger>
      <Card title={vi.importing.orPaste}>
        <Input.TextArea
          aria-label={vi.importing.orPaste}
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <Button
          type="primary"
          style={{ marginTop: 12 }}
          disabled={!text.trim()}
          loading={busy}
          onClick={() => run(() => api.post<DirectiveView>('/api/directives/import', { text }))}
        >
          {vi.importing.extract}
        </Button>
      </Card>
    </Space>
  );
}
