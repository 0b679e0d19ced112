import { WarningOutlined } from '@ant-design/icons';
import { Button, Popover } from 'antd';
import { vi } from '../../text/vi';

/**
 * Where the extractor doubted a task: a small marker whose text shows on hover and on a tap
 * (phones have no hover), so the office looks there first.
 */
export function WarningsMarker({ warnings, index }: { warnings: string[]; index: number }) {
  if (!warnings.length) return null;
  return (
    <Popover
      trigger={['hover', 'click']}
      title={vi.review.warnings}
      content={
        <ul data-testid={`warnings-${index}`} style={{ margin: 0, paddingInlineStart: 18, maxWidth: 320 }}>
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      }
    >
      <Button
        size="small"
        type="text"
        aria-label={`${vi.review.warnings}: ${warnings.join('; ')}`}
        icon={<WarningOutlined style={{ color: '#874d00' }} />}
        onClick={(e) => e.stopPropagation()}
        style={{ color: '#874d00' }}
      >
        {vi.review.warnings}
      </Button>
    </Popover>
  );
}
