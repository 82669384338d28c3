import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { JobEvents } from '../../../components/JobEvents';
import type { JobItem } from '../../../lib/db/schema';
import type { JobEvent } from '../../../lib/job-events';
import { byLabel, byText, choose, click, day, fakeBackground, jobItem, press, render, type, waitFor } from './helpers';

const NOW = day(12, 4);
const screen: JobEvent = { id: 'screen-1', kind: 'phone-screen', at: day(12, 8) + 3 * 3_600_000, notes: 'Recruiter' };
const past: JobEvent = { id: 'old', kind: 'other', at: day(11, 20), notes: '' };
const job: JobItem = { ...jobItem('jobs-detail-1324373'), events: [screen, past] };
const summary = { itemId: job.id, kind: 'job' as const, title: job.title, status: job.status, statusAt: null, cardOnly: false, pay: null };

let view: ReturnType<typeof render> | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => view?.unmount());

describe('JobEvents', () => {
  it('shows the next event that has not started, not a past one', () => {
    view = render(<JobEvents job={job} now={NOW} />);
    expect(view.container.querySelector('.job-next-event')?.textContent).toBe('Next Phone screen · 8 Dec, 15:00');
    expect(view.container.querySelector('summary')?.textContent).toBe('Interview rounds2');
  });

  it('a job without events shows no next event and offers to add one', () => {
    const { events: _none, ...old } = job;
    view = render(<JobEvents job={old} now={NOW} />);
    expect(view.container.querySelector('.job-next-event')).toBeNull();
    byText(view.container, 'button', 'Add event');
  });

  it('adds an event through the background, with a new id, the chosen kind, time and notes', async () => {
    const requests = fakeBackground(() => ({ ok: true, data: summary }));
    view = render(<JobEvents job={job} now={NOW} />);
    click(byText(view.container, 'button', 'Add event'));
    const form = view.container.querySelector('form')!;
    expect(document.activeElement).toBe(byLabel(form, 'What'));
    choose(byLabel(form, 'What'), 'offer-call');
    type(byLabel(form, 'When'), '2026-12-10T09:15');
    type(byLabel(form, 'Notes'), 'With the hiring manager');
    click(byText(form, 'button', 'Save event'));
    await waitFor(() => expect(view!.container.querySelector('form')).toBeNull());
    expect(requests).toHaveLength(1);
    const request = requests[0] as Extract<(typeof requests)[number], { type: 'save-job-event' }>;
    expect(request.type).toBe('save-job-event');
    expect(request.event).toMatchObject({
      kind: 'offer-call',
      at: new Date(2026, 11, 10, 9, 15).getTime(),
      notes: 'With the hiring manager',
    });
    expect(request.event.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses to save without a day and time, and says so', () => {
    const requests = fakeBackground(() => ({ ok: true, data: summary }));
    view = render(<JobEvents job={job} now={NOW} />);
    click(byText(view.container, 'button', 'Add event'));
    click(byText(view.container, 'button', 'Save event'));
    expect(view.container.querySelector('.job-event-error')?.textContent).toBe('Choose a day and a time.');
    expect(byLabel(view.container, 'When').getAttribute('aria-invalid')).toBe('true');
    expect(requests).toEqual([]);
  });

  it('edits an event keeping its id, and Escape closes the editor with focus back on "Add event"', async () => {
    const requests = fakeBackground(() => ({ ok: true, data: summary }));
    view = render(<JobEvents job={job} now={NOW} />);
    click(byLabel(view.container, 'Edit Phone screen, 8 Dec, 15:00'));
    const form = view.container.querySelector('form')!;
    expect((byLabel(form, 'Notes') as HTMLTextAreaElement).value).toBe('Recruiter');
    type(byLabel(form, 'Notes'), 'Recruiter, 30 min');
    click(byText(form, 'button', 'Save event'));
    await waitFor(() => expect(requests).toHaveLength(1));
    expect(requests[0]).toEqual({ type: 'save-job-event', itemId: job.id, event: { ...screen, notes: 'Recruiter, 30 min' } });

    await waitFor(() => expect(view!.container.querySelector('form')).toBeNull());
    click(byText(view.container, 'button', 'Add event'));
    press(byLabel(view.container, 'What'), 'Escape');
    expect(view.container.querySelector('form')).toBeNull();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Add event'));
  });

  it('removes an event through the background, and shows the background’s error when it fails', async () => {
    const requests = fakeBackground(() => ({ ok: false, error: 'This item is no longer in your library.' }));
    view = render(<JobEvents job={job} now={NOW} />);
    click(byLabel(view.container, 'Remove Other, 20 Nov, 12:00'));
    await waitFor(() =>
      expect(view!.container.querySelector('[role="alert"]')?.textContent).toContain('This item is no longer in your library.'),
    );
    expect(requests).toEqual([{ type: 'delete-job-event', itemId: job.id, eventId: 'old' }]);
  });
});
