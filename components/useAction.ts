import { useCallback, useState } from 'react';
import { BackgroundError } from '../lib/messaging';

/** What to tell the user when an action fails: the background's own words when it answered. */
export function errorMessage(error: unknown): string {
  if (error instanceof BackgroundError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Science Clipper could not do that: ${detail}`;
}

export interface Action {
  /** Runs `action`; resolves to whether it succeeded. A failure is kept in `error`, never thrown. */
  run(action: () => Promise<unknown>): Promise<boolean>;
  pending: boolean;
  error: string | null;
  dismiss(): void;
}

/** State for one user action that writes through the background and can fail. */
export function useAction(): Action {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setPending(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (e) {
      setError(errorMessage(e));
      return false;
    } finally {
      setPending(false);
    }
  }, []);
  const dismiss = useCallback(() => setError(null), []);
  return { run, pending, error, dismiss };
}
