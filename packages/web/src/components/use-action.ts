import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { vi } from '../text/vi';

/**
 * The office's other writes (reminder, deadline, cancel, comment, cascade, obstacle steps, extension
 * decisions) as one mutation: says "Đã lưu" or the server's reason, refreshes what was read, and
 * tells the caller whether it worked (a form clears itself only then). The assigned unit's steps
 * and the verification have forms of their own (actions/assignment-actions.ts).
 */
export function useAction() {
  const client = useQueryClient();
  const { message } = App.useApp();
  const mutation = useMutation({
    mutationFn: ({ action }: { action: () => Promise<unknown>; done: string }) => action(),
    onSuccess: async (_, { done }) => {
      message.success(done);
      await client.invalidateQueries();
    },
    onError: (err) => message.error(err.message),
  });
  const run = async (action: () => Promise<unknown>, done = vi.assignment.saved): Promise<boolean> => {
    try {
      await mutation.mutateAsync({ action, done });
      return true;
    } catch {
      return false;
    }
  };
  return { busy: mutation.isPending, run };
}
