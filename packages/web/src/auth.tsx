import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext } from 'react';
import { ApiError, api, setCsrfToken } from './api/client';
import type { Me } from './api/types';

const SessionContext = createContext<Me['user'] | null>(null);

export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        const me = await api.get<Me>('/api/auth/me');
        setCsrfToken(me.csrfToken);
        return me.user;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 60_000,
  });
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
    await client.invalidateQueries();
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
