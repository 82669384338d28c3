import fc from 'fast-check';

// Property tests run a bounded number of cases from a fixed seed, so a run is repeatable and its
// time is known; a failure prints the seed and the path of the case (fast-check's report) and how
// to replay it. `FC_SEED=<n>` runs them from another seed.

export const PROPERTY_SEED = Number(process.env.FC_SEED ?? 20_261_122);

export interface PropertyRuns {
  /** How many cases: sized so the test stays well inside its timeout on a loaded 2-core machine. */
  numRuns: number;
  /** Shrinking large cases can outlast the timeout; the first failure then tells enough. */
  endOnFailure?: boolean;
}

export async function checkProperty<Ts extends unknown[]>(property: fc.IRawProperty<Ts>, runs: PropertyRuns): Promise<void> {
  const details = await fc.check(property, { seed: PROPERTY_SEED, numRuns: runs.numRuns, endOnFailure: runs.endOnFailure ?? false });
  if (details.failed) {
    throw new Error(
      `${fc.defaultReportMessage(details)}\nReplay: FC_SEED=${details.seed} (path ${details.counterexamplePath ?? 'none'}).`,
      { cause: details.errorInstance },
    );
  }
}
