import { useSyncExternalStore } from 'react';
import type { PageSession, SessionState } from '../../lib/content/page-session';

export function useSessionState(session: PageSession): SessionState {
  return useSyncExternalStore(session.subscribe, session.getState);
}
