import { theme } from 'antd';

/** A thin progress bar with its percentage (antd's Progress is more than a phone's list needs). */
export function PercentBar({ percent, label }: { percent: number; label: string }) {
  const { token } = theme.useToken();
  const value = Math.max(0, Math.min(100, Math.round(percent)));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={value}
      style={{ display: 'flex', alignItems: 'center', gap: 8, marginTop: 8 }}
    >
      <div style={{ flex: 1, height: 6, borderRadius: 3, background: token.colorFillSecondary }}>
        <div
          style={{
            width: `${value}%`,
            height: '100%',
            borderRadius: 3,
            background: value === 100 ? token.colorSuccess : token.colorPrimary,
          }}
        />
      </div>
      <span style={{ fontSize: 12, color: token.colorText, minWidth: 32, textAlign: 'end' }}>{value}%</span>
    </div>
  );
}
