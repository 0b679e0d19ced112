import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { vi } from '../../text/vi';
import { type ActionInputs, type AssignmentAction, assignmentMutation } from './assignment-actions';

/**
 * One step on an assignment as a mutation: "Đã lưu" or the server's reason as a message, the
 * refused fields' messages under the fields of `form`, the assignment and its lists refreshed.
 * `onDone` clears the form once the step is recorded.
 */
export function useAssignmentAction<A extends AssignmentAction>(
  action: A,
  id: number,
  { form, onDone }: { form?: FormInstance; onDone?: (input: ActionInputs[A]) => void } = {},
) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const mutation = useMutation({
    ...assignmentMutation(client, action, id, {
      onDone: () => message.success(vi.assignment.saved),
      onFailed: (err, fields, rest) => {
        if (form && fields.length) form.setFields(fields);
        message.error([err.message, ...rest].join(' '));
      },
    }),
  });
  return {
    busy: mutation.isPending,
    /** Sends the step; resolves true once recorded (the form then clears), false when refused. */
    send: async (input: ActionInputs[A]): Promise<boolean> => {
      try {
        await mutation.mutateAsync(input);
        onDone?.(input);
        return true;
      } catch {
        return false;
      }
    },
  };
}
