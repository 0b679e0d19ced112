import type { ApiClient, AppType } from '@dondoc/server/app-type';
import { hc } from 'hono/client';
import { vi } from '../text/vi';

/** An error the server explained, with its Vietnamese message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

/** Asks the user to sign in again; resolves once they did, rejects if they declined. */
type SignInAgain = () => Promise<void>;
let signInAgain: SignInAgain | null = null;
let signingIn: Promise<void> | null = null;

/** The screen that asks for the password when a session ends mid-work (null: none mounted). */
export function onSessionExpired(handler: SignInAgain | null): void {
  signInAgain = handler;
}

/**
 * A session that ended while the user worked (it had a CSRF token): ask them to sign in again,
 * once for all requests refused meanwhile, and say whether to send the request again.
 */
async function signedInAgain(status: number, path: string): Promise<boolean> {
  if (status !== 401 || !csrfToken || !signInAgain || /^\/api\/auth\/log(in|out)/.test(path)) return false;
  signingIn ??= signInAgain().finally(() => {
    signingIn = null;
  });
  try {
    await signingIn;
    return true;
  } catch {
    return false;
  }
}

/**
 * Every call to the API goes through here, the typed client's too: the CSRF header on writes, a
 * session that ended mid-work signed in again and the request sent again, and an answer other than
 * 2xx thrown as an ApiError with the server's Vietnamese message (and its field details).
 */
async function send(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const method = (init.method ?? 'GET').toUpperCase();
  const path = typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
  const headers = new Headers(init.headers);
  if (csrfToken && method !== 'GET') headers.set('x-csrf-token', csrfToken);
  let res: Response;
  try {
    res = await fetch(input, { ...init, method, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', vi.unreachable);
  }
  if (await signedInAgain(res.status, new URL(path, 'http://x').pathname)) return send(input, init);
  if (!res.ok) {
    const type = res.headers.get('content-type') ?? '';
    const payload = type.includes('application/json') ? await res.json() : await res.text();
    const error = (payload as { error?: { code: string; message: string; details?: unknown } }).error;
    throw new ApiError(res.status, error?.code ?? 'error', error?.message ?? vi.unreachable, error?.details);
  }
  return res;
}

async function request<T>(method: string, path: string, body?: unknown, form?: FormData): Promise<T> {
  const res = await send(path, {
    method,
    ...(form
      ? { body: form }
      : body !== undefined
        ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }
        : {}),
  });
  const type = res.headers.get('content-type') ?? '';
  return (type.includes('application/json') ? await res.json() : await res.text()) as T;
}

/**
 * The API as the server types it (`hc<AppType>`): paths, inputs and answers checked by tsc against
 * the server's routes. `await (await client.api.assignments.$get({ query })).json()`.
 */
export const client: ApiClient = hc<AppType>('/', { fetch: send });

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  upload: <T>(path: string, file: File) => {
    const form = new FormData();
    form.append('file', file);
    return request<T>('POST', path, undefined, form);
  },
  text: async (path: string, body: string, contentType: string) => {
    const res = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}) },
      body,
    });
    const payload = await res.json();
    if (!res.ok)
      throw new ApiError(res.status, payload.error?.code, payload.error?.message ?? vi.unreachable);
    return payload;
  },
  del: <T>(path: string) => request<T>('DELETE', path),
};

/** A query string from the set values of an object. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : '';
}
