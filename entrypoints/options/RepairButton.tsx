import { useState } from 'react';
import { ErrorNote } from '../../components/ErrorNote';
import { ProgressLine } from '../../components/ProgressLine';
import { useAction } from '../../components/useAction';
import { runTask } from '../../lib/background-call';
import type { TaskProgress } from '../../lib/background/task-protocol';
import type { RepairReport } from '../../lib/db/read-model/repair';
import { countOf } from '../../lib/ui/format';

/** "Check and repair library": every card of the lists and search compared with its item, and rebuilt where they differ. */
export function repairSummary(report: RepairReport): string {
  if (report.repaired === 0 && !report.recentRepaired)
    return `Checked ${countOf(report.checked, 'page')} of the library: everything matched your items.`;
  const parts = [
    report.repaired > 0 && `${countOf(report.repaired, 'page')} of the lists and search rebuilt`,
    report.recentRepaired && 'the list of the newest items rebuilt',
  ].filter(Boolean);
  return `Checked ${countOf(report.checked, 'page')} of the library: ${parts.join(', ')}. Your items themselves were not changed.`;
}

export function RepairButton() {
  const { run, pending, error, dismiss, retry } = useAction();
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  const [report, setReport] = useState<RepairReport | null>(null);
  const repair = () =>
    run(async () => {
      setReport(null);
      try {
        setReport(await runTask({ type: 'repair-library' }, setProgress));
      } finally {
        setProgress(null);
      }
    });
  return (
    <section className="repair" aria-label="Check and repair library">
      <button type="button" className="btn" onClick={() => void repair()} disabled={pending}>
        Check and repair library
      </button>
      <p className="muted">
        Compares what the lists, the popup and search show with your saved items, and rebuilds what differs. It changes none of your items.
      </p>
      {pending && <ProgressLine label="Checking the library" unit="page" progress={progress} />}
      <p role="status">{report && repairSummary(report)}</p>
      <ErrorNote message={error} onDismiss={dismiss} onRetry={retry} />
    </section>
  );
}
