// Shared by the UI tests: render with react-dom + act, fire the events React listens to, build
// items from the fixtures' expected clips, and stand in for the background.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ArticleItem, JobItem, JobStatus, StatusChange } from '../../../lib/db/schema';
import type { Reply, Request } from '../../../lib/messages';
import type { ArticleClip, Job } from '../../../lib/types';

export function render(ui: ReactNode) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() => root.render(ui));
  return {
    container,
    rerender: (next: ReactNode) => act(() => root.render(next)),
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/**
 * Polls `assertion` until it passes (for about two seconds). Time passes only inside act, so the
 * updates of live queries and background replies reach React the way they would in the page.
 */
export async function waitFor(assertion: () => unknown): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    try {
      await assertion();
      return;
    } catch (error) {
      if (attempt >= 400) throw error;
    }
  }
}

export function click(el: Element | null | undefined) {
  if (!el) throw new Error('nothing to click');
  act(() => (el as HTMLElement).click());
}

/** Sets an input's value the way typing does, so React's onChange sees it. */
export function type(el: Element | null | undefined, value: string) {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) throw new Error('not a text field');
  const proto = el instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  act(() => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function choose(el: Element | null | undefined, value: string) {
  if (!(el instanceof HTMLSelectElement)) throw new Error('not a select');
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export function press(el: Element | null | undefined, key: string, init: KeyboardEventInit = {}) {
  if (!el) throw new Error('nothing to press on');
  act(() => el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })));
}

export function focus(el: Element | null | undefined) {
  act(() => (el as HTMLElement).focus());
}

export function blur(el: Element | null | undefined) {
  act(() => (el as HTMLElement).blur());
}

/** The element whose accessible label (aria-label or <label>) is `label`. */
export function byLabel(root: ParentNode, label: string): HTMLElement {
  const direct = [...root.querySelectorAll<HTMLElement>('[aria-label]')].find((el) => el.getAttribute('aria-label') === label);
  if (direct) return direct;
  const ownText = (l: HTMLLabelElement) => {
    const copy = l.cloneNode(true) as HTMLLabelElement;
    copy.querySelectorAll('input,select,textarea').forEach((c) => c.remove());
    return copy.textContent?.trim();
  };
  const labelEl = [...root.querySelectorAll('label')].find((l) => ownText(l) === label);
  const control = labelEl?.htmlFor
    ? [...root.querySelectorAll<HTMLElement>('[id]')].find((el) => el.id === labelEl.htmlFor)
    : labelEl?.querySelector<HTMLElement>('input,select,textarea');
  if (!control) throw new Error(`no control labelled "${label}"`);
  return control;
}

export function byText<T extends Element = HTMLElement>(root: ParentNode, selector: string, text: string | RegExp): T {
  const found = [...root.querySelectorAll<T>(selector)].find((el) =>
    typeof text === 'string' ? el.textContent?.trim() === text : text.test(el.textContent ?? ''),
  );
  if (!found) throw new Error(`no ${selector} with text ${text}`);
  return found;
}

// --- items built from the fixtures' expected clips -------------------------------------------

/** A fixture's expected fields, as loose as the JSON they come from: the helpers below pick what each item needs. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Expected = Record<string, any>;

function expected(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures', `${name}.expected.json`), 'utf8'));
}

function jobClip(e: Expected): Job {
  return {
    kind: 'job',
    jobId: e.jobId,
    url: e.url,
    title: e.title ?? null,
    locations: e.locations ?? [],
    company: e.company ?? null,
    description: (e.textIncludes ?? []).join(' '),
    responsibilities: e.responsibilities ?? [],
    basicQualifications: e.basicQualifications ?? [],
    preferredQualifications: e.preferredQualifications ?? [],
    applyUrl: e.applyUrl ?? null,
    posted: e.posted ?? null,
    pay: e.pay ?? [],
  };
}

/** Noon on a day of the current year, so dates read the same in every time zone. */
export function day(month: number, date: number, year = new Date().getFullYear()): number {
  return new Date(year, month - 1, date, 12).getTime();
}

interface Common {
  savedAt?: number;
  tags?: string[];
}

export function articleItem(name: 'science-profile-leino' | 'science-qa-rastogi' | 'science-blog-overfit', opts: Common = {}): ArticleItem {
  const e = expected(name) as Expected;
  const text = (e.textIncludes ?? []).join('\n\n');
  const clip: ArticleClip = {
    kind: e.kind,
    url: e.url,
    title: e.title,
    dek: e.dek,
    authors: e.authors,
    published: e.published,
    readingMinutes: e.readingMinutes,
    researchAreas: e.researchAreas,
    siteTags: e.siteTags,
    hero: null,
    text,
    html: `<p>${text}</p>`,
    pullQuotes: e.pullQuotes,
    qa: e.qa,
    person: e.person,
    jobs: [],
  };
  const savedAt = opts.savedAt ?? day(11, 1);
  return {
    id: `url:${clip.url}`,
    kind: clip.kind,
    clip,
    title: clip.title,
    sourceUrls: [clip.url],
    tags: opts.tags ?? [],
    savedAt,
    updatedAt: savedAt,
    extractorVersion: 1,
  };
}

interface JobOpts extends Common {
  status?: JobStatus;
  /** When the status was set; saved at `savedAt` first. */
  statusAt?: number;
  followUp?: string | null;
  notes?: string;
  posted?: string | null;
}

/** A job item from an amazon.jobs fixture, or from the n-th posting of the careers list. */
export function jobItem(source: 'jobs-detail-1324373' | 'jobs-detail-virtual' | { careers: number }, opts: JobOpts = {}): JobItem {
  const e = typeof source === 'string' ? expected(source) : (expected('science-careers').jobs as object[])[source.careers]!;
  const clip = jobClip(e as Expected);
  if (opts.posted !== undefined) clip.posted = opts.posted;
  const savedAt = opts.savedAt ?? day(11, 1);
  const status = opts.status ?? 'saved';
  const statusHistory: StatusChange[] = [{ status: 'saved', at: savedAt }];
  if (status !== 'saved') statusHistory.push({ status, at: opts.statusAt ?? savedAt });
  return {
    id: `job:${clip.jobId}`,
    kind: 'job',
    clip,
    title: clip.title ?? `Job ${clip.jobId}`,
    sourceUrls: [clip.url],
    tags: opts.tags ?? [],
    savedAt,
    updatedAt: savedAt,
    extractorVersion: 1,
    status,
    statusHistory,
    notes: opts.notes ?? '',
    followUp: opts.followUp ?? null,
  };
}

// --- a stand-in background --------------------------------------------------------------------

type Handler = (request: Request) => Promise<Reply<Request['type']>> | Reply<Request['type']>;

/**
 * Answers runtime messages with `handler` and records every request. The fake browser only
 * forwards a reply given through sendResponse, as Chrome's callback style does.
 */
export function fakeBackground(handler: Handler) {
  const requests: Request[] = [];
  fakeBrowser.runtime.onMessage.addListener(((message: Request, _sender: unknown, sendResponse: (r: unknown) => void) => {
    requests.push(message);
    Promise.resolve(handler(message)).then(sendResponse);
    return true;
  }) as never);
  return requests;
}
