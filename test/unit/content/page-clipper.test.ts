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
    readerLoads: () => readerLoads,
    setState: (next: PageStateReply) => (state = next),
    widget: () => doc.querySelector(WIDGET_TAG)?.shadowRoot ?? null,
  };
}

// Reading a whole fixture in jsdom takes seconds on a loaded 2-core machine.
describe('startPageClipper', { timeout: 30_000 }, () => {
  it('on a profile: sends its state at a glance, reads it when idle, then sends its kind and card ids', async () => {
    const { doc, requests, widget } = await start('science-profile-leino');
    expect(requests[0]).toEqual({ type: 'page-state', pageUrl: doc.URL, kind: 'article', jobId: null, jobIds: [] });
    expect(requests[1]).toMatchObject({ type: 'page-state', pageUrl: doc.URL, kind: 'profile', jobId: null });
    expect(requests[1]!.type === 'page-state' && requests[1]!.jobIds).toHaveLength(10);
    buttonNamed(widget()!, 'Save to Science Clipper');
    expect(widget()!.querySelector('.kind')!.textContent).toBe('Profile');
    expect(doc.querySelectorAll(JOB_BUTTON_TAG)).toHaveLength(10);
  });

  it('on a job posting: names the posting and shows the widget without job buttons, and reads nothing until saved', async () => {
    const { doc, requests, widget, readerLoads } = await start('jobs-detail-1324373');
    expect(requests).toEqual([{ type: 'page-state', pageUrl: doc.URL, kind: 'job', jobId: '1324373', jobIds: [] }]);
    expect(widget()!.textContent).toContain('Senior Applied Scientist - NLP / IR');
    expect(doc.querySelectorAll(JOB_BUTTON_TAG)).toHaveLength(0);
    expect(readerLoads()).toBe(0);
  });

  it('on a job posting: the click reads the page and saves the posting it read', async () => {
    const { requests, widget, readerLoads } = await start('jobs-detail-1324373');
    buttonNamed(widget()!, 'Save to Science Clipper').click();
    await turns();
    expect(readerLoads()).toBe(1);
    const save = requests.find((r) => r.type === 'save-clip');
    expect(save?.type === 'save-clip' && save.clip).toMatchObject({ kind: 'job', jobId: '1324373', title: 'Senior Applied Scientist - NLP / IR' });
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
