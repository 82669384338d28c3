import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { CalendarExportButton } from '../../components/CalendarExportButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNote } from '../../components/ErrorNote';
import { JobsCsvButton } from '../../components/JobsCsvButton';
import { useAction } from '../../components/useAction';
import { JobCard } from '../../components/JobCard';
import { JobFunnel } from '../../components/JobFunnel';
import { usePayFilter } from '../../components/PayFilter';
import { db } from '../../lib/db';
import { jobItems } from '../../lib/db/by-kind';
import type { JobItem, JobStatus } from '../../lib/db/schema';
import { statusLabel } from '../../lib/ui/format';
import { groupByStatus, isClosedStatus, jobIdFromHash, JOB_SORT_KEYS, JOB_SORT_LABELS, sortJobs, type JobSortKey } from '../../lib/ui/jobs';

function isSortKey(value: string): value is JobSortKey {
  return (JOB_SORT_KEYS as readonly string[]).includes(value);
}

/**
 * The browser looks for the #fragment (`jobs.html#job%3A1324373`, as the reader links a saved
 * job) before the cards exist, so the board brings the named card into view and focus itself once
 * the jobs are read, and again when the fragment changes.
 */
function useRevealCardInHash(jobs: JobItem[] | undefined) {
  const target = useRef(jobIdFromHash(location.hash));
  useEffect(() => {
    const reveal = () => {
      const card = target.current === null ? null : document.getElementById(target.current);
      if (!card?.matches('.job-card')) return;
      target.current = null;
      card.scrollIntoView({ block: 'center' });
      card.focus({ preventScroll: true });
    };
    const onHashChange = () => {
      target.current = jobIdFromHash(location.hash);
      reveal();
    };
    reveal();
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [jobs]);
}

/**
 * Saved jobs grouped by application status, each group sorted by the chosen date: the open
 * statuses side by side as columns, the closed ones (rejected, withdrawn) in full-width rows below.
 */
export function JobsBoard() {
  const jobs = useLiveQuery(() => jobItems(db).toArray(), []);
  const [sort, setSort] = useState<JobSortKey>('saved');
  const csv = useAction();
  // A card is remounted when its status moves it to another group; focus and announce where it went.
  const [moved, setMoved] = useState<{ id: string; message: string } | null>(null);

  const onStatusChanged = (job: JobItem, status: JobStatus) =>
    setMoved({ id: job.id, message: `“${job.title}” moved to ${statusLabel(status)}.` });

  const pay = usePayFilter(jobs ?? []);
  const groups = groupByStatus(sortJobs(pay.shown, sort, pay.currency));

  useRevealCardInHash(jobs);

  return (
    <div className="board">
      <header className="board-header">
        <h1>
          Jobs board <span className="muted">– Science Clipper</span>
        </h1>
        {jobs && jobs.length > 0 && (
          <>
            <nav className="board-summary" aria-label="Jump to status">
              {[...groups].map(([status, list]) => (
                <a key={status} href={`#status-${status}`} className={`board-summary-link status-${status}`}>
                  <span className="status-dot" aria-hidden="true" />
                  {statusLabel(status)} <span className="count">{list.length}</span>
                </a>
              ))}
            </nav>
            <label className="board-sort">
              Sort by{' '}
              <select className="field" value={sort} onChange={(e) => isSortKey(e.target.value) && setSort(e.target.value)}>
                {JOB_SORT_KEYS.map((key) => (
                  <option key={key} value={key}>
                    {JOB_SORT_LABELS[key]}
                  </option>
                ))}
              </select>
            </label>
            {pay.control}
            <JobsCsvButton run={csv.run} pending={csv.pending} />
            <CalendarExportButton run={csv.run} pending={csv.pending} />
            <ErrorNote message={csv.error} onDismiss={csv.dismiss} />
          </>
        )}
      </header>
      <p className="visually-hidden" aria-live="polite">
        {moved?.message}
      </p>
      <p className="board-pay-note muted" role="status">
        {pay.note}
      </p>
      {jobs && jobs.length > 0 && <JobFunnel jobs={jobs} />}
      {jobs && jobs.length === 0 && (
        <EmptyState title="No saved jobs yet">
          <p>
            Open a job posting on amazon.jobs, or an amazon.science article with job cards, and save it with Science Clipper. Saved jobs
            appear here so you can track your applications.
          </p>
        </EmptyState>
      )}
      {jobs && jobs.length > 0 && (
        <main className="board-groups">
          {[...groups].map(([status, list]) => (
            <section
              key={status}
              id={`status-${status}`}
              className={`board-group ${isClosedStatus(status) ? 'board-group-closed' : 'board-group-open'} status-${status}`}
              aria-labelledby={`heading-${status}`}
            >
              <h2 id={`heading-${status}`}>
                <span className="status-dot" aria-hidden="true" />
                {statusLabel(status)} <span className="count">{list.length}</span>
              </h2>
              {list.length === 0 ? (
                <p className="board-group-empty muted">No jobs.</p>
              ) : (
                <div className="board-cards">
                  {list.map((job) => (
                    <JobCard key={job.id} job={job} onStatusChanged={onStatusChanged} focusStatus={moved?.id === job.id} />
                  ))}
                </div>
              )}
            </section>
          ))}
        </main>
      )}
    </div>
  );
}
