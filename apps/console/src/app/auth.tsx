import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken, unwrap, type Schemas } from '../api/client';

export type Me = Schemas['MeDto'];

const MeContext = createContext<Me | undefined>(undefined);

export const ME_KEY = ['auth', 'me'] as const;

/** Who the browser acts for, or null when it is not logged in. */
async function fetchMe(): Promise<Me | null> {
  try {
    const me = await unwrap(api.GET('/auth/me'));
    setCsrfToken(me.csrf_token);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(undefined);
      return null;
    }
    throw error;
  }
}

export const meQuery = { queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000 } as const;

/** Who the browser acts for: undefined while loading, null when not logged in. */
export function useMeQuery() {
  return useQuery(meQuery);
}

export function MeProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>;
}

/** The logged-in user (only below the authenticated layout). */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside an authenticated page');
  return me;
}

export const isAdmin = (me: Me): boolean => me.user.role === 'admin';

export function useLogout(): () => Promise<void> {
  const client = useQueryClient();
  return async () => {
    await unwrap(api.POST('/auth/logout'));
    setCsrfToken(undefined);
    client.clear();
    client.setQueryData(ME_KEY, null);
  };
}
