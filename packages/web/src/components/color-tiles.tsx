import { theme } from 'antd';
import { COLORS } from '../search-params';
import { vi } from '../text/vi';
import { panelStyle } from './panel';

type Color = (typeof COLORS)[number];

const SHADE: Record<Color, string> = { red: '#cf1322', yellow: '#ad6800', green: '#389e0d' };

/** The list's counts by colour; a tile pressed filters the list by its colour, pressed again clears it. */
export function ColorTiles({
  counts,
  selected,
  onSelect,
}: {
  counts: Partial<Record<Color, number>> | undefined;
  selected: Color | undefined;
  onSelect: (color: Color | undefined) => void;
}) {
  const { token } = theme.useToken();
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: 12 }}>
      {COLORS.map((c) => (
        <button
          key={c}
          type="button"
          aria-pressed={selected === c}
          data-testid={`count-${c}`}
          onClick={() => onSelect(selected === c ? undefined : c)}
          style={{
            ...panelStyle(token),
            textAlign: 'start',
            cursor: 'pointer',
            font: 'inherit',
            borderColor: selected === c ? SHADE[c] : token.colorBorderSecondary,
          }}
        >
          <span style={{ display: 'block', color: token.colorTextSecondary }}>{vi.colors[c]}</span>
          <span style={{ display: 'block', fontSize: 24, color: SHADE[c] }}>
            {counts?.[c]?.toLocaleString('vi-VN') ?? '…'}
          </span>
        </button>
      ))}
    </div>
  );
}
