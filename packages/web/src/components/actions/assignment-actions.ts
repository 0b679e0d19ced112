import type { MutationOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { ApiError, client } from '../../api/client';
import type { AssignmentDetail } from '../../api/schema';
import type { Evidence } from '../evidence';

/**
 * The steps an assigned unit and the office take on an assignment, each one write: what it sends,
 * where, which fields of its form the server's refusals belong to, and which cached reads it makes
 * stale. The form components (report-forms.tsx, extension-request-form.tsx, verification-form.tsx)
 * run them through TanStack Query's useMutation; this module has no React in it, so its tests run
 * without a browser.
 */
export interface ActionInputs {
  report: { percent: number; narrative: string; obstacles?: string; evidence: Evidence[]; version: number };
  claim: { narrative: string; evidence: Evidence[]; version: number };
  extension: { requestedDue: string; reason: string };
  verification: { decision: 'accept' | 'return'; reason?: string };
}

export type AssignmentAction = keyof ActionInputs;

/** What every assignment step changes besides the assignment: its lists, counts, dashboard, search. */
const VIEWS: QueryKey[] = [['assignments'], ['assignment-counts'], ['dashboard'], ['search']];

interface ActionSpec<A extends AssignmentAction> {
  /** The step sent through the typed client (hc<AppType>): its path and body checked by tsc. */
  post: (id: number, input: ActionInputs[A]) => Promise<Response>;
  /** The server's field path → the form's field name (a path not listed is said in the message). */
  fields: Record<string, string>;
  invalidates: (id: number) => QueryKey[];
}

export const ACTIONS: { [A in AssignmentAction]: ActionSpec<A> } = {
  report: {
    post: (id, json) => client.api.assignments[':id'].reports.$post({ param: { id: String(id) }, json }),
    fields: { percent: 'percent', narrative: 'narrative', obstacles: 'obstacles' },
    // a report with obstacles opens one in the office's queue
    invalidates: (id) => [['assignment', id], ...VIEWS, ['obstacles']],
  },
  claim: {
    post: (id, json) => client.api.assignments[':id'].claim.$post({ param: { id: String(id) }, json }),
    fields: { narrative: 'narrative' },
    invalidates: (id) => [['assignment', id], ...VIEWS],
  },
  extension: {
    post: (id, json) => client.api.assignments[':id'].extensions.$post({ param: { id: String(id) }, json }),
    fields: { requestedDue: 'due', reason: 'reason' },
    invalidates: (id) => [['assignment', id], ...VIEWS, ['extensions']],
  },
  verification: {
    // a return says why; an acceptance sends a note only if one was written
    post: (id, v) =>
      client.api.assignments[':id'].verification.$post({
        param: { id: String(id) },
        json: v.reason?.trim() ? { decision: v.decision, reason: v.reason } : { decision: v.decision },
      }),
    fields: { reason: 'reason' },
    invalidates: (id) => [['assignment', id], ...VIEWS],
  },
};

/** A field's error as antd's form.setFields takes it. */
export interface FieldError {
  name: string;
  errors: string[];
}

/**
 * The server's 400 (`details`: each refused field's path and message) split into the errors shown
 * under the form's own fields and those said in the message (a field the form has no box for).
 */
export function serverFieldErrors(
  err: unknown,
  fields: Record<string, string>,
): { fields: FieldError[]; rest: string[] } {
  if (!(err instanceof ApiError) || err.status !== 400 || !Array.isArray(err.details))
    return { fields: [], rest: [] };
  const byName = new Map<string, string[]>();
  const rest: string[] = [];
  for (const d of err.details as { path?: unknown; message?: unknown }[]) {
    const path = typeof d.path === 'string' ? d.path : '';
    const message = typeof d.message === 'string' ? d.message : '';
    const name = fields[path];
    if (name && message) byName.set(name, [...(byName.get(name) ?? []), message]);
    else if (message) rest.push(message);
  }
  return { fields: [...byName].map(([name, errors]) => ({ name, errors })), rest };
}

/** What the form does on each outcome (the hook shows a message and sets the fields' errors). */
export interface ActionOutcome {
  onDone: () => void;
  onFailed: (err: Error, fields: FieldError[], rest: string[]) => void;
}

/**
 * The options of one step's mutation: it posts the input, puts the assignment the server answers
 * with into the cache (the page shows the new state at once) and marks the step's other reads
 * stale, so the lists and counts on screen refetch. The client's resend after a new sign-in
 * (api/client.ts) happens inside `api.post`, before the mutation settles.
 */
export function assignmentMutation<A extends AssignmentAction>(
  client: QueryClient,
  action: A,
  id: number,
  outcome: ActionOutcome,
): MutationOptions<unknown, Error, ActionInputs[A]> {
  const spec = ACTIONS[action] as ActionSpec<A>;
  return {
    mutationKey: ['assignment', id, action],
    mutationFn: async (input) => (await spec.post(id, input)).json() as Promise<unknown>,
    onSuccess: async (answer) => {
      const assignment = returnedAssignment(answer, id);
      if (assignment) client.setQueryData(['assignment', id], assignment);
      outcome.onDone();
      await Promise.all(
        spec.invalidates(id).map((queryKey) =>
          client.invalidateQueries({
            queryKey,
            // the detail just put in the cache needs no refetch
            ...(assignment && queryKey[0] === 'assignment' ? { refetchType: 'none' } : {}),
          }),
        ),
      );
    },
    onError: (err) => {
      const { fields, rest } = serverFieldErrors(err, spec.fields);
      outcome.onFailed(err, fields, rest);
    },
  };
}

/** The assignment in a step's answer: the answer itself, or its `assignment`. */
function returnedAssignment(answer: unknown, id: number): AssignmentDetail | null {
  if (!answer || typeof answer !== 'object') return null;
  const a = 'assignment' in answer ? (answer as { assignment: unknown }).assignment : answer;
  return a && typeof a === 'object' && (a as { id?: unknown }).id === id ? (a as AssignmentDetail) : null;
}
