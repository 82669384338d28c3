import { useId, useState } from 'react';
import type { JobItem } from '../lib/db/schema';
import { statusLabel } from '../lib/ui/format';
import { FUNNEL_PERIODS, jobFunnel, periodStart, type FunnelPeriod, type FunnelRow } from '../lib/ui/funnel';

const PERIOD_LABELS: Record<string, string> = { '30': 'Last 30 days', '90': 'Last 90 days', '365': 'Last year', all: 'All time' };
const keyOf = (period: FunnelPeriod) => (period === null ? 'all' : String(period));

// The chart's own coordinate system; the SVG scales to its box.
const WIDTH = 520;
const ROW = 34;
const LABEL = 100;
const BAR = 220;
/** Where the conversion column starts: past the longest bar and its count. */
const CONVERSION = LABEL + BAR + 50;

function percent(value: number | null): string {
  return value === null ? '–' : `${Math.round(value * 100)}%`;
}

function days(row: FunnelRow): string {
  if (row.medianDays === null) return '–';
  const rounded = row.medianDays < 10 ? Math.round(row.medianDays * 10) / 10 : Math.round(row.medianDays);
  return `${rounded} ${rounded === 1 ? 'day' : 'days'}`;
}

/**
 * The funnel of the jobs board: how many jobs saved in the chosen period reached each stage, the
 * conversion from the stage before and the median days spent in each (lib/ui/funnel.ts). The
 * bars are drawn in SVG with the theme's status colours, so they follow light and dark; the same
 * numbers are in a table for screen readers, and the chart itself is hidden from them.
 */
export function JobFunnel({ jobs, now: fixedNow }: { jobs: readonly JobItem[]; now?: number }) {
  const id = useId();
  // The period's start is fixed when the board opens: a render must not move it.
  const [now] = useState(() => fixedNow ?? Date.now());
  const [period, setPeriod] = useState<FunnelPeriod>(90);
  const rows = jobFunnel(jobs, periodStart(period, now));
  const top = Math.max(1, rows[0]!.reached);
  const height = ROW * rows.length + 22;

  return (
    <section className="funnel" aria-labelledby={`${id}-title`}>
      <div className="funnel-header">
        <h2 id={`${id}-title`}>Your search</h2>
        <label>
          Jobs saved in{' '}
          <select
            className="field"
            value={keyOf(period)}
            onChange={(e) => setPeriod(FUNNEL_PERIODS.find((p) => keyOf(p) === e.target.value) ?? null)}
          >
            {FUNNEL_PERIODS.map((p) => (
              <option key={keyOf(p)} value={keyOf(p)}>
                {PERIOD_LABELS[keyOf(p)]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {rows[0]!.reached === 0 ? (
        <p className="muted">No jobs saved in this period.</p>
      ) : (
        <>
          <svg className="funnel-chart" viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} aria-hidden="true">
            <text className="funnel-axis" x={CONVERSION} y={12}>
              from previous
            </text>
            <text className="funnel-axis" x={WIDTH} y={12} textAnchor="end">
              median stay
            </text>
            {rows.map((row, i) => {
              const y = 22 + i * ROW;
              const width = Math.max(row.reached > 0 ? 3 : 0, (row.reached / top) * BAR);
              return (
                <g key={row.stage}>
                  <text className="funnel-label" x={0} y={y + 17}>
                    {statusLabel(row.stage)}
                  </text>
                  <rect x={LABEL} y={y + 4} width={BAR} height={ROW - 10} rx={4} className="funnel-track" />
                  <rect x={LABEL} y={y + 4} width={width} height={ROW - 10} rx={4} style={{ fill: `var(--status-${row.stage})` }} />
                  <text className="funnel-count" x={LABEL + width + 6} y={y + 17}>
                    {row.reached}
                  </text>
                  <text className="funnel-value" x={CONVERSION} y={y + 17}>
                    {i === 0 ? '' : percent(row.conversion)}
                  </text>
                  <text className="funnel-value" x={WIDTH} y={y + 17} textAnchor="end">
                    {days(row)}
                  </text>
                </g>
              );
            })}
          </svg>
          <table className="visually-hidden">
            <caption>Jobs saved in the period, by the furthest stage they reached</caption>
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">Jobs</th>
                <th scope="col">Conversion from the previous stage</th>
                <th scope="col">Median stay</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={row.stage}>
                  <th scope="row">{statusLabel(row.stage)}</th>
                  <td>{row.reached}</td>
                  <td>{i === 0 ? 'not applicable' : percent(row.conversion)}</td>
                  <td>{days(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
