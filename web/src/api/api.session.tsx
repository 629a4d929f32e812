// Who is signed in, for every page: the session from GET /api/session (401 means a visitor), sign-in
// and sign-out, and the CSRF token handed to the API client.
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { api, setCsrfToken } from './api.client.ts';
import type { CaseRole, SessionInfo } from './api.types.ts';

export interface SessionState {
  /** null: a visitor who is not signed in. */
  session: SessionInfo | null;
  loading: boolean;
  signIn(username: string, password: string): Promise<SessionInfo>;
  signOut(): Promise<void>;
  /** The user's role in a case, or null (a visitor or a non-member reads only what is published). */
  roleIn(caseId: number): CaseRole | null;
  canWrite(caseId: number): boolean;
  /** Members and publication: the case's owners, and administrators. */
  canManage(caseId: number): boolean;
}

const SessionContext = createContext<SessionState | null>(null);

async function fetchSession(): Promise<SessionInfo | null> {
  // A visitor gets `null`, not a 401: a page load should not be a failed request.
  const { session } = await api<{ session: SessionInfo | null }>('/api/session/current');
  setCsrfToken(session?.csrfToken ?? null);
  return session;
}

/** Everything cached so far was read as someone else: dropped, and what is on screen read again.
 * (`clear()` would also detach the session's own observers.) */
const forgetAllBut = (qc: QueryClient) => qc.resetQueries({ predicate: (q) => q.queryKey[0] !== 'session' });

export function SessionProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['session'], queryFn: fetchSession, staleTime: 60_000 });
  const value = useMemo<SessionState>(() => {
    const session = q.data ?? null;
    const roleIn = (caseId: number) => {
      if (!session) return null;
      // An administrator manages every case's members but reads and writes only where a member.
      return session.memberships.find((m) => m.caseId === caseId)?.role ?? null;
    };
    return {
      session,
      loading: q.isPending,
      roleIn,
      canWrite: (caseId) => {
        const r = roleIn(caseId);
        return r === 'editor' || r === 'owner';
      },
      canManage: (caseId) => roleIn(caseId) === 'owner' || session?.user.instanceRole === 'admin',
      async signIn(username, password) {
        const s = await api<SessionInfo>('/api/session', { body: { username, password } });
        setCsrfToken(s.csrfToken);
        qc.setQueryData(['session'], s);
        await forgetAllBut(qc);
        return s;
      },
      async signOut() {
        await api('/api/session', { method: 'DELETE' });
        setCsrfToken(null);
        qc.setQueryData(['session'], null);
        await forgetAllBut(qc);
      },
    };
  }, [q.data, q.isPending, qc]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
