import { afterEach, describe, expect, it } from 'vitest';
import { JOB_BUTTON_TAG, WIDGET_TAG } from '../../../components/widget/mount';
import { startPageClipper, type CommandHandler, type PageClipper } from '../../../components/widget/page-clipper';
import { extractPage } from '../../../lib/extract/registry';
import type { PageStateReply, Request } from '../../../lib/messages';
import { fakeSend, nextTurn, NOT_SAVED, readerAtHand, summary, turns } from '../helpers/content-fakes';
import { loadFixture } from '../helpers/fixtures';
import { buttonNamed } from './shadow-queries';

let clipper: PageClipper | null = null;
afterEach(() => {
  clipper?.stop();
  clipper = null;
});

async function start(fixture: string, answer: (request: Request) => unknown = () => summary()) {
  const { doc } = loadFixture(fixture);
  const before = doc.documentElement.outerHTML;
  let state: PageStateReply = NOT_SAVED;
  const { send, requests } = fakeSend((request) => (request.type === 'page-state' ? state : answer(request)));
  const handlers: CommandHandler[] = [];
  let readerLoads = 0;
  let cardReaderLoads = 0;
  clipper = startPageClipper({
    doc,
    pageUrl: doc.URL,
    send,
    listen(handler) {
      handlers.push(handler);
      return () => handlers.splice(handlers.indexOf(handler), 1);
    },
    loadReader: () => {
      readerLoads++;
      return readerAtHand();
    },
    loadCardReader: () => {
      cardReaderLoads++;
      return readerAtHand();
    },
    idle: nextTurn,
  });
  await clipper.ready;
  await clipper.read;
  const command = async (message: unknown) => {
    await handlers[0]?.(message);
    await turns();
  };
  return {
    doc,
    before,
    requests,
    handlers,
    command,
    /** Loads of either reader. */
    readerLoads: () => readerLoads + cardReaderLoads,
    wholeReaderLoads: () => readerLoads,
    setState: (next: PageStateReply) => (state = next),
    widget: () => doc.querySelector(WIDGET_TAG)?.shadowRoot ?? null,
  };
}

// Reading a whole fixture in jsdom takes seconds on a loaded 2-core machine.
describe('startPageClipper', { timeout: 30_000 }, () => {
  it('on a profile: sends its state at a glance, reads its job cards when idle, then sends their ids', async () => {
    const { doc, requests, widget, wholeReaderLoads } = await start('science-profile-leino');
    // The buttons come from the card reader: the page reader waits for a save.
    expect(wholeReaderLoads()).toBe(0);
    expect(requests[0]).toEqual({ type: 'page-state', pageUrl: doc.URL, kind: 'article', jobId: null, jobIds: [] });
    expect(requests[1]).toMatchObject({ type: 'page-state', pageUrl: doc.URL, kind: 'article', jobId: null });
    expect(requests[1]!.type === 'page-state' && requests[1]!.jobIds).toHaveLength(10);
    buttonNamed(widget()!, 'Save to Science Clipper');
    expect(doc.querySelectorAll(JOB_BUTTON_TAG)).toHaveLength(10);
  });

  it('on a profile: names the site until saving reads the page whole, then says it is a profile', async () => {
    const { requests, widget } = await start('science-profile-leino');
    expect(widget()!.querySelector('.kind')!.textContent).toBe('Amazon Science');
    expect(widget()!.querySelector('.title')!.textContent).toBe('Rustan Leino provides proof that software is bug-free');
    buttonNamed(widget()!, 'Save to Science Clipper').click();
    await turns();
    expect(widget()!.querySelector('.kind')!.textContent).toBe('Profile');
    const save = requests.find((r) => r.type === 'save-clip');
    expect(save?.type === 'save-clip' && save.clip).toMatchObject({
      kind: 'profile',
      jobs: expect.arrayContaining([expect.objectContaining({ jobId: '10509871' })]),
    });
  });

  it('on a job posting: names the posting and shows the widget without job buttons, and reads nothing until saved', async () => {
    const { doc, requests, widget, readerLoads } = await start('jobs-detail-1324373');
    expect(requests).toEqual([{ type: 'page-state', pageUrl: doc.URL, kind: 'job', jobId: '1324373', jobIds: [] }]);
    expect(widget()!.textContent).toContain('Senior Applied Scientist - NLP / IR');
    expect(doc.querySelectorAll(JOB_BUTTON_TAG)).toHaveLength(0);
    expect(readerLoads()).toBe(0);
  });

  it('on a job posting: the click reads the page and saves the posting it read', async () => {
    const { requests, widget, wholeReaderLoads } = await start('jobs-detail-1324373');
    buttonNamed(widget()!, 'Save to Science Clipper').click();
    await turns();
    expect(wholeReaderLoads()).toBe(1);
    const save = requests.find((r) => r.type === 'save-clip');
    expect(save?.type === 'save-clip' && save.clip).toMatchObject({
      kind: 'job',
      jobId: '1324373',
      title: 'Senior Applied Scientist - NLP / IR',
    });
    buttonNamed(widget()!, 'Saved');
  });

  it('on a page we do not read: adds nothing, and still sends kind null so the badge clears', async () => {
    const { doc, before, requests } = await start('science-research-area');
    expect(requests).toEqual([{ type: 'page-state', pageUrl: doc.URL, kind: null, jobId: null, jobIds: [] }]);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('snapshots the page’s HTML without our own elements', async () => {
    const { doc, before, requests, widget } = await start('science-profile-leino');
    expect(doc.querySelectorAll(`${WIDGET_TAG}, ${JOB_BUTTON_TAG}`)).toHaveLength(11);
    buttonNamed(widget()!, 'Save to Science Clipper').click();
    await turns();
    const save = requests.find((r) => r.type === 'save-clip');
    expect(save?.type === 'save-clip' && save.html).toBe(before);
  });

  it('saves the page on the keyboard/context-menu command, even with the widget closed, and reopens it', async () => {
    const { requests, widget, command } = await start('science-profile-leino');
    buttonNamed(widget()!, 'Close Science Clipper').click();
    expect(widget()!.querySelector('button')).toBeNull();
    await command({ type: 'save-page-command' });
    expect(requests.filter((r) => r.type === 'save-clip')).toHaveLength(1);
    buttonNamed(widget()!, 'Saved');
  });

  it('asks again on refresh-state, so an item deleted in the popup can be saved again', async () => {
    const { requests, widget, command, setState } = await start('science-profile-leino');
    const asked = requests.length;
    setState({ saved: summary({ kind: 'profile' }), savedJobs: {} });
    await command({ type: 'refresh-state' });
    buttonNamed(widget()!, 'Saved');
    setState(NOT_SAVED);
    await command({ type: 'refresh-state' });
    buttonNamed(widget()!, 'Save to Science Clipper');
    expect(requests.slice(asked).filter((r) => r.type === 'page-state')).toHaveLength(2);
  });

  it('leaves messages that are not commands to other listeners', async () => {
    const { handlers, requests } = await start('science-profile-leino');
    const asked = requests.length;
    expect(handlers[0]!({ type: 'save-clip' })).toBeUndefined();
    expect(handlers[0]!('hello')).toBeUndefined();
    await turns();
    expect(requests).toHaveLength(asked);
  });

  it('reads the page the same with our UI on it, and stop() takes everything back out', async () => {
    const { doc, before, handlers } = await start('science-profile-leino');
    const url = new URL(doc.URL);
    const withUi = extractPage(doc, url);
    clipper!.stop();
    expect(withUi).toEqual(extractPage(doc, url));
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(handlers).toHaveLength(0);
  });
});

/** Polls until `check` holds: the card watch waits for the page to be quiet before it reads. */
async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function appendListing(doc: Document, jobId: string, title: string): HTMLLIElement {
  const item = doc.createElement('li');
  item.className = 'JobsList-items-item';
  item.innerHTML = `<div class="JobListing"><h3 class="JobListing-title"><a class="Link" href="https://www.amazon.jobs/jobs/${jobId}/x">${title}</a></h3><div class="JobListing-meta"><span class="JobListing-location">US, WA, Seattle</span></div></div>`;
  doc.querySelector('.JobsList-items')!.append(item);
  return item;
}

describe('job cards that come and go after load', { timeout: 30_000 }, () => {
  it('gives cards appended after load their "Save job" buttons and asks whether they are saved', async () => {
    const { doc, requests } = await start('science-careers');
    expect(doc.querySelectorAll(JOB_BUTTON_TAG)).toHaveLength(8);
    const added = [
      appendListing(doc, '10600001', 'Applied Scientist, Late Results'),
      appendListing(doc, '10600002', 'Data Scientist, Load More'),
    ];
    await until(() => doc.querySelectorAll(JOB_BUTTON_TAG).length === 10, 'the new cards’ buttons');
    for (const item of added) expect(item.querySelector(JOB_BUTTON_TAG)).not.toBeNull();
    await until(() => requests.some((r) => r.type === 'page-state' && r.jobIds.includes('10600002')), 'the new ids asked');
  });

  it('takes the button away with a card the page removes, and keeps the others where they are', async () => {
    const { doc } = await start('science-careers');
    const hosts = [...doc.querySelectorAll(JOB_BUTTON_TAG)];
    doc.querySelector('.JobsList-items-item')!.remove();
    await until(() => doc.querySelectorAll(JOB_BUTTON_TAG).length === 7, 'one button fewer');
    expect([...doc.querySelectorAll(JOB_BUTTON_TAG)]).toEqual(hosts.slice(1));
  });

  it('does not read the page again for our own buttons and widget', async () => {
    const { readerLoads } = await start('science-profile-leino');
    const loads = readerLoads();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(readerLoads()).toBe(loads);
  });

  it('stops watching once stopped: a card appended then gets nothing', async () => {
    const { doc, readerLoads } = await start('science-careers');
    const loads = readerLoads();
    clipper!.stop();
    appendListing(doc, '10600003', 'Applied Scientist, After Stop');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(doc.querySelectorAll(JOB_BUTTON_TAG)).toHaveLength(0);
    expect(readerLoads()).toBe(loads);
  });
});
