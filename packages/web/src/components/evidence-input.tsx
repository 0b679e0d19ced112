import { InboxOutlined } from '@ant-design/icons';
import { Input, Space, Upload } from 'antd';
import type { UploadFile } from 'antd/es/upload/interface';
import { useState } from 'react';
import { getCsrfToken } from '../api/client';
import { vi } from '../text/vi';

export type Evidence = { sha256?: string; fileName?: string; url?: string };

/** Evidence by drag and drop: each file goes to /api/files with a progress bar, then is referenced by its hash. */
export function EvidenceInput({ onChange }: { onChange: (evidence: Evidence[]) => void }) {
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [link, setLink] = useState('');
  const emit = (list: UploadFile[], url: string) =>
    onChange([
      ...list
        .filter((f) => f.status === 'done')
        .map((f) => ({ sha256: (f.response as { sha256: string }).sha256, fileName: f.name })),
      ...(url ? [{ url }] : []),
    ]);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Upload.Dragger
        multiple
        fileList={files}
        customRequest={({ file, onProgress, onSuccess, onError }) => {
          const form = new FormData();
          form.append('file', file as File);
          const xhr = new XMLHttpRequest();
          xhr.open('POST', '/api/files');
          // XHR rather than fetch: only XHR reports upload progress
          const token = getCsrfToken();
          if (token) xhr.setRequestHeader('x-csrf-token', token);
          xhr.upload.onprogress = (e) => onProgress?.({ percent: (e.loaded / e.total) * 100 });
          xhr.onload = () => {
            const body = JSON.parse(xhr.responseText || '{}');
            if (xhr.status < 300) onSuccess?.(body);
            else onError?.(new Error(body.error?.message ?? vi.unreachable));
          };
          xhr.onerror = () => onError?.(new Error(vi.unreachable));
          xhr.send(form);
        }}
        onChange={({ fileList }) => {
          setFiles(fileList.map((f) => (f.status === 'error' ? { ...f, response: f.error?.message } : f)));
          emit(fileList, link);
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{vi.assignment.dropFiles}</p>
      </Upload.Dragger>
      <Input
        aria-label={vi.assignment.link}
        placeholder={vi.assignment.link}
        value={link}
        onChange={(e) => {
          setLink(e.target.value);
          emit(files, e.target.value);
        }}
      />
    </Space>
  );
}
