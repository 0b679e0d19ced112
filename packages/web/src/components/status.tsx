import { Tag, Tooltip } from 'antd';
import { vi } from '../text/vi';

const COLOR: Record<string, string> = { green: 'green', yellow: 'gold', red: 'red' };

/** The colour as a badge with its word (never colour alone), the timeliness as its tooltip. */
export function StatusBadge({ color, timeliness }: { color: string | null; timeliness: string | null }) {
  if (!color) return <Tag>{vi.states.cancelled}</Tag>;
  return (
    <Tooltip title={timeliness ? vi.timeliness[timeliness] : undefined}>
      <Tag color={COLOR[color]} data-status={color}>
        {vi.colors[color]}
        {timeliness ? ` · ${vi.timeliness[timeliness]}` : ''}
      </Tag>
    </Tooltip>
  );
}

export function Flags({ flags }: { flags: string[] }) {
  return (
    <>
      {flags.map((f) => (
        <Tag
          key={f}
          color={
            f === 'returned' || f === 'at_risk'
              ? 'volcano'
              : f === 'awaiting_verification'
                ? 'blue'
                : 'orange'
          }
        >
          {vi.flags[f] ?? f}
        </Tag>
      ))}
    </>
  );
}
