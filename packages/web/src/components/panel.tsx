import { theme } from 'antd';
import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';

/** A bordered box in antd's colours, without antd's Card (whose tabs and menus a list does not need). */
export function panelStyle(token: ReturnType<typeof theme.useToken>['token']): CSSProperties {
  return {
    border: `1px solid ${token.colorBorderSecondary}`,
    borderRadius: token.borderRadiusLG,
    background: token.colorBgContainer,
    padding: 12,
  };
}

export function Panel({
  children,
  style,
  ...rest
}: { children: ReactNode } & HTMLAttributes<HTMLDivElement>) {
  const { token } = theme.useToken();
  return (
    <div {...rest} style={{ ...panelStyle(token), ...style }}>
      {children}
    </div>
  );
}
