import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Spin } from 'antd';
import type { ReactNode } from 'react';
import { vi } from '../text/vi';

/** Loading and error states for a query, so no screen is ever blank. */
export function QueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin tip={vi.loading}>
          <div style={{ height: 40 }} />
        </Spin>
      </div>
    );
  }
  if (query.isError) {
    return (
      <Alert
        type="error"
        showIcon
        message={query.error.message || vi.unreachable}
        action={<Button onClick={() => query.refetch()}>{vi.retry}</Button>}
      />
    );
  }
  return <>{children(query.data as T)}</>;
}
