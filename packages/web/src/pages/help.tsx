import { useQuery } from '@tanstack/react-query';
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { CardHeading } from '../components/card-heading';
import { QueryState } from '../components/query-state';
import { vi } from '../text/vi';

/** **bold** and *italic* inside a line of the rules. */
function inline(text: string, key: string): ReactNode[] {
  return text.split(/(\*\*[^*]+\*\*|\*[^*]+\*)/g).map((part, j) => {
    const id = `${key}-${j}`;
    if (part.startsWith('**')) return <b key={id}>{part.slice(2, -2)}</b>;
    if (part.startsWith('*')) return <i key={id}>{part.slice(1, -1)}</i>;
    return part;
  });
}

/** The status rules in Vietnamese, as the server publishes them: headings, bullets, paragraphs. */
export function HelpPage() {
  const query = useQuery({
    queryKey: ['help'],
    queryFn: async () => {
      const res = await fetch('/api/help/status-rules');
      if (!res.ok) throw new Error(vi.unreachable);
      // the text never reorders, so a line's position is its identity
      return (await res.text()).split('\n').map((line, n) => ({ id: `line-${n}`, line }));
    },
  });
  return (
    <Card title={<CardHeading>{vi.help.title}</CardHeading>} style={{ maxWidth: 860 }}>
      <QueryState query={query}>
        {(lines) => (
          <div>
            {lines.map(({ id, line }) => {
              if (!line.trim() || line.startsWith('# ')) return null;
              if (line.startsWith('## ')) {
                return (
                  <Typography.Title key={id} level={4}>
                    {line.slice(3)}
                  </Typography.Title>
                );
              }
              if (/^\s*(-|\d+\.)\s/.test(line)) {
                return (
                  <div key={id} style={{ marginLeft: line.search(/\S/) * 8 + 8 }}>
                    • {inline(line.replace(/^\s*(-|\d+\.)\s/, ''), id)}
                  </div>
                );
              }
              return <Typography.Paragraph key={id}>{inline(line, id)}</Typography.Paragraph>;
            })}
          </div>
        )}
      </QueryState>
    </Card>
  );
}
