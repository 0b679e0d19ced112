import { MutationObserver, QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, onSessionExpired, setCsrfToken } from '../../api/client';
import {
  ACTIONS,
  type ActionInputs,
  type AssignmentAction,
  assignmentMutation,
  serverFieldErrors,
} from './assignment-actions';

/** The requests the stubbed server saw, and its answers in order. */
let sent: { method: string; path: string; body: unknown; csrf: string | null }[] = [];
let answers: { status: number; body: unknown }[] = [];

beforeEach(() => {
  sent = [];
  answers = [];
  setCsrfToken('csrf-1');
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    sent.push({
      method: init.method ?? 'GET',
      path: new URL(url, 'http://dondoc.test').pathname,
      body: init.body ? JSON.parse(String(init.body)) : undefined,
      csrf: new Headers(init.headers).get('x-csrf-token'),
    });
    const answer = answers.shift() ?? { status: 200, body: {} };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'content-type': 'application/json' },
    });
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  onSessionExpired(null);
  setCsrfToken(null);
});

const detail = (id: number, state: string) => ({ id, state, timeline: [], abilities: [] });

/** Runs one step as the form components do (useMutation is this observer in React). */
async function run<A extends AssignmentAction>(
  client: QueryClient,
  action: A,
  id: number,
  input: ActionInputs[A],
) {
  const outcome = { done: 0, failed: [] as { message: string; fields: unknown; rest: string[] }[] };
  const observer = new MutationObserver(
    client,
    assignmentMutation(client, action, id, {
      onDone: () => outcome.done++,
      onFailed: (err, fields, rest) => outcome.failed.push({ message: err.message, fields, rest }),
    }),
  );
  const result = await observer.mutate(input).then(
    () => 'sent' as const,
    () => 'refused' as const,
  );
  return { result, ...outcome };
}

/** A client with the assignment, a list and the dashboard read (and observed, so they refetch). */
function clientWithReads(id: number) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(['assignment', id], detail(id, 'in_progress'));
  client.setQueryData(['assignments', { page: 1 }], { items: [], total: 0 });
  client.setQueryData(['dashboard'], { figures: 1 });
  client.setQueryData(['users'], { items: [] });
  return client;
}

const stale = (client: QueryClient, key: unknown[]) => client.getQueryState(key)?.isInvalidated ?? false;

describe('the assignment steps as mutations', () => {
  it('a progress report posts the form with its evidence and version, with the CSRF header', async () => {
    const client = clientWithReads(7);
    answers.push({ status: 201, body: { reportId: 3, assignment: detail(7, 'in_progress') } });
    const input = {
      percent: 40,
      narrative: 'Đã rà soát 40% hồ sơ',
      obstacles: 'Thiếu nhân lực',
      evidence: [{ sha256: 'a'.repeat(64), fileName: 'bien-ban.pdf' }],
      version: 2,
    };
    const out = await run(client, 'report', 7, input);
    expect(out).toMatchObject({ result: 'sent', done: 1, failed: [] });
    expect(sent).toEqual([
      { method: 'POST', path: '/api/assignments/7/reports', body: input, csrf: 'csrf-1' },
    ]);
  });

  it('puts the answered assignment in the cache and marks its lists, counts and dashboard stale, not the rest', async () => {
    const client = clientWithReads(7);
    answers.push({ status: 200, body: detail(7, 'claimed') });
    await run(client, 'claim', 7, {
      narrative: 'Hoàn thành',
      evidence: [{ url: 'https://so.gov.vn/qd' }],
      version: 3,
    });
    expect(client.getQueryData(['assignment', 7])).toMatchObject({ state: 'claimed' });
    expect(stale(client, ['assignments', { page: 1 }])).toBe(true);
    expect(stale(client, ['dashboard'])).toBe(true);
    expect(stale(client, ['users'])).toBe(false);
  });

  it('an extension request marks the office’s queue of extensions stale too; a report, the obstacles', () => {
    expect(ACTIONS.extension.invalidates(7)).toContainEqual(['extensions']);
    expect(ACTIONS.report.invalidates(7)).toContainEqual(['obstacles']);
    expect(ACTIONS.claim.invalidates(7)).not.toContainEqual(['extensions']);
    for (const action of Object.keys(ACTIONS) as AssignmentAction[])
      expect(ACTIONS[action].invalidates(7)).toContainEqual(['assignment', 7]);
  });

  it('a verification returns with the reason, and accepts without an empty one', async () => {
    const client = clientWithReads(9);
    answers.push({ status: 200, body: detail(9, 'returned') }, { status: 200, body: detail(9, 'verified') });
    await run(client, 'verification', 9, { decision: 'return', reason: 'Bổ sung quyết định' });
    await run(client, 'verification', 9, { decision: 'accept', reason: '  ' });
    expect(sent.map((s) => s.body)).toEqual([
      { decision: 'return', reason: 'Bổ sung quyết định' },
      { decision: 'accept' },
    ]);
    expect(sent.every((s) => s.path === '/api/assignments/9/verification')).toBe(true);
    expect(client.getQueryData(['assignment', 9])).toMatchObject({ state: 'verified' });
  });

  it('a refusal of 400 puts each message under its field and says the others; nothing is invalidated', async () => {
    const client = clientWithReads(7);
    answers.push({
      status: 400,
      body: {
        error: {
          code: 'validation_failed',
          message: 'Dữ liệu không hợp lệ.',
          details: [
            { path: 'reason', message: 'Cần nêu lý do xin gia hạn' },
            { path: 'requestedDue', message: 'Ngày không hợp lệ' },
            { path: 'version', message: 'Phiên bản cũ' },
          ],
        },
      },
    });
    const out = await run(client, 'extension', 7, { requestedDue: '2026-13-01', reason: ' ' });
    expect(out.result).toBe('refused');
    expect(out.done).toBe(0);
    expect(out.failed).toEqual([
      {
        message: 'Dữ liệu không hợp lệ.',
        fields: [
          { name: 'reason', errors: ['Cần nêu lý do xin gia hạn'] },
          { name: 'due', errors: ['Ngày không hợp lệ'] },
        ],
        rest: ['Phiên bản cũ'],
      },
    ]);
    expect(stale(client, ['assignments', { page: 1 }])).toBe(false);
  });

  it('a refusal other than 400 (a stale version, a closed step) is said as the server says it', async () => {
    const client = clientWithReads(7);
    answers.push({ status: 409, body: { error: { code: 'conflict', message: 'Nhiệm vụ đã thay đổi.' } } });
    const out = await run(client, 'claim', 7, { narrative: 'x', evidence: [], version: 1 });
    expect(out.failed).toEqual([{ message: 'Nhiệm vụ đã thay đổi.', fields: [], rest: [] }]);
  });

  it('a session that ended mid-step asks to sign in again, then the step is sent again and recorded', async () => {
    const client = clientWithReads(7);
    const asked = vi.fn(async () => setCsrfToken('csrf-2'));
    onSessionExpired(asked);
    answers.push(
      { status: 401, body: { error: { code: 'unauthenticated', message: 'Phiên đã hết hạn.' } } },
      { status: 201, body: { assignment: detail(7, 'in_progress') } },
    );
    const out = await run(client, 'report', 7, {
      percent: 10,
      narrative: 'Bắt đầu',
      evidence: [],
      version: 1,
    });
    expect(asked).toHaveBeenCalledTimes(1);
    expect(out).toMatchObject({ result: 'sent', done: 1 });
    expect(sent.map((s) => s.csrf)).toEqual(['csrf-1', 'csrf-2']);
  });
});

describe('the server’s field errors', () => {
  it('are read from a 400’s details only', () => {
    const fields = { narrative: 'narrative' };
    const details = [{ path: 'narrative', message: 'Cần mô tả' }];
    expect(serverFieldErrors(new ApiError(400, 'validation_failed', 'x', details), fields).fields).toEqual([
      { name: 'narrative', errors: ['Cần mô tả'] },
    ]);
    expect(serverFieldErrors(new ApiError(403, 'forbidden', 'x', details), fields)).toEqual({
      fields: [],
      rest: [],
    });
    expect(serverFieldErrors(new Error('x'), fields)).toEqual({ fields: [], rest: [] });
  });

  it('gather two messages of one field, and keep an evidence item’s refusal for the message', () => {
    const err = new ApiError(400, 'validation_failed', 'x', [
      { path: 'narrative', message: 'Cần mô tả' },
      { path: 'narrative', message: 'Quá dài' },
      { path: 'evidence.0.sha256', message: 'Mã tệp không hợp lệ' },
    ]);
    expect(serverFieldErrors(err, ACTIONS.report.fields)).toEqual({
      fields: [{ name: 'narrative', errors: ['Cần mô tả', 'Quá dài'] }],
      rest: ['Mã tệp không hợp lệ'],
    });
  });
});
