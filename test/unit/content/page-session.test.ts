import { describe, expect, it } from 'vitest';
import { createPageSession, listedJob, type PageSession, type SessionReading } from '../../../lib/content/page-session';
import { showsJobCards } from '../../../lib/content/page-kinds';
import { BackgroundError } from '../../../lib/messaging';
import type { PageStateReply, Request } from '../../../lib/messages';
import type { Clip, Job } from '../../../lib/types';
import { articleClip, deferred, fakeSend, guessFor, jobClip, NOT_SAVED, readSession, summary } from '../helpers/content-fakes';

const PAGE_URL = 'https://www.amazon.science/working-at-amazon/someone?utm_source=x';
const SAVED_PROFILE = summary({ itemId: 'url:profile', kind: 'profile' });

/** The page's and the cards' save states, without the clip. */
function saveStates(session: PageSession) {
  const { page, jobs } = session.getState();
  return { page, jobs };
}

function sessionFor(clip: Clip, answer: (request: Request) => unknown, cardJobs: Job[] = []) {
  const { send, requests } = fakeSend(answer);
  const session = readSession(clip, send, { cards: cardJobs.map(listedJob), pageUrl: PAGE_URL, html: () => '<html>page</html>' });
  return { session, requests };
}

describe('page-state', () => {
  it('tells the background the kind, the posting id and the card ids of the page', async () => {
    const cards = [jobClip('10512634'), jobClip('10501457'), jobClip('10512634')];
    const clip = articleClip({ jobs: [jobClip('10512634'), jobClip('10501462')] });
    const { session, requests } = sessionFor(clip, () => NOT_SAVED, cards);
    await session.refresh();
    expect(requests).toEqual([
      { type: 'page-state', pageUrl: PAGE_URL, kind: 'profile', jobId: null, jobIds: ['10512634', '10501457', '10501462'] },
    ]);
  });

  it('sends kind null for a page we do not read, so the badge clears', async () => {
    const { session, requests } = sessionFor({ kind: null, url: PAGE_URL }, () => NOT_SAVED);
    await session.refresh();
    expect(requests).toEqual([{ type: 'page-state', pageUrl: PAGE_URL, kind: null, jobId: null, jobIds: [] }]);
  });

  it('names the posting of a job page', async () => {
    const { session, requests } = sessionFor(jobClip('1324373'), () => NOT_SAVED);
    await session.refresh();
    expect(requests[0]).toMatchObject({ kind: 'job', jobId: '1324373', jobIds: [] });
  });

  it('takes in which of the page and its cards are saved', async () => {
    const savedJob = summary({ itemId: 'job:2', kind: 'job', status: 'applied', statusAt: 1 });
    const { session } = sessionFor(articleClip(), () => ({ saved: SAVED_PROFILE, savedJobs: { '2': savedJob } }), [
      jobClip('1'),
      jobClip('2'),
    ]);
    await session.refresh();
    expect(saveStates(session)).toEqual({
      page: { phase: 'saved', summary: SAVED_PROFILE },
      jobs: { '1': { phase: 'unsaved' }, '2': { phase: 'saved', summary: savedJob } },
    });
  });

  it('offers saving again once the item was deleted elsewhere', async () => {
    let reply: PageStateReply = { saved: SAVED_PROFILE, savedJobs: { '1': summary({ kind: 'job' }) } };
    const { session } = sessionFor(articleClip(), () => reply, [jobClip('1')]);
    await session.refresh();
    reply = NOT_SAVED;
    await session.refresh();
    expect(saveStates(session)).toEqual({ page: { phase: 'unsaved' }, jobs: { '1': { phase: 'unsaved' } } });
  });
});

describe('savePage', () => {
  it('saves the clip read with the page address and HTML, then reads "saved"', async () => {
    const clip = articleClip();
    const { session, requests } = sessionFor(clip, () => SAVED_PROFILE);
    const phases: string[] = [];
    session.subscribe(() => phases.push(session.getState().page.phase));
    await session.savePage();
    expect(requests).toEqual([{ type: 'save-clip', clip, pageUrl: PAGE_URL, html: '<html>page</html>' }]);
    expect(phases).toEqual(['saving', 'saved']);
    expect(session.getState().page).toEqual({ phase: 'saved', summary: SAVED_PROFILE });
  });

  it('sends one save however often it is asked while saving or once saved', async () => {
    const reply = deferred<unknown>();
    const { session, requests } = sessionFor(articleClip(), () => reply.promise);
    const first = session.savePage();
    const second = session.savePage();
    reply.resolve(SAVED_PROFILE);
    await Promise.all([first, second]);
    await session.savePage();
    expect(requests).toHaveLength(1);
  });

  it('keeps the error for the widget and saves the very same clip on retry', async () => {
    const clip = articleClip();
    let fail = true;
    const { session, requests } = sessionFor(clip, () => {
      if (fail) throw new BackgroundError('The library could not be opened.');
      return SAVED_PROFILE;
    });
    await session.savePage();
    expect(session.getState().page).toEqual({ phase: 'error', message: 'The library could not be opened.' });
    fail = false;
    await session.savePage();
    expect(session.getState().page.phase).toBe('saved');
    expect(requests.map((r) => r.type === 'save-clip' && r.clip)).toEqual([clip, clip]);
  });

  it('does nothing on a page that is not one item (a job list, or a page we do not read)', async () => {
    for (const clip of [{ kind: 'job-list', url: PAGE_URL, title: 'Careers', jobs: [] } as Clip, { kind: null, url: PAGE_URL } as Clip]) {
      const { session, requests } = sessionFor(clip, () => SAVED_PROFILE);
      await session.savePage();
      expect(requests).toEqual([]);
      expect(session.savable()).toBe(false);
    }
  });

  it('regression: a page-state reply sent before a save finished does not turn "Saved" back into "Save"', async () => {
    const stale = deferred<unknown>();
    const { session } = sessionFor(articleClip(), (request) => (request.type === 'page-state' ? stale.promise : SAVED_PROFILE));
    const refreshing = session.refresh();
    await session.savePage();
    stale.resolve(NOT_SAVED);
    await refreshing;
    expect(session.getState().page.phase).toBe('saved');
  });

  it('keeps "saving" when a refresh answers during the save', async () => {
    const save = deferred<unknown>();
    const { session } = sessionFor(articleClip(), (request) => (request.type === 'page-state' ? NOT_SAVED : save.promise));
    const saving = session.savePage();
    await session.refresh();
    expect(session.getState().page.phase).toBe('saving');
    save.resolve(SAVED_PROFILE);
    await saving;
    expect(session.getState().page.phase).toBe('saved');
  });
});

describe('saveJob', () => {
  it('saves one card with the page address and leaves the other cards alone', async () => {
    const cards = [jobClip('1'), jobClip('2')];
    const savedJob = summary({ itemId: 'job:2', kind: 'job', status: 'saved', statusAt: 1 });
    const { session, requests } = sessionFor(articleClip(), () => savedJob, cards);
    await session.saveJob(cards[1]!);
    expect(requests).toEqual([{ type: 'save-job', job: cards[1], pageUrl: PAGE_URL }]);
    expect(session.getState().jobs).toEqual({ '1': { phase: 'unsaved' }, '2': { phase: 'saved', summary: savedJob } });
    expect(session.getState().page.phase).toBe('unsaved');
  });

  it('puts a failure on that card only and saves it on retry', async () => {
    const card = jobClip('7');
    let fail = true;
    const { session } = sessionFor(
      articleClip(),
      () => {
        if (fail) throw new BackgroundError('Quota exceeded');
        return summary({ kind: 'job' });
      },
      [card],
    );
    await session.saveJob(card);
    expect(session.getState().jobs['7']).toEqual({ phase: 'error', message: 'Quota exceeded' });
    fail = false;
    await session.saveJob(card);
    expect(session.getState().jobs['7']?.phase).toBe('saved');
  });
});

describe('showsJobCards', () => {
  it('gives job buttons to articles, profiles and job lists only', () => {
    expect(showsJobCards(articleClip({ kind: 'article' }))).toBe(true);
    expect(showsJobCards(articleClip({ kind: 'profile' }))).toBe(true);
    expect(showsJobCards({ kind: 'job-list', url: PAGE_URL, title: 'Careers', jobs: [] })).toBe(true);
    expect(showsJobCards(jobClip('1'))).toBe(false);
    expect(showsJobCards({ kind: null, url: PAGE_URL })).toBe(false);
  });
});

describe('updatePage', () => {
  it('saves a posting over its saved job card, which savePage would not', async () => {
    const card = summary({ itemId: 'job:1324373', kind: 'job', status: 'applied', statusAt: 1, cardOnly: true });
    const merged = { ...card, cardOnly: false };
    const { session, requests } = sessionFor(jobClip('1324373'), (request) =>
      request.type === 'page-state' ? { saved: card, savedJobs: {} } : merged,
    );
    await session.refresh();
    await session.savePage();
    expect(requests.filter((r) => r.type === 'save-clip')).toHaveLength(0);
    await session.updatePage();
    expect(requests.filter((r) => r.type === 'save-clip')).toHaveLength(1);
    expect(session.getState().page).toEqual({ phase: 'saved', summary: merged });
  });
});

describe('snapshot size', () => {
  it('a page too large to snapshot is saved without its snapshot instead of being refused', async () => {
    const { send, requests } = fakeSend(() => summary());
    const huge = `<html>${'x'.repeat(20_000_001)}</html>`;
    const session = readSession(articleClip(), send, { pageUrl: PAGE_URL, html: () => huge });
    await session.savePage();
    expect(requests[0]).toMatchObject({ type: 'save-clip' });
    expect(requests[0]).not.toHaveProperty('html', huge);
    expect(session.getState().page.phase).toBe('saved');
  });
});

describe('before the page is read', () => {
  const GUESS = { kind: 'article' as const, jobId: null, title: 'Someone proves software correct' };

  function unreadSession(answer: (request: Request) => unknown, read: () => Promise<SessionReading>) {
    const { send, requests } = fakeSend(answer);
    const session = createPageSession({ guess: GUESS, read, pageUrl: PAGE_URL, html: () => '<html>page</html>', send });
    return { session, requests };
  }

  it('asks with what the first glance saw: the kind and the posting id, no card ids yet', async () => {
    const { send, requests } = fakeSend(() => NOT_SAVED);
    const job = createPageSession({ guess: guessFor(jobClip('1324373')), pageUrl: PAGE_URL, html: () => '', send });
    await job.refresh();
    const article = createPageSession({ guess: GUESS, pageUrl: PAGE_URL, html: () => '', send });
    await article.refresh();
    expect(requests).toEqual([
      { type: 'page-state', pageUrl: PAGE_URL, kind: 'job', jobId: '1324373', jobIds: [] },
      { type: 'page-state', pageUrl: PAGE_URL, kind: 'article', jobId: null, jobIds: [] },
    ]);
    expect([job.savable(), article.savable()]).toEqual([true, true]);
  });

  it('reads the page on the first save, saves what it read, and retries with that very clip', async () => {
    const clip = articleClip();
    let reads = 0;
    let fail = true;
    const { session, requests } = unreadSession(
      (request) => {
        if (request.type === 'page-state') return NOT_SAVED;
        if (fail) throw new BackgroundError('The library is full.');
        return SAVED_PROFILE;
      },
      async () => {
        reads++;
        return { clip, cards: [] };
      },
    );
    await session.savePage();
    expect(session.getState().page).toEqual({ phase: 'error', message: 'The library is full.' });
    fail = false;
    await session.savePage();
    expect(session.getState().page.phase).toBe('saved');
    expect(reads).toBe(1);
    expect(requests.filter((r) => r.type === 'save-clip').map((r) => r.type === 'save-clip' && r.clip)).toEqual([clip, clip]);
  });

  it('says so instead of saving when the page reads as something that is not one item', async () => {
    const { session, requests } = unreadSession(
      () => NOT_SAVED,
      async () => ({ clip: { kind: null, url: PAGE_URL }, cards: [] }),
    );
    await session.savePage();
    expect(requests.filter((r) => r.type === 'save-clip')).toEqual([]);
    expect(session.getState().page).toMatchObject({ phase: 'error', message: expect.stringContaining('can’t save this page') });
  });

  it('shows a reading that failed as an error, and reads again on retry', async () => {
    let reads = 0;
    const { session } = unreadSession(
      () => SAVED_PROFILE,
      async () => {
        if (++reads === 1) throw new Error('The page reader did not load. Reload the page and try again.');
        return { clip: articleClip(), cards: [] };
      },
    );
    await session.savePage();
    expect(session.getState().page).toEqual({ phase: 'error', message: 'The page reader did not load. Reload the page and try again.' });
    await session.savePage();
    expect(session.getState().page.phase).toBe('saved');
  });

  it('asks the background again when a reading brings new card ids, and not when it brings the same', async () => {
    const { session, requests } = unreadSession(
      () => NOT_SAVED,
      async () => ({ clip: articleClip(), cards: [] }),
    );
    await session.refresh();
    await session.takeReading({ clip: articleClip(), cards: [jobClip('1'), jobClip('2')].map(listedJob) });
    await session.takeReading({ clip: articleClip(), cards: [jobClip('1'), jobClip('2')].map(listedJob) });
    await session.takeReading({ clip: articleClip(), cards: [jobClip('1'), jobClip('2'), jobClip('3')].map(listedJob) });
    expect(requests.map((r) => r.type === 'page-state' && [r.kind, r.jobIds.join()])).toEqual([
      ['article', ''],
      ['profile', '1,2'],
      ['profile', '1,2,3'],
    ]);
    expect(Object.keys(session.getState().jobs)).toEqual(['1', '2', '3']);
  });

  it('keeps the save in flight of a card that is read again', async () => {
    const save = deferred<unknown>();
    const { session } = unreadSession(
      (request) => (request.type === 'page-state' ? NOT_SAVED : save.promise),
      async () => ({ clip: articleClip(), cards: [] }),
    );
    await session.takeReading({ clip: articleClip(), cards: [jobClip('1')].map(listedJob) });
    const saving = session.saveJob(jobClip('1'));
    await session.takeReading({ clip: articleClip(), cards: [jobClip('1'), jobClip('2')].map(listedJob) });
    expect(saveStates(session).jobs).toEqual({ '1': { phase: 'saving' }, '2': { phase: 'unsaved' } });
    save.resolve(summary({ kind: 'job' }));
    await saving;
    expect(session.getState().jobs['1']?.phase).toBe('saved');
  });
});
