import { Button, Input, Space } from 'antd';
import { useState } from 'react';
import { api } from '../api/client';
import { vi } from '../text/vi';
import { useAction } from './use-action';

/** Answer an obstacle, forward it to the leaders, or mark it resolved: what the server allows. */
export function ObstacleActions({ reportId, abilities }: { reportId: number; abilities: string[] }) {
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const { busy, run } = useAction();
  if (!abilities.length) return null;
  const step = async (name: 'answer' | 'forward' | 'resolve') => {
    if (name === 'answer' && !text.trim()) {
      setMissing(true);
      return;
    }
    if (await run(() => api.post(`/api/obstacles/${reportId}/${name}`, { message: text }))) setText('');
  };
  return (
    <Space direction="vertical" style={{ width: '100%', marginTop: 8 }} data-testid={`obstacle-${reportId}`}>
      <Input.TextArea
        rows={2}
        aria-label={vi.office.answerText}
        placeholder={vi.office.answerText}
        value={text}
        status={missing ? 'error' : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setMissing(false);
        }}
      />
      {missing && <span style={{ color: '#cf1322' }}>{vi.login.required}</span>}
      <Space wrap>
        {abilities.includes('obstacle.answer') && (
          <Button type="primary" loading={busy} onClick={() => step('answer')}>
            {vi.office.answer}
          </Button>
        )}
        {abilities.includes('obstacle.forward') && (
          <Button loading={busy} onClick={() => step('forward')}>
            {vi.office.forward}
          </Button>
        )}
        {abilities.includes('obstacle.resolve') && (
          <Button loading={busy} onClick={() => step('resolve')}>
            {vi.office.resolve}
          </Button>
        )}
      </Space>
    </Space>
  );
}
