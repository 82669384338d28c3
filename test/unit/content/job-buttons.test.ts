import { afterEach, describe, expect, it } from 'vitest';
import { JOB_BUTTON_TAG, mountPageUi, WIDGET_TAG, type PageUi } from '../../../components/widget/mount';
import { findJobCards } from '../../../lib/extract/jobs/cards';
import { BackgroundError } from '../../../lib/messaging';
import type { PageStateReply, Request } from '../../../lib/messages';
import type { Clip } from '../../../lib/types';
import { statusSummary } from '../../../lib/ui/format';
import { articleClip, fakeSend, NOT_SAVED, readSession, summary, turns } from '../helpers/content-fakes';
import { loadFixture } from '../helpers/fixtures';
import { buttonNamed, nameOf } from './shadow-queries';

let ui: PageUi | null = null;
afterEach(() => {
  ui?.remove();
  ui = null;
});

const CAREERS_LIST: Clip = { kind: 'job-list', url: 'https://www.amazon.science/careers?p=2', title: 'Careers', jobs: [] };

async function mountOn(fixture: string, clip: Clip, answer: (request: Request) => unknown, state: PageStateReply = NOT_SAVED) {
  const { doc, url } = loadFixture(fixture);
  const before = doc.documentElement.outerHTML;
  const cards = findJobCards(doc, url);
  const { send, requests } = fakeSend((request) => (request.type === 'page-state' ? state : answer(request)));
  const session = readSession(clip, send, { cards, pageUrl: doc.URL });
  await session.refresh();
  ui = mountPageUi(doc, session, cards);
  const hosts = [...doc.querySelectorAll(JOB_BUTTON_TAG)];
  return { doc, cards, hosts, requests, before, shadows: hosts.map((host) => host.shadowRoot!) };
}

describe('job buttons', () => {
  it('gives each "Work with us" card of a profile its own "Save job: <title>" button, inside the card', async () => {
    const { cards, hosts, shadows } = await mountOn('science-profile-leino', articleClip(), () => summary());
    expect(cards).toHaveLength(10);
    expect(hosts).toHaveLength(10);
    hosts.forEach((host, i) => expect(host.parentElement).toBe(cards[i]!.element));
    const first = buttonNamed(shadows[0]!, 'Save job: Machine Learning Scientist, Personalization');
    expect(first.textContent).toBe('Save job');
  });

  it('saves the card’s job with the page address, then reads "Saved"; the other cards still offer saving', async () => {
    const { doc, cards, shadows, requests } = await mountOn('science-profile-leino', articleClip(), () =>
      summary({ kind: 'job', status: 'saved' }),
    );
    const title = cards[1]!.job.title!;
    const button = buttonNamed(shadows[1]!, `Save job: ${title}`);
    button.click();
    await turns();
    expect(requests.filter((r) => r.type === 'save-job')).toEqual([{ type: 'save-job', job: cards[1]!.job, pageUrl: doc.URL }]);
    expect(button.textContent).toBe('Saved');
    expect(nameOf(button)).toBe(`Saved: ${title}`);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    button.click();
    await turns();
    expect(requests.filter((r) => r.type === 'save-job')).toHaveLength(1);
    expect(shadows[0]!.querySelector('button')!.textContent).toBe('Save job');
  });

  it('shows "Saved" from the start for saved ids, and the status chip of one that moved on', async () => {
    const state: PageStateReply = {
      saved: null,
      savedJobs: {
        '10509871': summary({ kind: 'job', status: 'applied', statusAt: new Date(2026, 10, 12).getTime() }),
        '10507342': summary({ kind: 'job', status: 'saved' }),
      },
    };
    const { shadows } = await mountOn('science-profile-leino', articleClip(), () => summary(), state);
    expect(shadows.slice(0, 4).map((s) => s.querySelector('button')!.textContent)).toEqual([
      'Save job',
      statusSummary('applied', new Date(2026, 10, 12).getTime()),
      'Saved',
      'Save job',
    ]);
  });

  it('shows a failed save on its card as an alert, with Retry', async () => {
    const { cards, shadows } = await mountOn('science-profile-leino', articleClip(), () => {
      throw new BackgroundError('The library is full.');
    });
    buttonNamed(shadows[2]!, `Save job: ${cards[2]!.job.title}`).click();
    await turns();
    expect(shadows[2]!.querySelector('[role="alert"]')!.textContent).toBe('The library is full.');
    expect(shadows[2]!.querySelector('button')!.textContent).toBe('Retry');
  });

  it('gives every posting of the careers list a button, and the widget only "Save all", no page save', async () => {
    const { doc, cards, hosts } = await mountOn('science-careers', CAREERS_LIST, () => summary());
    expect(cards).toHaveLength(8);
    expect(hosts).toHaveLength(8);
    const widget = doc.querySelector(WIDGET_TAG)!.shadowRoot!;
    expect([...widget.querySelectorAll('.panel button')].map((b) => b.textContent)).toEqual(['', '', 'Save all 8 jobs']);
    expect(widget.querySelector('.panel .kind')!.textContent).toBe('Job list');
  });

  it('"Save all" sends every listed job in one message, says what was added, and turns every card to Saved', async () => {
    const answer = (request: Request) => {
      if (request.type !== 'save-jobs') throw new Error(`unexpected ${request.type}`);
      const savedJobs = Object.fromEntries(request.jobs.map((job) => [job.jobId, summary({ kind: 'job', status: 'saved' })]));
      return { added: 5, alreadySaved: 3, savedJobs };
    };
    const { doc, cards, shadows, requests } = await mountOn('science-careers', CAREERS_LIST, answer);
    const widget = doc.querySelector(WIDGET_TAG)!.shadowRoot!;
    const saveAll = [...widget.querySelectorAll('button')].find((b) => b.textContent === 'Save all 8 jobs')!;
    saveAll.click();
    saveAll.click();
    await turns();
    const bulk = requests.filter((r) => r.type === 'save-jobs');
    expect(bulk).toEqual([{ type: 'save-jobs', jobs: cards.map((card) => card.job), pageUrl: doc.URL }]);
    expect(widget.querySelector('[role="status"]')!.textContent).toBe('Added 5 jobs · 3 already saved');
    expect(shadows.map((s) => s.querySelector('button')!.textContent)).toEqual(cards.map(() => 'Saved'));
  });

  it('an article’s job-card block gets "Save all" beside the page’s own save', async () => {
    const { doc } = await mountOn('science-profile-leino', articleClip(), () => summary());
    const widget = doc.querySelector(WIDGET_TAG)!.shadowRoot!;
    const labels = [...widget.querySelectorAll('.panel button')].map((b) => b.textContent);
    expect(labels).toContain('Save to Science Clipper');
    expect(labels).toContain('Save all 10 jobs');
  });

  it('"Save all" that fails says why in the widget and leaves the cards as they were', async () => {
    const { doc, shadows } = await mountOn('science-careers', CAREERS_LIST, () => {
      throw new BackgroundError('Your browser’s storage is full. Free some space and try again.');
    });
    const widget = doc.querySelector(WIDGET_TAG)!.shadowRoot!;
    [...widget.querySelectorAll('button')].find((b) => b.textContent === 'Save all 8 jobs')!.click();
    await turns();
    expect(widget.querySelector('[role="status"]')!.textContent).toBe('Your browser’s storage is full. Free some space and try again.');
    expect(shadows.map((s) => s.querySelector('button')!.textContent)).toEqual(shadows.map(() => 'Save job'));
  });

  it('changes nothing of the page but adding its hosts', async () => {
    const { doc, before } = await mountOn('science-profile-leino', articleClip(), () => summary());
    for (const host of doc.querySelectorAll(`${JOB_BUTTON_TAG}, ${WIDGET_TAG}`)) host.remove();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
