import { useId, useState, type ReactNode } from 'react';
import type { JobItem } from '../lib/db/schema';
import { filterByPay } from '../lib/ui/jobs';
import { payCurrencies } from '../lib/ui/pay';

export interface PayFilterState {
  /** The jobs the floor lets through (all of them without a floor). */
  shown: JobItem[];
  /** The currency pay is sorted and filtered in: the chosen one, or the one most jobs pay in. */
  currency: string | null;
  /** The controls: a currency and a minimum in thousands a year. */
  control: ReactNode;
  /** Says how many jobs the floor hides; null without a floor. */
  note: string | null;
}

/**
 * The board's pay filter: "at least N thousand a year in CUR". Only one currency at a time,
 * because amounts are never converted (lib/ui/pay.ts): a job paying only in another currency,
 * or stating no pay, is hidden while a minimum is set, and the note says how many.
 */
export function usePayFilter(jobs: readonly JobItem[]): PayFilterState {
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const [minimum, setMinimum] = useState('');
  const currencies = payCurrencies(jobs.map((job) => job.clip.pay));
  const currency = chosen && currencies.includes(chosen) ? chosen : (currencies[0] ?? null);
  const thousands = Number(minimum);
  const floor =
    currency && minimum.trim() !== '' && Number.isFinite(thousands) && thousands > 0 ? { currency, minAnnual: thousands * 1000 } : null;
  const shown = filterByPay(jobs, floor);
  const hidden = jobs.length - shown.length;

  const control =
    currency === null ? null : (
      <fieldset className="board-pay">
        <legend className="visually-hidden">Minimum pay</legend>
        <label htmlFor={`${id}-min`}>Pay at least</label>
        <input
          id={`${id}-min`}
          className="field board-pay-min"
          type="number"
          min={0}
          step={10}
          inputMode="numeric"
          placeholder="any"
          value={minimum}
          onChange={(e) => setMinimum(e.target.value)}
          aria-describedby={`${id}-unit`}
        />
        <span id={`${id}-unit`}>k a year in</span>
        <select className="field" aria-label="Pay currency" value={currency} onChange={(e) => setChosen(e.target.value)}>
          {currencies.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </fieldset>
    );

  const note = floor
    ? hidden === 0
      ? null
      : `${hidden} ${hidden === 1 ? 'job' : 'jobs'} hidden: no pay of ${thousands}k ${currency} a year or more stated (hourly and monthly pay counted for a full-time year).`
    : null;
  return { shown, currency, control, note };
}
