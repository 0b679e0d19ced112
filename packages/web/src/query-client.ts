import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api/client';

/** The app's one query cache: main.tsx provides it, the routes' loaders start reads in it. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, err) => !(err instanceof ApiError && err.status > 0 && err.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});
