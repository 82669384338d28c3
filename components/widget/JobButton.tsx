import { jobButtonLabel, jobTitle } from '../../lib/content/labels';
import type { PageSession } from '../../lib/content/page-session';
import { UNSAVED } from '../../lib/content/save-state';
import type { Job } from '../../lib/types';
import { CheckIcon } from './icons';
import { useSessionState } from './use-session-state';

/** The "Save job" button shown beside one job card. */
export function JobButton({ session, job }: { session: PageSession; job: Job }) {
  const state = useSessionState(session).jobs[job.jobId] ?? UNSAVED;
  const { label, name } = jobButtonLabel(state, jobTitle(job));
  const busy = state.phase === 'saving' || state.phase === 'saved';
  return (
    <div className="job">
      <button
        type="button"
        className={`job-button ${state.phase}`}
        aria-label={name}
        aria-disabled={busy || undefined}
        onClick={() => void session.saveJob(job)}
      >
        {state.phase === 'saved' && <CheckIcon />}
        {label}
      </button>
      {state.phase === 'error' && (
        <span className="error" role="alert">
          {state.message}
        </span>
      )}
    </div>
  );
}
