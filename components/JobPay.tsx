import type { Job } from '../lib/types';
import { compactPay, payRangeLabel } from '../lib/ui/pay';

/** A job's pay in one short line ("USD 149k–258k/yr"); every range with its place on hover. Nothing when none is stated. */
export function JobPay({ job }: { job: Job }) {
  const label = compactPay(job.pay);
  if (!label) return null;
  return (
    <p className="job-pay" title={(job.pay ?? []).map(payRangeLabel).join('\n')}>
      <span className="visually-hidden">Pay: </span>
      {label}
    </p>
  );
}
