import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOB_STATUSES, type JobStatus, type StatusChange } from '../../../lib/db/schema';
import { FUNNEL_STAGES, jobFunnel, median, periodStart, type FunnelJob } from '../../../lib/ui/funnel';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 8, 1);

/** A job saved on day `savedDay` that then moved through `steps` ([status, days after the previous change]). */
function job(savedDay: number, ...steps: [JobStatus, number][]): FunnelJob {
  const history: StatusChange[] = [{ status: 'saved', at: T0 + savedDay * DAY }];
  for (const [status, after] of steps) history.push({ status, at: history.at(-1)!.at + after * DAY });
  return { savedAt: T0 + savedDay * DAY, statusHistory: history };
}

describe('jobFunnel on known histories', () => {
  const jobs = [
    job(0, ['applied', 2], ['interviewing', 10], ['offer', 20]),
    job(1, ['applied', 4], ['interviewing', 6], ['rejected', 3]),
    job(2, ['applied', 6], ['rejected', 30]),
    job(3, ['applied', 1]),
    job(4),
  ];

  it('counts each stage, the conversions between them and the median stay', () => {
    expect(jobFunnel(jobs, null)).toEqual([
      { stage: 'saved', reached: 5, conversion: null, medianDays: 3, timed: 4 },
      { stage: 'applied', reached: 4, conversion: 0.8, medianDays: 10, timed: 3 },
      { stage: 'interviewing', reached: 2, conversion: 0.5, medianDays: 11.5, timed: 2 },
      { stage: 'offer', reached: 1, conversion: 0.5, medianDays: null, timed: 0 },
    ]);
  });

  it('keeps only the jobs saved in the period, however late they moved on', () => {
    const rows = jobFunnel(jobs, T0 + 2 * DAY);
    expect(rows.map((r) => r.reached)).toEqual([3, 2, 0, 0]);
    expect(rows[2]!.conversion).toBe(0);
    expect(rows[3]!.conversion).toBeNull();
  });

  it('counts a skipped step as passed: interviewing without "applied" applied', () => {
    expect(jobFunnel([job(0, ['interviewing', 5])], null).map((r) => r.reached)).toEqual([1, 1, 1, 0]);
  });

  it('adds up every stay in a stage when a job comes back to it', () => {
    const back = job(0, ['applied', 1], ['interviewing', 2], ['applied', 3], ['offer', 4]);
    expect(jobFunnel([back], null)[1]!.medianDays).toBe(6);
  });

  it('is all zeros for no jobs', () => {
    expect(jobFunnel([], null).map((r) => [r.reached, r.conversion, r.medianDays])).toEqual(FUNNEL_STAGES.map(() => [0, null, null]));
  });

  it('medians of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('starts a period so many days back, or not at all', () => {
    expect(periodStart(30, T0)).toBe(T0 - 30 * DAY);
    expect(periodStart(null, T0)).toBeNull();
  });
});

// Generated histories: any sequence of statuses with gaps of any length, as the store can write.
const history = fc
  .tuple(
    fc.integer({ min: 0, max: 400 }),
    fc.array(fc.tuple(fc.constantFrom(...JOB_STATUSES), fc.integer({ min: 0, max: 60 })), { maxLength: 8 }),
  )
  .map(([savedDay, steps]) => job(savedDay, ...steps));

describe('jobFunnel on generated histories', () => {
  const settings = { seed: 13, numRuns: 200 };

  it('never grows along the funnel, starts with every job of the period, and converts at most all', () => {
    fc.assert(
      fc.property(fc.array(history, { maxLength: 40 }), fc.option(fc.integer({ min: 0, max: 400 })), (jobs, sinceDay) => {
        const since = sinceDay === null ? null : T0 + sinceDay * DAY;
        const rows = jobFunnel(jobs, since);
        expect(rows[0]!.reached).toBe(jobs.filter((j) => since === null || j.savedAt >= since).length);
        for (let i = 1; i < rows.length; i++) {
          expect(rows[i]!.reached).toBeLessThanOrEqual(rows[i - 1]!.reached);
          const conversion = rows[i]!.conversion;
          if (rows[i - 1]!.reached === 0) expect(conversion).toBeNull();
          else expect(conversion).toBeCloseTo(rows[i]!.reached / rows[i - 1]!.reached);
        }
        for (const row of rows) {
          expect(row.timed).toBeLessThanOrEqual(rows[0]!.reached);
          if (row.medianDays !== null) expect(row.medianDays).toBeGreaterThanOrEqual(0);
          expect(row.medianDays === null).toBe(row.timed === 0);
        }
      }),
      settings,
    );
  });

  it('a wider period never has fewer jobs at any stage', () => {
    fc.assert(
      fc.property(
        fc.array(history, { maxLength: 40 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        (jobs, a, b) => {
          const narrow = jobFunnel(jobs, T0 + Math.max(a, b) * DAY);
          const wide = jobFunnel(jobs, T0 + Math.min(a, b) * DAY);
          narrow.forEach((row, i) => expect(row.reached).toBeLessThanOrEqual(wide[i]!.reached));
        },
      ),
      settings,
    );
  });

  it('a job moved straight along the stages spends exactly its gaps in each', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 90 }), { minLength: 3, maxLength: 3 }), (gaps) => {
        const rows = jobFunnel([job(0, ['applied', gaps[0]!], ['interviewing', gaps[1]!], ['offer', gaps[2]!])], null);
        expect(rows.map((r) => r.medianDays)).toEqual([...gaps, null]);
        expect(rows.map((r) => r.reached)).toEqual([1, 1, 1, 1]);
      }),
      settings,
    );
  });
});
