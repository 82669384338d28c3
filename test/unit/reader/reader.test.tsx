import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Reader } from '../../../components/reader/Reader';
import { db } from '../../../lib/db';
import { saveClip, setStatus } from '../../../lib/db/items';
import { extractPage } from '../../../lib/extract/registry';
import { imageKey } from '../../../lib/images/sources';
import { textSizeStep, TEXT_SIZES } from '../../../lib/reader/prefs';
import type { ArticleClip, Job } from '../../../lib/types';
import { readerFixture } from './fixtures';

function stored(name: string): ArticleClip {
  const fixture = readerFixture(name);
  const clip = extractPage(fixture.document(), new URL(fixture.source));
  if (clip.kind !== 'article' && clip.kind !== 'profile') throw new Error(`${name} read as ${clip.kind}`);
  return clip;
}

const objectUrls = new Map<string, Blob>();
let container: HTMLElement;
let root: Root;

beforeAll(() => {
  // jsdom has no object URLs; these stand in for them and let the test see which blob is shown.
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:chrome-extension://reader-test/${objectUrls.size + 1}`;
    objectUrls.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  // jsdom does not decode images; the reader waits for decoding before restoring the position.
  HTMLImageElement.prototype.decode = () => Promise.resolve();
});
afterAll(() => vi.restoreAllMocks());

beforeEach(async () => {
  fakeBrowser.reset();
  await Promise.all([db.items.clear(), db.images.clear(), db.snapshots.clear()]);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

async function open(itemId: string | null) {
  await act(async () => root.render(<Reader itemId={itemId} />));
}

/** Waits, letting Dexie's live queries settle, until `find` returns something. */
async function waitFor<T>(find: () => T | null | undefined, what: string): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = find();
    if (found) return found;
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  throw new Error(`never appeared: ${what}\n${container.innerHTML.slice(0, 2000)}`);
}

const text = () => container.textContent ?? '';

describe('Reader', () => {
  it('shows a saved profile: title, dek, person card, hero from its stored blob, body and research areas', async () => {
    const clip = stored('science-profile-leino');
    const item = await saveClip(db, clip, clip.url);
    const heroBlob = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
    await db.images.put({
      src: imageKey(clip.hero!.src!, clip.url)!,
      itemIds: [item.id],
      status: 'ok',
      blob: heroBlob,
      bytes: 4,
      type: 'image/png',
    });
    await open(item.id);

    const h1 = await waitFor(() => container.querySelector('h1'), 'title');
    expect(h1.textContent).toBe('Rustan Leino provides proof that software is bug-free');
    expect(text()).toContain(clip.dek!);
    const card = container.querySelector('[aria-label="About Rustan Leino"]')!;
    expect(card.textContent).toContain('senior principal applied scientist');
    expect(card.textContent).toContain('Automated Reasoning Group');
    expect(card.textContent).toContain('Amazon Web Services');
    const hero = await waitFor(() => container.querySelector<HTMLImageElement>('.reader-hero img'), 'hero image');
    // The stored blob is shown through an object URL made for it (jsdom's IndexedDB does not clone Blob contents).
    expect(objectUrls.has(hero.getAttribute('src')!)).toBe(true);
    expect(hero.alt).toBe(clip.hero!.alt);
    expect(text()).toContain('In Rustan Leino’s ideal world, computer software always works as intended.');
    expect(container.querySelector('.reader-body blockquote')?.textContent).toBe(clip.pullQuotes[0]!.text);
    expect([...container.querySelectorAll('.reader-labels li')].map((li) => li.textContent)).toEqual(['Automated reasoning']);
    expect(document.title).toBe(`${clip.title} – Science Clipper`);
  });

  it('shows a placeholder for a body image that was not stored, and requests no remote image', async () => {
    const clip = stored('science-profile-leino');
    const item = await saveClip(db, clip, clip.url);
    // The background has finished with the pictures (none could be had): they are not saved, not coming.
    await db.pendingImages.delete(item.id);
    await open(item.id);
    await waitFor(() => container.querySelector('.reader-body p'), 'body');
    expect(container.querySelector('.reader-hero-missing')?.getAttribute('aria-label')).toBe(`Image not saved: ${clip.hero!.alt}`);
    expect(container.querySelector('.reader-body .reader-image-missing')).not.toBeNull();
    for (const img of container.querySelectorAll('img')) expect(img.getAttribute('src')).toMatch(/^blob:/);
  });

  it('sets an interview out as questions and answers', async () => {
    const clip = stored('science-qa-rastogi');
    const item = await saveClip(db, clip, clip.url);
    await open(item.id);
    await waitFor(() => container.querySelectorAll('.qa-question').length === 3, 'three questions');
    const first = container.querySelector('.qa-question')!;
    expect(first.textContent).toContain(clip.qa[0]!.q);
    expect(first.nextElementSibling!.classList.contains('qa-answer')).toBe(true);
    expect(first.hasAttribute('data-section')).toBe(true);
    expect(container.querySelector('.reader-interview')).toBeNull();
  });

  it('links a saved job card to the jobs board with its status, and the others to their postings', async () => {
    const clip = stored('science-profile-leino');
    const item = await saveClip(db, clip, clip.url);
    const card: Job = clip.jobs[0]!;
    const job = await saveClip(db, card, clip.url);
    await setStatus(db, job.id, 'applied');
    await open(item.id);

    const saved = await waitFor(() => container.querySelector('.reader-job-saved'), 'saved job');
    expect(saved.querySelector('a')!.getAttribute('href')).toBe(`/jobs.html#${encodeURIComponent(job.id)}`);
    expect(saved.textContent).toContain('Applied');
    const others = [...container.querySelectorAll('.reader-job:not(.reader-job-saved)')];
    expect(others).toHaveLength(clip.jobs.length - 1);
    expect(others[0]!.querySelector('a')!.getAttribute('href')).toBe(clip.jobs[1]!.url);
    expect(others[0]!.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('changes the text size with A+ and the keyboard, and keeps it in storage', async () => {
    const clip = stored('science-blog-overfit');
    const item = await saveClip(db, clip, clip.url);
    await open(item.id);
    const article = await waitFor(() => container.querySelector<HTMLElement>('.reader-article'), 'article');
    const size = () => article.style.getPropertyValue('--reader-size');
    expect(size()).toBe(`${TEXT_SIZES[2]}px`);
    await act(async () => [...container.querySelectorAll('button')].find((b) => b.textContent?.includes('Larger text'))!.click());
    expect(size()).toBe(`${TEXT_SIZES[3]}px`);
    await act(async () => window.dispatchEvent(new KeyboardEvent('keydown', { key: '-' })));
    await act(async () => window.dispatchEvent(new KeyboardEvent('keydown', { key: '-' })));
    expect(size()).toBe(`${TEXT_SIZES[1]}px`);
    expect(await textSizeStep.getValue()).toBe(1);
  });

  it('says so when the address names no item, an unknown item, or a job', async () => {
    await open(null);
    expect(text()).toContain('No item to show');

    await open('url:https://www.amazon.science/blog/deleted');
    await waitFor(() => text().includes('This item is not in your library') || null, 'not-found state');

    const job = await saveClip(db, stored('science-profile-leino').jobs[0]!, 'https://www.amazon.science/careers');
    await open(job.id);
    await waitFor(() => text().includes('Job postings open on the jobs board') || null, 'job state');
  });
});
