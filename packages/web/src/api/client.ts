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

async function request<T>(method: string, path: string, body?: unknown, form?: FormData): Promise<T> {
  const headers: Record<string, string> = {};
  if (csrfToken && method !== 'GET') headers['x-csrf-token'] = csrfToken;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(form ? { body: form } : body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new ApiError(0, 'network', vi.unreachable);
  }
  if (await signedInAgain(res.status, path)) return request(method, path, body, form);
  const type = res.headers.get('content-type') ?? '';
  const payload = type.includes('application/json') ? await res.json() : await res.text();
  if (!res.ok) {
    const error = (payload as { error?: { code: string; message: string; details?: unknown } }).error;
    throw new ApiError(res.status, error?.code ?? 'error', error?.message ?? vi.unreachable, error?.details);
  }
  return payload as T;
}

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
