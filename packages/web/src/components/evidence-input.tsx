import { DeleteOutlined, InboxOutlined, PaperClipOutlined } from '@ant-design/icons';
import { EVIDENCE_EXTENSIONS } from '@dondoc/domain';
import { Button, Input, Progress, Space, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { getCsrfToken } from '../api/client';
import { vi } from '../text/vi';
import { checkEvidenceFile, type EvidenceState } from './evidence';

export { checkEvidenceFile, type Evidence, type EvidenceState, evidenceBlock } from './evidence';

interface Item {
  uid: number;
  name: string;
  status: 'uploading' | 'done' | 'error';
  percent: number;
  sha256?: string;
  error?: string;
}

let nextUid = 1;

/**
 * Evidence by drag and drop: each file is checked here, then sent to /api/files with a progress
 * bar and referenced by its hash. A file refused (here or by the server) stays listed with its
 * reason written out beside it, and counts as failed until removed: the form will not send.
 * Remount (a new `key`) to clear it after sending.
 */
export function EvidenceInput({ onChange }: { onChange: (state: EvidenceState) => void }) {
  const [items, setItems] = useState<Item[]>([]);
  const [link, setLink] = useState('');
  const requests = useRef(new Map<number, XMLHttpRequest>());
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    onChangeRef.current({
      evidence: [
        ...items
          .filter((i) => i.status === 'done')
          .map((i) => ({ sha256: i.sha256 as string, fileName: i.name })),
        ...(link.trim() ? [{ url: link.trim() }] : []),
      ],
      uploading: items.filter((i) => i.status === 'uploading').length,
      failed: items.filter((i) => i.status === 'error').length,
    });
  }, [items, link]);
  useEffect(() => {
    const pending = requests.current;
    return () => {
      for (const xhr of pending.values()) xhr.abort();
    };
  }, []);

  const update = (uid: number, change: Partial<Item>) =>
    setItems((list) => list.map((i) => (i.uid === uid ? { ...i, ...change } : i)));

  const upload = (file: File) => {
    const uid = nextUid++;
    const problem = checkEvidenceFile(file);
    if (problem) {
      setItems((list) => [...list, { uid, name: file.name, status: 'error', percent: 0, error: problem }]);
      return;
    }
    setItems((list) => [...list, { uid, name: file.name, status: 'uploading', percent: 0 }]);
    const form = new FormData();
    form.append('file', file);
    // XHR rather than fetch: only XHR reports upload progress
    const xhr = new XMLHttpRequest();
    requests.current.set(uid, xhr);
    xhr.open('POST', '/api/files');
    const token = getCsrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (e) => update(uid, { percent: Math.round((e.loaded / e.total) * 100) });
    xhr.onload = () => {
      requests.current.delete(uid);
      let body: { sha256?: string; error?: { message?: string } } = {};
      try {
        body = JSON.parse(xhr.responseText || '{}');
      } catch {
        // a proxy's HTML error page: the status says enough
      }
      if (xhr.status < 300 && body.sha256) update(uid, { status: 'done', percent: 100, sha256: body.sha256 });
      else update(uid, { status: 'error', error: body.error?.message ?? vi.unreachable });
    };
    xhr.onerror = () => {
      requests.current.delete(uid);
      update(uid, { status: 'error', error: vi.unreachable });
    };
    xhr.send(form);
  };

  const remove = (uid: number) => {
    requests.current.get(uid)?.abort();
    requests.current.delete(uid);
    setItems((list) => list.filter((i) => i.uid !== uid));
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Upload.Dragger
        multiple
        accept={EVIDENCE_EXTENSIONS.join(',')}
        showUploadList={false}
        beforeUpload={(file) => {
          upload(file);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{vi.assignment.dropFiles}</p>
      </Upload.Dragger>
      {items.map((i) => (
        <div key={i.uid} data-testid="evidence-file" data-status={i.status}>
          <Space align="start" style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Text
              type={i.status === 'error' ? 'danger' : undefined}
              style={{ wordBreak: 'break-all' }}
            >
              <PaperClipOutlined /> {i.name}
            </Typography.Text>
            <Button
              size="small"
              type="text"
              icon={<DeleteOutlined />}
              aria-label={`${vi.evidenceCheck.remove} ${i.name}`}
              onClick={() => remove(i.uid)}
            />
          </Space>
          {i.status === 'uploading' && <Progress percent={i.percent} size="small" aria-label={i.name} />}
          {i.status === 'error' && (
            <Typography.Text type="danger" role="alert" style={{ display: 'block' }}>
              {i.error}
            </Typography.Text>
          )}
        </div>
      ))}
      <Input
        aria-label={vi.assignment.link}
        placeholder={vi.assignment.link}
        value={link}
        onChange={(e) => setLink(e.target.value)}
      />
    </Space>
  );
}
