import { AsyncLocalStorage } from 'node:async_hooks';

/** Where the request being served came from, for the audit log to record beside each change. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

export const requestOrigin = new AsyncLocalStorage<RequestOrigin>();
