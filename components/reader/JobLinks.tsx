import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../lib/db';
import { jobItemId } from '../../lib/db/item-ids';
import type { JobItem } from '../../lib/db/schema';
import { jobsBoardPath } from '../../lib/reader/links';
import { locationsLabel, statusSince, statusSummary } from '../../lib/ui/format';
import type { Job } from '../../lib/types';

/**
 * The page's job cards. A job the user saved links to its card on the jobs board and shows its
 * status; any other links to the posting.
 */
export function JobLinks({ jobs }: { jobs: readonly Job[] }) {
  const ids = jobs.map((job) => jobItemId(job.jobId));
  const saved = useLiveQuery(
    async () => (await db.items.bulkGet(ids)).filter((item): item is JobItem => item?.kind === 'job'),
    [ids.join(',')],
  );
  const byId = new Map(saved?.map((item) => [item.id, item]));

  return (
    <section className="reader-jobs" aria-labelledby="reader-jobs-title" data-section="">
      <h2 id="reader-jobs-title">Jobs on this page</h2>
      <ul>
        {jobs.map((job) => {
          const item = byId.get(jobItemId(job.jobId));
          const title = job.title ?? `Job ${job.jobId}`;
          return (
            <li key={job.jobId} className={item ? 'reader-job reader-job-saved' : 'reader-job'}>
              {item ? (
                <a className="reader-job-title" href={jobsBoardPath(item.id)}>
                  {title}
                </a>
              ) : (
                <a className="reader-job-title" href={job.url} target="_blank" rel="noopener noreferrer">
                  {title}
                </a>
              )}
              <div className="reader-job-meta">
                {job.locations.length > 0 && <span className="muted">{locationsLabel(job.locations)}</span>}
                {item && (
                  <span className={`reader-job-status status-${item.status}`}>
                    <span className="status-dot" aria-hidden="true" />
                    {statusSummary(item.status, statusSince(item))}
                  </span>
                )}
                {item && (
                  <a href={job.url} target="_blank" rel="noopener noreferrer">
                    Posting
                  </a>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
