import { useState } from 'react';
import type { JobItem, JobStatus } from '../lib/db/schema';
import { callBackground } from '../lib/messaging';
import { isoDay, locationsLabel, shortDate } from '../lib/ui/format';
import { isFollowUpDue } from '../lib/ui/jobs';
import { ErrorNote } from './ErrorNote';
import { ExternalLink } from './ExternalLink';
import { FollowUpInput } from './FollowUpInput';
import { JobEvents } from './JobEvents';
import { JobPay } from './JobPay';
import { JobStatusControl } from './JobStatusControl';
import { NotesEditor } from './NotesEditor';
import { useAction } from './useAction';

export interface JobCardProps {
  job: JobItem;
  onStatusChanged?(job: JobItem, status: JobStatus): void;
  /** Focus the status button when the card appears (it just moved to another group). */
  focusStatus?: boolean;
  now?: number;
}

/** One saved job on the jobs board: what and where, its status, a follow-up date and notes. */
export function JobCard({ job, onStatusChanged, focusStatus, now: nowProp }: JobCardProps) {
  // The day as the card first showed it: a render reads no clock, so it shows the same every time.
  const [shownAt] = useState(() => Date.now());
  const now = nowProp ?? shownAt;
  const { run, error, dismiss, retry } = useAction();
  const { clip } = job;
  const due = isFollowUpDue(job, isoDay(now));

  const saveDetails = (details: { notes?: string; followUp?: string | null }) =>
    run(() => callBackground({ type: 'set-job-details', itemId: job.id, ...details }));

  return (
    <article id={job.id} tabIndex={-1} className={`job-card status-${job.status}`} aria-label={job.title}>
      <h3 className="job-title">
        <ExternalLink href={clip.url}>{job.title}</ExternalLink>
      </h3>
      {clip.company && <p className="job-company">{clip.company}</p>}
      {clip.locations.length > 0 && <p className="job-locations muted">{locationsLabel(clip.locations)}</p>}
      <JobPay job={clip} />
      <p className="job-dates muted">
        {clip.posted && <>Posted {shortDate(clip.posted, now)} · </>}
        Saved {shortDate(job.savedAt, now)} · <span className="nowrap">Job ID {clip.jobId}</span>
      </p>
      <div className="job-status-row">
        <JobStatusControl job={job} onChanged={(status) => onStatusChanged?.(job, status)} autoFocus={focusStatus} now={now} />
        {clip.applyUrl && (
          <ExternalLink className="job-apply" href={clip.applyUrl}>
            Apply
          </ExternalLink>
        )}
      </div>
      <FollowUpInput value={job.followUp} due={due} onSave={(followUp) => void saveDetails({ followUp })} />
      <JobEvents job={job} now={now} />
      <NotesEditor value={job.notes} onSave={(notes) => saveDetails({ notes })} />
      <ErrorNote message={error} onDismiss={dismiss} onRetry={retry} />
    </article>
  );
}
