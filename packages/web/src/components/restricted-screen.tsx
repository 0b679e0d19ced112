import { Link } from '@tanstack/react-router';
import { Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useUser } from '../auth';
import { mayOpen } from '../screens';
import { vi } from '../text/vi';

/** A screen some users may not use: those get a plain refusal, never the screen's controls. */
export function RestrictedScreen({ path, children }: { path: string; children: ReactNode }) {
  const user = useUser();
  if (mayOpen(user.abilities, path)) return children;
  return (
    <Result
      status="403"
      title={<Typography.Title level={1}>{vi.restricted.title}</Typography.Title>}
      subTitle={vi.restricted.explain}
      extra={<Link to="/">{vi.restricted.home}</Link>}
    />
  );
}
