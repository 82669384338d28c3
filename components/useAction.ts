import { useCallback, useState } from 'react';
import { BackgroundError, BackgroundUnavailable } from '../lib/messaging';

/** What to tell the user when an action fails: the background's own words when it answered. */
export function errorMessage(error: unknown): string {
  if (error instanceof BackgroundError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Science Clipper could not do that: ${detail}`;
}

/**
 * Whether trying again may succeed: not when the background refused (its message says why), and
 * not when the extension was reloaded under the page; otherwise (it could not be reached, a
 * worker or the disk failed) it may.
 */
function retryable(error: unknown): boolean {
  if (error instanceof BackgroundUnavailable) return error.retryable;
  return !(error instanceof BackgroundError);
}

export interface Action {
  /** Runs `action`; resolves to whether it succeeded. A failure is kept in `error`, never thrown. */
  run(action: () => Promise<unknown>): Promise<boolean>;
  pending: boolean;
  error: string | null;
  dismiss(): void;
  /** Runs the failed action again; null when there is nothing worth retrying. */
  retry: (() => void) | null;
}

/** State for one user action that writes through the background and can fail. */
export function useAction(): Action {
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState<{ message: string; again: (() => Promise<unknown>) | null } | null>(null);
  const run = useCallback(async (action: () => Promise<unknown>): Promise<boolean> => {
    setPending(true);
    setFailed(null);
    try {
      await action();
      return true;
    } catch (e) {
      setFailed({ message: errorMessage(e), again: retryable(e) ? action : null });
      return false;
    } finally {
      setPending(false);
    }
  }, []);
  const dismiss = useCallback(() => setFailed(null), []);
  const again = failed?.again;
  const retry = again ? () => void run(again) : null;
  return { run, pending, error: failed?.message ?? null, dismiss, retry };
}
