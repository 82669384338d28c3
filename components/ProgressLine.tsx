import type { TaskProgress } from '../lib/background/task-protocol';
import { countOf } from '../lib/ui/format';

export interface ProgressLineProps {
  /** What is under way: "Importing library.json". */
  label: string;
  /** What is counted, singular: "item". */
  unit: string;
  /** How far it is; null before the first report. */
  progress: TaskProgress | null;
}

/** A long task's progress: a bar, with the counts in words ("Importing: 45,000 of 100,000 items…"). */
export function ProgressLine({ label, unit, progress }: ProgressLineProps) {
  const done = progress?.done ?? 0;
  const total = progress?.total ?? null;
  const counts = total !== null ? `${done.toLocaleString('en')} of ${countOf(total, unit)}` : done > 0 ? countOf(done, unit) : null;
  return (
    <p role="status" className="progress-line">
      <span>
        {label}
        {counts && `: ${counts}`}…
      </span>
      <progress aria-label={label} max={total || undefined} value={total ? done : undefined} />
    </p>
  );
}
