import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { vi } from '../text/vi';

/**
 * Runs one write: says "Đã lưu" or the server's reason, refreshes what was read, and tells the
 * caller whether it worked (a form clears itself only then).
 */
export function useAction() {
  const client = useQueryClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, done = vi.assignment.saved): Promise<boolean> => {
    setBusy(true);
    try {
      await action();
      message.success(done);
      await client.invalidateQueries();
      return true;
    } catch (err) {
      message.error((err as Error).message);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
