import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiError, setCsrfToken } from '../lib/api-client.js';
import { i18n } from '../lib/i18n.js';
import { queryKeys } from '../lib/query-keys.js';

function isSessionGone(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

// A 401 anywhere means the session ended (expired, or signed out elsewhere): forget it, and the
// signed-in routes send the user to the sign-in page.
function forgetSession(error: unknown, key?: readonly unknown[]) {
  if (!isSessionGone(error) || key?.[0] === queryKeys.session[0]) return;
  setCsrfToken(null);
  queryClient.setQueryData(queryKeys.session, null);
}

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => forgetSession(error, query.queryKey) }),
  mutationCache: new MutationCache({ onError: (error) => forgetSession(error) }),
  defaultOptions: {
    queries: {
      // A 4xx answer will not change by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      staleTime: 10_000,
    },
  },
});

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </I18nextProvider>
  );
}
