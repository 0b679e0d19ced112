import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';
import { ApiError, api, client, setCsrfToken } from './api/client';
import type { Me } from './api/schema';

const SessionContext = createContext<Me['user'] | null>(null);

/** The signed-in user, or null without a session. */
async function fetchMe(): Promise<Me['user'] | null> {
  try {
    const me: Me = await (await client.api.auth.me.$get()).json();
    setCsrfToken(me.csrfToken ?? null);
    return me.user;
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

/** The session's query: started by main.tsx before the first screen's chunks arrive, read by useMe. */
export const meQuery = { queryKey: ['me'], queryFn: fetchMe, staleTime: 60_000 } as const;

export function useMe() {
  return useQuery(meQuery);
}

export function SessionProvider({ user, children }: { user: Me['user']; children: ReactNode }) {
  return <SessionContext.Provider value={user}>{children}</SessionContext.Provider>;
}

export function useUser(): Me['user'] {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useUser outside a session');
  return user;
}

export function useLogin() {
  const client = useQueryClient();
  return async (username: string, password: string) => {
    const result = await api.post<{ csrfToken: string }>('/api/auth/login', { username, password });
    setCsrfToken(result.csrfToken);
    // nothing cached from before may decide where the new session goes: the user is known before
    // the app navigates, or the stale "no session" sends it straight back to the login form
    client.removeQueries();
    await client.fetchQuery(meQuery);
  };
}

export function useLogout() {
  const client = useQueryClient();
  return async () => {
    await api.post('/api/auth/logout');
    setCsrfToken(null);
    client.clear();
    window.location.assign('/dang-nhap');
  };
}

/**
 * Where to go after signing in: the app path the user came for, only if it is a path of this site
 * (never another origin, never the login form itself); else the home screen.
 */
export function safeRedirect(target: unknown): string {
  if (typeof target !== 'string' || !target.startsWith('/') || /^\/[/\\]/.test(target)) return '/';
  const url = new URL(target, window.location.origin);
  if (url.origin !== window.location.origin || url.pathname.startsWith('/dang-nhap')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
