import type { JobItem, JobStatus } from '../lib/db/schema';
import { statusSince } from '../lib/ui/format';
import { callBackground } from '../lib/messaging';
import { ErrorNote } from './ErrorNote';
import { StatusControl } from './StatusControl';
import { useAction } from './useAction';

export interface JobStatusControlProps {
  job: JobItem;
  /** Called once the background has stored the new status. */
  onChanged?(status: JobStatus): void;
  autoFocus?: boolean;
  now?: number;
}

/** The status menu of one saved job, writing through the background. */
export function JobStatusControl({ job, onChanged, autoFocus, now }: JobStatusControlProps) {
  const { run, pending, error, dismiss, retry } = useAction();
  const change = async (status: JobStatus) => {
    if (await run(() => callBackground({ type: 'set-status', itemId: job.id, status }))) onChanged?.(status);
  };
  return (
    <>
      <StatusControl
        status={job.status}
        since={statusSince(job)}
        onChange={change}
        label={job.title}
        pending={pending}
        autoFocus={autoFocus}
        now={now}
      />
      <ErrorNote message={error} onDismiss={dismiss} onRetry={retry} />
    </>
  );
}
