import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../../entrypoints/popup/Popup';
import { db } from '../../../lib/db';
import type { Item, JobItem } from '../../../lib/db/schema';
import type { Request } from '../../../lib/messages';
import { FIRST_SCREEN, POPUP_LIMIT, readNewest } from '../../../lib/ui/popup-data';
import { articleItem, byLabel, byText, click, day, fakeBackground, jobItem, render, waitFor } from './helpers';

let view: ReturnType<typeof render> | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  await db.items.clear();
});
afterEach(() => view?.unmount());

const leino = articleItem('science-profile-leino', { savedAt: day(11, 1), tags: ['verification', 'to-read'] });
const overfit = articleItem('science-blog-overfit', { savedAt: day(11, 3), tags: ['to-read'] });
const nlp = jobItem('jobs-detail-1324373', { savedAt: day(11, 2), status: 'applied', statusAt: day(11, 12) });

async function show(items: Item[]) {
  await db.items.bulkPut(items);
  view = render(<Popup />);
  await waitFor(() => expect(view!.container.querySelector('.popup-count')?.textContent).not.toBe(''));
  return view.container;
}

const rows = (root: Element) => [...root.querySelectorAll('.item-row')];
const titles = (root: Element) => rows(root).map((r) => r.querySelector('.item-title')?.textContent);

describe('Popup', () => {
  it('tells a new user how to save something', async () => {
    const root = await show([]);
    const empty = root.querySelector('.empty-state')!.textContent;
    expect(empty).toContain('Nothing saved yet');
    expect(empty).toContain('amazon.science or amazon.jobs');
    expect(empty).toContain('Alt+Shift+S');
    expect(empty).toContain('right-click');
    expect(root.querySelector('.popup-count')?.textContent).toBe('0 items');
  });

  it('names the shortcut the user chose instead of the suggested one', async () => {
    vi.spyOn(fakeBrowser.commands, 'getAll').mockImplementation((async () => [{ name: 'save-page', shortcut: 'Ctrl+Shift+K' }]) as never);
    const root = await show([]);
    await waitFor(() => expect(root.querySelector('kbd')?.textContent).toBe('Ctrl+Shift+K'));
  });

  it('lists items newest first with kind, who, research areas and saved date', async () => {
    const root = await show([leino, overfit, nlp]);
    expect(titles(root)).toEqual([overfit.title, nlp.title, leino.title]);
    expect(rows(root).map((r) => r.querySelector('.kind-badge')?.textContent)).toEqual(['Article', 'Job', 'Profile']);
    expect(rows(root).map((r) => r.querySelector('.item-byline')?.textContent)).toEqual([
      'Martin Bertran Lopez, Aaron Roth',
      'Amazon Development Center DEU · DE, BE, Berlin',
      'Rustan Leino',
    ]);
    expect(rows(root)[2]!.querySelector('.item-areas')?.textContent).toBe('Automated reasoning');
    expect(rows(root)[0]!.querySelector('time')?.textContent).toBe('3 Nov');
    expect(root.querySelector('.popup-count')?.textContent).toBe('3 items');
  });

  it('shows a job’s status with the date it was set', async () => {
    const root = await show([nlp]);
    expect(root.querySelector('.status-button')?.textContent).toContain('Applied · 12 Nov');
  });

  it('filters by a clicked tag and clears the filter', async () => {
    const root = await show([leino, overfit, nlp]);
    click(byText(rows(root)[2]!, 'button.tag-label', 'to-read'));
    await waitFor(() => expect(titles(root)).toEqual([overfit.title, leino.title]));
    expect(root.querySelector('.popup-count')?.textContent).toBe('2 of 3 items');
    expect(byLabel(root, 'Filter by tag')).toHaveProperty('value', 'to-read');
    click(byText(root, 'button', 'Clear filter'));
    await waitFor(() => expect(titles(root)).toHaveLength(3));
  });

  it('lists only the newest items of a large library, and says how to see the rest', async () => {
    const many = Array.from({ length: POPUP_LIMIT + 5 }, (_, i) => ({
      ...overfit,
      id: `url:https://www.amazon.science/blog/x${i}`,
      savedAt: day(1, 1) + i,
    }));
    const root = await show(many);
    expect(rows(root)).toHaveLength(POPUP_LIMIT);
    expect(titles(root)[0]).toBe(overfit.title);
    expect(root.querySelector('.popup-count')?.textContent).toBe(`${POPUP_LIMIT + 5} items`);
    expect(root.querySelector('.popup-more')?.textContent).toContain(`Showing the newest ${POPUP_LIMIT} of ${POPUP_LIMIT + 5}`);
  });

  it('paints the first screen it was handed at once, newest first, then fills in the rest', async () => {
    const many = Array.from({ length: POPUP_LIMIT + 5 }, (_, i) => ({
      ...overfit,
      id: `url:https://www.amazon.science/blog/x${i}`,
      savedAt: day(1, 1) + i,
    }));
    await db.items.bulkPut(many);
    const first = await readNewest(db, FIRST_SCREEN);
    expect(first.map((item) => item.id)).toEqual(
      many
        .slice(-FIRST_SCREEN)
        .reverse()
        .map((item) => item.id),
    );
    view = render(<Popup initialItems={first} />);
    expect(rows(view.container)).toHaveLength(FIRST_SCREEN);
    await waitFor(() => expect(rows(view!.container)).toHaveLength(POPUP_LIMIT));
    expect(view.container.querySelector('.popup-count')?.textContent).toBe(`${POPUP_LIMIT + 5} items`);
  });

  it('offers every tag with its count in the tag filter', async () => {
    const root = await show([leino, overfit, nlp]);
    const options = [...byLabel(root, 'Filter by tag').querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toEqual(['All tags', 'to-read (2)', 'verification (1)']);
  });

  it('shows a status change once the background has stored it', async () => {
    fakeBackground(async (request: Request) => {
      if (request.type !== 'set-status') throw new Error(`unexpected ${request.type}`);
      const next: JobItem = {
        ...nlp,
        status: request.status,
        statusHistory: [...nlp.statusHistory, { status: request.status, at: day(11, 14) }],
      };
      await db.items.put(next);
      return {
        ok: true,
        data: { itemId: nlp.id, kind: 'job', title: nlp.title, status: request.status, statusAt: day(11, 14), cardOnly: false, pay: null },
      };
    });
    const root = await show([nlp]);
    click(root.querySelector('.status-button'));
    click(byText(root, '[role="menuitemradio"]', 'Interviewing'));
    await waitFor(() => expect(root.querySelector('.status-button')?.textContent).toContain('Interviewing · 14 Nov'));
  });

  it('opens the original page in a new tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const root = await show([leino]);
    click(root.querySelector('.item-title a'));
    expect(create).toHaveBeenCalledWith({ url: leino.clip.url });
  });

  it('opens the jobs board', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const root = await show([nlp]);
    const link = byText(root, 'a', /Jobs board/);
    expect(link.textContent).toBe('Jobs board (1)');
    click(link);
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/jobs.html') });
    await act(async () => {});
  });
});
