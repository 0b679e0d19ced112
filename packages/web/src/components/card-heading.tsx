import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** A card's title that is also the screen's h1 (one per screen), drawn as a card title. */
export function CardHeading({ children }: { children: ReactNode }) {
  return (
    <Typography.Title level={1} style={{ margin: 0, fontSize: 'inherit', lineHeight: 'inherit' }}>
      {children}
    </Typography.Title>
  );
}
