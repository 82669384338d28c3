import { describe, expect, it } from 'vitest';
import { JOB_STATUSES } from '../../../lib/db/schema';
import { groupByStatus, isClosedStatus, isFollowUpDue, jobIdFromHash, sortJobs } from '../../../lib/ui/jobs';
import { day, jobItem } from './helpers';

// Posted 2020-11-23, 2026-08-08, 2026-09-15 and 2026-09-14 in the fixtures.
const nlp = jobItem('jobs-detail-1324373', { savedAt: day(11, 3), followUp: '2026-12-01' });
const scholar = jobItem('jobs-detail-virtual', { savedAt: day(11, 1), followUp: null });
const lastMile = jobItem({ careers: 0 }, { savedAt: day(11, 2), followUp: '2026-11-25' });
const fauna = jobItem({ careers: 1 }, { savedAt: day(11, 4), posted: null, followUp: '2026-11-25' });
const jobs = [nlp, scholar, lastMile, fauna];
const ids = (list: { id: string }[]) => list.map((j) => j.id);

describe('sortJobs', () => {
  it('puts the newest posting first and postings without a date last', () => {
    expect(ids(sortJobs(jobs, 'posted'))).toEqual(ids([lastMile, scholar, nlp, fauna]));
  });

  it('puts the most recently saved first', () => {
    expect(ids(sortJobs(jobs, 'saved'))).toEqual(ids([fauna, nlp, lastMile, scholar]));
  });

  it('puts the soonest follow-up first, ties by most recently saved, none last', () => {
    expect(ids(sortJobs(jobs, 'followUp'))).toEqual(ids([fauna, lastMile, nlp, scholar]));
  });

  it('does not reorder the list it is given', () => {
    const input = [...jobs];
    sortJobs(input, 'posted');
    expect(input).toEqual(jobs);
  });
});

describe('groupByStatus', () => {
  it('has every status in pipeline order, empty ones included', () => {
    const groups = groupByStatus([
      { ...nlp, status: 'interviewing' },
      { ...scholar, status: 'applied' },
      { ...lastMile, status: 'applied' },
    ]);
    expect([...groups.keys()]).toEqual([...JOB_STATUSES]);
    expect(ids(groups.get('applied')!)).toEqual(ids([scholar, lastMile]));
    expect(ids(groups.get('interviewing')!)).toEqual(ids([nlp]));
    expect(groups.get('offer')).toEqual([]);
  });
});

describe('isFollowUpDue', () => {
  it('is due on the day and after, for open applications only', () => {
    expect(isFollowUpDue(nlp, '2026-11-30')).toBe(false);
    expect(isFollowUpDue(nlp, '2026-12-01')).toBe(true);
    expect(isFollowUpDue({ ...nlp, status: 'applied' }, '2027-01-01')).toBe(true);
    expect(isFollowUpDue({ ...nlp, status: 'rejected' }, '2027-01-01')).toBe(false);
    expect(isFollowUpDue(scholar, '2099-01-01')).toBe(false);
  });

  it('treats rejected and withdrawn as closed', () => {
    expect(JOB_STATUSES.filter(isClosedStatus)).toEqual(['rejected', 'withdrawn']);
  });
});

describe('jobIdFromHash', () => {
  it('reads the item id the reader puts in a jobs board link', () => {
    expect(jobIdFromHash(`#${encodeURIComponent('job:1324373')}`)).toBe('job:1324373');
  });

  it('is null without a fragment or with broken percent-encoding', () => {
    expect(jobIdFromHash('')).toBeNull();
    expect(jobIdFromHash('#')).toBeNull();
    expect(jobIdFromHash('#job%3')).toBeNull();
  });
});
