import { describe, expect, it } from 'vitest';
import { planReminders, type FollowUpJob } from '../../../lib/reminders/schedule';
import type { ReminderSettings } from '../../../lib/reminders/settings';
import { zonedDay, zonedInstant } from '../../../lib/reminders/zoned-time';

// Zones are named explicitly (Intl), so these hold whatever zone the test process runs in.
const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';

const on: ReminderSettings = { enabled: true, time: '09:00', enabledAt: Date.parse('2026-11-01T00:00:00Z') };

function job(id: string, followUp: string | null, status: FollowUpJob['status'] = 'applied'): FollowUpJob {
  return { id: `job:${id}`, title: `Job ${id}`, status, followUp };
}

describe('zonedInstant', () => {
  it('reads a wall-clock time in the zone, in winter and in summer', () => {
    expect(new Date(zonedInstant('2026-12-04', '09:00', BERLIN)).toISOString()).toBe('2026-12-04T08:00:00.000Z');
    expect(new Date(zonedInstant('2026-07-04', '09:00', BERLIN)).toISOString()).toBe('2026-07-04T07:00:00.000Z');
    expect(new Date(zonedInstant('2026-12-04', '23:30', NEW_YORK)).toISOString()).toBe('2026-12-05T04:30:00.000Z');
  });

  it('keeps the time of day on the days DST starts and ends', () => {
    // Europe/Berlin: 29 March 2026 at 02:00 → 03:00; 25 October 2026 at 03:00 → 02:00.
    expect(new Date(zonedInstant('2026-03-29', '09:00', BERLIN)).toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(new Date(zonedInstant('2026-03-28', '09:00', BERLIN)).toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(new Date(zonedInstant('2026-10-25', '09:00', BERLIN)).toISOString()).toBe('2026-10-25T08:00:00.000Z');
    // A time the clocks skip comes right after the jump; one they show twice is the first.
    expect(new Date(zonedInstant('2026-03-29', '02:30', BERLIN)).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(new Date(zonedInstant('2026-10-25', '02:30', BERLIN)).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('gives the local day of an instant', () => {
    expect(zonedDay(Date.parse('2026-12-05T03:00:00Z'), NEW_YORK)).toBe('2026-12-04');
    expect(zonedDay(Date.parse('2026-12-05T03:00:00Z'), BERLIN)).toBe('2026-12-05');
  });
});

describe('planReminders', () => {
  const morning = Date.parse('2026-12-04T07:00:00Z'); // 08:00 in Berlin

  it('reminds of a follow-up due today once its time of day has come, not before', () => {
    const jobs = [job('1', '2026-12-04')];
    const before = planReminders(jobs, on, {}, morning, BERLIN);
    expect(before.due).toEqual([]);
    expect(before.nextAt).toBe(Date.parse('2026-12-04T08:00:00Z'));
    const at = planReminders(jobs, on, {}, Date.parse('2026-12-04T08:00:00Z'), BERLIN);
    expect(at.due.map((j) => j.id)).toEqual(['job:1']);
    expect(at.notified).toEqual({ 'job:1': '2026-12-04' });
    expect(at.nextAt).toBeNull();
  });

  it('schedules a follow-up due tomorrow for tomorrow at the chosen time', () => {
    const plan = planReminders([job('1', '2026-12-05')], { ...on, time: '17:45' }, {}, morning, BERLIN);
    expect(plan.due).toEqual([]);
    expect(new Date(plan.nextAt!).toISOString()).toBe('2026-12-05T16:45:00.000Z');
  });

  it('schedules across a DST change at the same time of day', () => {
    // Saturday 24 October, 10:00 in Berlin (summer time); the follow-up is Monday after the change.
    const now = Date.parse('2026-10-24T08:00:00Z');
    const plan = planReminders([job('1', '2026-10-26')], on, {}, now, BERLIN);
    expect(new Date(plan.nextAt!).toISOString()).toBe('2026-10-26T08:00:00.000Z');
    // New York changes a week later: 09:00 EDT on Saturday, 09:00 EST on Monday.
    const ny = planReminders([job('2', '2026-10-31'), job('3', '2026-11-02')], on, {}, Date.parse('2026-10-30T12:00:00Z'), NEW_YORK);
    expect(new Date(ny.nextAt!).toISOString()).toBe('2026-10-31T13:00:00.000Z');
    const later = planReminders([job('3', '2026-11-02')], on, {}, Date.parse('2026-11-01T12:00:00Z'), NEW_YORK);
    expect(new Date(later.nextAt!).toISOString()).toBe('2026-11-02T14:00:00.000Z');
  });

  it('shows a reminder missed while the browser was closed at the next start, once', () => {
    const jobs = [job('1', '2026-12-02'), job('2', '2026-12-03'), job('3', '2026-12-09')];
    // The browser was closed from 1 December to the morning of 4 December.
    const start = planReminders(jobs, on, {}, morning, BERLIN);
    expect(start.due.map((j) => j.id)).toEqual(['job:1', 'job:2']);
    expect(new Date(start.nextAt!).toISOString()).toBe('2026-12-09T08:00:00.000Z');
    const again = planReminders(jobs, on, start.notified, morning + 60_000, BERLIN);
    expect(again.due).toEqual([]);
    expect(again.notified).toEqual(start.notified);
  });

  it('reminds again when the follow-up is moved to another day', () => {
    const first = planReminders([job('1', '2026-12-02')], on, {}, morning, BERLIN);
    const moved = planReminders([job('1', '2026-12-07')], on, first.notified, morning, BERLIN);
    expect(moved.notified).toEqual({});
    expect(new Date(moved.nextAt!).toISOString()).toBe('2026-12-07T08:00:00.000Z');
  });

  it('does nothing while reminders are off, and does not replay what came due while off', () => {
    const jobs = [job('1', '2026-12-02'), job('2', '2026-12-08')];
    const off = planReminders(jobs, { ...on, enabled: false }, {}, morning, BERLIN);
    expect(off).toEqual({ due: [], nextAt: null, notified: {} });
    const switchedOn = planReminders(jobs, { ...on, enabledAt: morning }, {}, morning, BERLIN);
    expect(switchedOn.due).toEqual([]);
    expect(new Date(switchedOn.nextAt!).toISOString()).toBe('2026-12-08T08:00:00.000Z');
  });

  it('never reminds of a closed application or a job without a follow-up', () => {
    const plan = planReminders(
      [job('1', '2026-12-02', 'rejected'), job('2', '2026-12-02', 'withdrawn'), job('3', null)],
      on,
      {},
      morning,
      BERLIN,
    );
    expect(plan).toEqual({ due: [], nextAt: null, notified: {} });
  });
});
