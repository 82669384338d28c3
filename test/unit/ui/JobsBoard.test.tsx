import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { JobsBoard } from '../../../entrypoints/jobs/JobsBoard';
import { db } from '../../../lib/db';
import type { Item, JobItem } from '../../../lib/db/schema';
import type { Reply, Request } from '../../../lib/messages';
import { articleItem, blur, byLabel, byText, choose, click, day, fakeBackground, focus, jobItem, render, type, waitFor } from './helpers';

let view: ReturnType<typeof render> | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  await db.items.clear();
});
afterEach(() => {
  view?.unmount();
  history.replaceState(null, '', location.pathname);
});

// Posted 2020-11-23, 2026-08-08, 2026-09-15 and 2026-09-14 in the fixtures.
const nlp = jobItem('jobs-detail-1324373', { savedAt: day(11, 4), status: 'applied', statusAt: day(11, 12), followUp: '2026-12-01' });
const scholar = jobItem('jobs-detail-virtual', { savedAt: day(11, 1), status: 'applied', followUp: '2026-11-20' });
const lastMile = jobItem({ careers: 0 }, { savedAt: day(11, 2), status: 'interviewing', notes: 'Onsite next week' });
const fauna = jobItem({ careers: 1 }, { savedAt: day(11, 3) });

async function show(items: Item[]) {
  await db.items.bulkPut(items);
  view = render(<JobsBoard />);
  await waitFor(() => expect(view!.container.querySelector('.job-card, .empty-state')).not.toBeNull());
  return view.container;
}

const section = (root: Element, status: string) => root.querySelector(`#status-${status}`)!;
const cardTitles = (el: Element) => [...el.querySelectorAll('.job-title')].map((t) => t.textContent);

/** A background that stores status and details changes, one transaction per request as the real one. */
function storingBackground() {
  return fakeBackground((request: Request): Promise<Reply<Request['type']>> =>
    db.transaction('rw', db.items, async () => {
      const job = (await db.items.get((request as { itemId: string }).itemId)) as JobItem;
      let next: JobItem;
      if (request.type === 'set-status') {
        next = { ...job, status: request.status, statusHistory: [...job.statusHistory, { status: request.status, at: day(11, 15) }] };
      } else if (request.type === 'set-job-details') {
        next = { ...job, notes: request.notes ?? job.notes, followUp: request.followUp === undefined ? job.followUp : request.followUp };
      } else {
        return { ok: false, error: `unexpected ${request.type}` };
      }
      await db.items.put(next);
      return {
        ok: true,
        data: { itemId: job.id, kind: 'job', title: job.title, status: next.status, statusAt: null, cardOnly: false, pay: null },
      };
    }),
  );
}

describe('JobsBoard', () => {
  it('groups saved jobs by status, every status shown with its count, articles left out', async () => {
    const root = await show([nlp, scholar, lastMile, fauna, articleItem('science-profile-leino')]);
    const headings = [...root.querySelectorAll('.board-group h2')].map((h) => h.textContent);
    expect(headings).toEqual(['Saved 1', 'Applied 2', 'Interviewing 1', 'Offer 0', 'Rejected 0', 'Withdrawn 0']);
    expect(cardTitles(section(root, 'applied'))).toEqual([nlp.title, scholar.title]);
    expect(section(root, 'offer').textContent).toContain('No jobs.');
  });

  it('shows what, where, dates, status, follow-up and notes on each card', async () => {
    const root = await show([nlp, lastMile]);
    const card = section(root, 'applied').querySelector('.job-card')!;
    expect(card.querySelector('.job-company')?.textContent).toBe('Amazon Development Center DEU');
    expect(card.querySelector('.job-locations')?.textContent).toBe('DE, BE, Berlin');
    expect(card.querySelector('.job-dates')?.textContent).toBe('Posted 23 Nov 2020 · Saved 4 Nov · Job ID 1324373');
    expect(card.querySelector('.status-button')?.textContent).toContain('Applied · 12 Nov');
    expect(card.querySelector('.job-title a')?.getAttribute('href')).toBe(nlp.clip.url);
    expect(byLabel(card, 'Follow up on')).toHaveProperty('value', '2026-12-01');
    expect(byLabel(section(root, 'interviewing'), 'Notes')).toHaveProperty('value', 'Onsite next week');
  });

  it('sorts each group by the chosen date', async () => {
    const root = await show([nlp, scholar]);
    const sort = byLabel(root, 'Sort by');
    expect(cardTitles(section(root, 'applied'))).toEqual([nlp.title, scholar.title]);
    choose(sort, 'followUp');
    expect(cardTitles(section(root, 'applied'))).toEqual([scholar.title, nlp.title]);
    choose(sort, 'posted');
    expect(cardTitles(section(root, 'applied'))).toEqual([scholar.title, nlp.title]);
  });

  it('moves a job to its new group, says so, and keeps the keyboard on its status button', async () => {
    storingBackground();
    const root = await show([nlp, fauna]);
    click(section(root, 'saved').querySelector('.status-button'));
    click(byText(root, '[role="menuitemradio"]', 'Offer'));
    await waitFor(() => expect(cardTitles(section(root, 'offer'))).toEqual([fauna.title]));
    await waitFor(() => expect(document.activeElement).toBe(section(root, 'offer').querySelector('.status-button')));
    expect(root.querySelector('[aria-live]')?.textContent).toBe(`“${fauna.title}” moved to Offer.`);
    expect(section(root, 'offer').querySelector('.status-button')?.textContent).toContain('Offer · 15 Nov');
  });

  it('stores notes when the field is left and a follow-up date when picked', async () => {
    const requests = storingBackground();
    const root = await show([fauna]);
    const notes = byLabel(root, 'Notes');
    focus(notes);
    type(notes, 'Recruiter: Sam');
    blur(notes);
    type(byLabel(root, 'Follow up on'), '2026-12-24');
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(requests).toEqual([
      { type: 'set-job-details', itemId: fauna.id, notes: 'Recruiter: Sam' },
      { type: 'set-job-details', itemId: fauna.id, followUp: '2026-12-24' },
    ]);
    await waitFor(async () => expect(await db.items.get(fauna.id)).toMatchObject({ notes: 'Recruiter: Sam', followUp: '2026-12-24' }));
  });

  it('shows the background’s error on the card', async () => {
    fakeBackground(() => ({ ok: false, error: 'This job is no longer in your library.' }));
    const root = await show([fauna]);
    type(byLabel(root, 'Follow up on'), '2026-12-24');
    await waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('This job is no longer in your library.'));
  });

  it('brings the job named in the address into view and focus, as the reader links it', async () => {
    const scrolled = vi.fn();
    // jsdom does no layout, so it has no scrollIntoView.
    Element.prototype.scrollIntoView = scrolled;
    history.replaceState(null, '', `#${encodeURIComponent(scholar.id)}`);
    const root = await show([nlp, scholar, lastMile]);
    const card = byText(root, '.job-card', new RegExp(scholar.title));
    await waitFor(() => expect(document.activeElement).toBe(card));
    expect(scrolled.mock.contexts).toEqual([card]);
  });

  it('explains how to save jobs when there are none', async () => {
    const root = await show([articleItem('science-profile-leino')]);
    expect(root.querySelector('.empty-state')?.textContent).toContain('No saved jobs yet');
    expect(root.querySelector('.board-groups')).toBeNull();
  });
});
