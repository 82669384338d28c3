import { afterEach, describe, expect, it } from 'vitest';
import { JOB_BUTTON_TAG, mountPageUi, WIDGET_TAG, type PageUi } from '../../../components/widget/mount';
import type { PageGuess } from '../../../lib/content/page-guess';
import { createPageSession, type SessionReading } from '../../../lib/content/page-session';
import { findJobCards } from '../../../lib/extract/jobs/cards';
import { BackgroundError, callBackground, UNREACHABLE_MESSAGE } from '../../../lib/messaging';
import type { PageStateReply, Request } from '../../../lib/messages';
import type { Clip } from '../../../lib/types';
import { articleClip, deferred, fakeSend, jobClip, NOT_SAVED, readSession, summary, turns } from '../helpers/content-fakes';
import { loadFixture } from '../helpers/fixtures';
import { buttonNamed, buttonsOf, nameOf } from './shadow-queries';

let ui: PageUi | null = null;
afterEach(() => {
  ui?.remove();
  ui = null;
});

async function mountWidget(clip: Clip, answer: (request: Request) => unknown, state: PageStateReply = NOT_SAVED) {
  const { doc } = loadFixture('science-profile-leino');
  const { send, requests } = fakeSend((request) => (request.type === 'page-state' ? state : answer(request)));
  const session = readSession(clip, send, { pageUrl: doc.URL, html: () => doc.documentElement.outerHTML });
  await session.refresh();
  ui = mountPageUi(doc, session, []);
  const host = doc.querySelector(WIDGET_TAG);
  return { doc, session, requests, shadow: host?.shadowRoot ?? null };
}

/** Clicks, and lets what the click started (a save, a reply) finish. */
async function click(button: HTMLElement) {
  button.click();
  await turns();
}

describe('widget', () => {
  it('offers "Save to Science Clipper", shows "Saving…" while saving, then "Saved", and saves once', async () => {
    const reply = deferred<unknown>();
    const { shadow, requests } = await mountWidget(articleClip(), () => reply.promise);
    const save = buttonNamed(shadow!, 'Save to Science Clipper');
    await click(save);
    expect(nameOf(save)).toBe('Saving…');
    expect(save.getAttribute('aria-disabled')).toBe('true');
    reply.resolve(summary({ kind: 'profile' }));
    await turns();
    expect(nameOf(save)).toBe('Saved');
    expect(save.getAttribute('aria-disabled')).toBe('true');
    await click(save);
    expect(requests.filter((r) => r.type === 'save-clip')).toHaveLength(1);
  });

  it('says what the page is and its title', async () => {
    const { shadow } = await mountWidget(articleClip({ title: 'Rustan Leino provides proof' }), () => summary());
    expect(shadow!.textContent).toContain('Profile');
    expect(shadow!.textContent).toContain('Rustan Leino provides proof');
  });

  it('shows "Saved" from the start for a saved page, and a job’s status with its date', async () => {
    const at = new Date(new Date().getFullYear(), 10, 12, 9).getTime();
    const saved = summary({ kind: 'job', status: 'applied', statusAt: at });
    const { shadow } = await mountWidget(jobClip('1324373', 'Senior Applied Scientist'), () => saved, { saved, savedJobs: {} });
    const button = buttonNamed(shadow!, 'Saved');
    expect(shadow!.querySelector('.actions')!.textContent).toBe('Saved· Applied · 12 Nov');
    expect(button.getAttribute('aria-describedby')).toBe(shadow!.querySelector('.detail')!.id);
    expect(buttonsOf(shadow!).map(nameOf)).not.toContain('Save to Science Clipper');
  });

  it('shows the error as an alert with a Retry button, and retry saves the same clip', async () => {
    const clip = articleClip();
    let fail = true;
    const { shadow, requests } = await mountWidget(clip, () => {
      if (fail) throw new BackgroundError('The library is full.');
      return summary();
    });
    await click(buttonNamed(shadow!, 'Save to Science Clipper'));
    expect(shadow!.querySelector('[role="alert"]')!.textContent).toBe('The library is full.');
    fail = false;
    await click(buttonNamed(shadow!, 'Retry'));
    expect(shadow!.querySelector('[role="alert"]')).toBeNull();
    buttonNamed(shadow!, 'Saved');
    const saves = requests.filter((r) => r.type === 'save-clip');
    expect(saves.map((r) => r.type === 'save-clip' && r.clip)).toEqual([clip, clip]);
  });

  it('a save the stopped worker did not answer is sent once more; failing again, it says so in our words, with Retry', async () => {
    const { doc } = loadFixture('science-profile-leino');
    const clip = articleClip();
    // The browser's side of runtime.sendMessage: its own sentences while the worker is away.
    let away = 2;
    const sent: Request[] = [];
    const sendMessage = async (message: unknown) => {
      const request = message as Request;
      sent.push(request);
      if (request.type === 'page-state') return { ok: true, data: NOT_SAVED };
      if (away-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, data: summary() };
    };
    const session = readSession(clip, (request) => callBackground(request, sendMessage), { pageUrl: doc.URL, html: () => '' });
    await session.refresh();
    ui = mountPageUi(doc, session, []);
    const shadow = doc.querySelector(WIDGET_TAG)!.shadowRoot!;
    await click(buttonNamed(shadow, 'Save to Science Clipper'));
    expect(shadow.querySelector('[role="alert"]')!.textContent).toBe(UNREACHABLE_MESSAGE);
    expect(shadow.textContent).not.toMatch(/Receiving end|Could not establish/);
    await click(buttonNamed(shadow, 'Retry'));
    buttonNamed(shadow, 'Saved');
    expect(sent.filter((r) => r.type === 'save-clip')).toHaveLength(3);
  });

  it('warns that a page whose layout could not be read is saved as a plain article', async () => {
    const { shadow } = await mountWidget(articleClip({ kind: 'article', fallback: true }), () => summary());
    expect(shadow!.textContent).toContain('Couldn’t read this page’s layout — it will be saved as a plain article.');
  });

  it('offers saving again after a refresh says the item is gone', async () => {
    let state: PageStateReply = { saved: summary(), savedJobs: {} };
    const { doc } = loadFixture('science-profile-leino');
    const { send } = fakeSend(() => state);
    const session = readSession(articleClip(), send, { pageUrl: doc.URL });
    await session.refresh();
    ui = mountPageUi(doc, session, []);
    const shadow = doc.querySelector(WIDGET_TAG)!.shadowRoot!;
    buttonNamed(shadow, 'Saved');
    state = NOT_SAVED;
    await session.refresh();
    buttonNamed(shadow, 'Save to Science Clipper');
  });

  it('minimises with its button or Escape, reopens from the pill, and moves focus along', async () => {
    const { shadow } = await mountWidget(articleClip(), () => summary());
    await click(buttonNamed(shadow!, 'Minimise Science Clipper'));
    const pill = buttonNamed(shadow!, 'Open Science Clipper');
    expect(pill.getAttribute('aria-expanded')).toBe('false');
    expect(shadow!.activeElement).toBe(pill);
    await click(pill);
    expect(shadow!.activeElement).toBe(buttonNamed(shadow!, 'Minimise Science Clipper'));
    const save = buttonNamed(shadow!, 'Save to Science Clipper');
    save.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    buttonNamed(shadow!, 'Open Science Clipper');
  });

  it('keeps its keystrokes from the page’s own shortcuts', async () => {
    const { doc, shadow } = await mountWidget(articleClip(), () => summary());
    let pageSaw = 0;
    doc.addEventListener('keydown', () => pageSaw++);
    const save = buttonNamed(shadow!, 'Save to Science Clipper');
    save.dispatchEvent(new KeyboardEvent('keydown', { key: 's', bubbles: true, composed: true }));
    expect(pageSaw).toBe(0);
  });

  it('closes, and reveal() brings it back open', async () => {
    const { shadow } = await mountWidget(articleClip(), () => summary());
    await click(buttonNamed(shadow!, 'Close Science Clipper'));
    expect(buttonsOf(shadow!)).toEqual([]);
    ui!.reveal();
    buttonNamed(shadow!, 'Save to Science Clipper');
  });

  it('adds no widget for a job list, which is saved card by card', async () => {
    const { shadow } = await mountWidget({ kind: 'job-list', url: 'https://www.amazon.science/careers', title: 'Careers', jobs: [] }, () =>
      summary(),
    );
    expect(shadow).toBeNull();
  });

  it('is one fixed host at the end of the body, and leaves the page as it was once removed', async () => {
    const { doc } = loadFixture('science-profile-leino');
    const before = doc.documentElement.outerHTML;
    const { send } = fakeSend(() => NOT_SAVED);
    const session = readSession(articleClip(), send, { pageUrl: doc.URL });
    ui = mountPageUi(doc, session, []);
    expect(doc.body.lastElementChild!.localName).toBe(WIDGET_TAG);
    expect(doc.querySelectorAll(WIDGET_TAG)).toHaveLength(1);
    ui!.remove();
    ui = null;
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('widget before the page is read', () => {
  function unread(guess: PageGuess, read: () => Promise<SessionReading>) {
    const { doc } = loadFixture('science-profile-leino');
    const { send } = fakeSend((request) => (request.type === 'page-state' ? NOT_SAVED : summary()));
    const session = createPageSession({ guess, read, pageUrl: doc.URL, html: () => '', send });
    ui = mountPageUi(doc, session, []);
    return { doc, session, shadow: () => doc.querySelector(WIDGET_TAG)?.shadowRoot ?? null };
  }

  it('shows the first glance: the site for an article or profile, “Job” for a posting, and the page’s title', () => {
    const article = unread({ kind: 'article', jobId: null, title: 'Rustan Leino provides proof' }, async () => ({
      clip: articleClip(),
      cards: [],
    }));
    expect(article.shadow()!.querySelector('.kind')!.textContent).toBe('Amazon Science');
    expect(article.shadow()!.querySelector('.title')!.textContent).toBe('Rustan Leino provides proof');
    ui!.remove();
    const posting = unread({ kind: 'job', jobId: '1324373', title: 'Senior Applied Scientist' }, async () => ({
      clip: jobClip('1324373'),
      cards: [],
    }));
    expect(posting.shadow()!.querySelector('.kind')!.textContent).toBe('Job');
  });

  it('names the kind the save read, in the same panel', async () => {
    const { shadow } = unread({ kind: 'article', jobId: null, title: 'Someone' }, async () => ({
      clip: articleClip({ kind: 'profile' }),
      cards: [],
    }));
    const panel = shadow()!.querySelector('.panel');
    await click(buttonNamed(shadow()!, 'Save to Science Clipper'));
    expect(shadow()!.querySelector('.panel')).toBe(panel);
    expect(shadow()!.querySelector('.kind')!.textContent).toBe('Profile');
    buttonNamed(shadow()!, 'Saved');
  });

  it('leaves the page once a reading shows the page is not one item', async () => {
    const { doc, session } = unread({ kind: 'article', jobId: null, title: 'Listing' }, async () => ({
      clip: { kind: null, url: doc.URL },
      cards: [],
    }));
    expect(doc.querySelectorAll(WIDGET_TAG)).toHaveLength(1);
    await session.takeReading({ clip: { kind: null, url: doc.URL }, cards: [] });
    expect(doc.querySelectorAll(WIDGET_TAG)).toHaveLength(0);
  });
});

describe('job buttons as cards come and go', () => {
  it('keeps the buttons of cards still there, adds the new, removes those of cards gone', async () => {
    const { doc, url } = loadFixture('science-careers');
    const cards = findJobCards(doc, url);
    const { send } = fakeSend(() => NOT_SAVED);
    const session = readSession({ kind: 'job-list', url: doc.URL, title: 'Careers', jobs: [] }, send, {
      cards,
    });
    ui = mountPageUi(doc, session, cards.slice(0, 5));
    const first = [...doc.querySelectorAll(JOB_BUTTON_TAG)];
    expect(first).toHaveLength(5);
    ui.showCards(cards.slice(2));
    const next = [...doc.querySelectorAll(JOB_BUTTON_TAG)];
    expect(next).toHaveLength(6);
    expect(next.slice(0, 3)).toEqual(first.slice(2));
    for (const host of first.slice(0, 2)) expect(host.isConnected).toBe(false);
    cards.slice(2).forEach((card, i) => expect(next[i]!.parentElement).toBe(card.element));
  });
});
