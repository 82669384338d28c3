import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../../lib/background/handle-message';
import { ClipperDB } from '../../../lib/db/schema';
import { extractPage } from '../../../lib/extract/registry';
import { articleDate, bylineParts, namesList } from '../../../lib/reader/format';
import { ANSWER_CLASS, markInterview, QUESTION_CLASS } from '../../../lib/reader/interview';
import { jobsBoardPath, readerItemId, readerPath } from '../../../lib/reader/links';
import { clampStep, forgetPositions, loadPosition, savePosition, scrollFraction, TEXT_SIZES } from '../../../lib/reader/prefs';
import { PULL_QUOTE_CLASS, placePullQuotes } from '../../../lib/reader/pull-quotes';
import { reextractSummary } from '../../../lib/reader/reextract-summary';
import { sectionTarget } from '../../../lib/reader/sections';
import type { ArticleClip } from '../../../lib/types';
import { readerFixture } from './fixtures';

function stored(name: string): ArticleClip {
  const fixture = readerFixture(name);
  const clip = extractPage(fixture.document(), new URL(fixture.source));
  if (clip.kind !== 'article' && clip.kind !== 'profile') throw new Error(`${name} read as ${clip.kind}`);
  return clip;
}

function bodyOf(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('markInterview', () => {
  it('finds the three questions of the Rastogi interview and marks the paragraphs that answer them', () => {
    const clip = stored('science-qa-rastogi');
    const root = bodyOf(clip.html);
    expect(markInterview(root, clip.qa)).toBe(3);
    // The reader shows its own question mark-up, so the page's "Q." goes.
    const questions = [...root.querySelectorAll(`.${QUESTION_CLASS}`)].map((q) => q.textContent);
    expect(questions).toEqual(clip.qa.map((pair) => pair.q));
    const firstAnswer = root.querySelector(`.${QUESTION_CLASS} + .${ANSWER_CLASS}`)!;
    expect(clip.qa[0]!.a.startsWith(firstAnswer.textContent!.trim().slice(0, 60))).toBe(true);
    // The introduction, before the first question, is not an answer.
    expect(root.firstElementChild!.classList.contains(ANSWER_CLASS)).toBe(false);
  });

  it('ends an answer at the next heading', () => {
    const root = bodyOf('<p><strong>Q: Why?</strong></p><p>Because.</p><h2>Next part</h2><p>Other text.</p>');
    expect(markInterview(root, [{ q: 'Why?', a: 'Because.' }])).toBe(1);
    expect([...root.children].map((el) => el.className)).toEqual([QUESTION_CLASS, ANSWER_CLASS, '', '']);
  });

  it('marks nothing on an article without an interview', () => {
    const clip = stored('science-profile-leino');
    const root = bodyOf(clip.html);
    expect(markInterview(root, clip.qa)).toBe(0);
    expect(root.querySelector(`.${QUESTION_CLASS}, .${ANSWER_CLASS}`)).toBeNull();
  });
});

describe('sectionTarget', () => {
  const offsets = [-300, -2, 3, 250, 900];
  it('goes to the first section below the reading line, ignoring the one already at it', () => {
    expect(sectionTarget(offsets, 1)).toBe(3);
  });
  it('goes back to the last section above the reading line', () => {
    expect(sectionTarget(offsets, -1)).toBe(0);
  });
  it('has nowhere to go past the ends', () => {
    expect(sectionTarget([-50, -10], 1)).toBeNull();
    expect(sectionTarget([0, 40], -1)).toBeNull();
  });
});

describe('reader links', () => {
  it('round-trips an item id through the reader address', () => {
    const id = 'url:https://www.amazon.science/blog/a?b=1&c=2';
    const path = readerPath(id);
    expect(path.startsWith('/reader.html?id=')).toBe(true);
    expect(readerItemId(new URL(path, 'chrome-extension://x').search)).toBe(id);
  });
  it('names no item for a missing or blank id', () => {
    expect(readerItemId('')).toBeNull();
    expect(readerItemId('?id=%20')).toBeNull();
  });
  it('links a saved job to its card on the jobs board', () => {
    expect(jobsBoardPath('job:10512634')).toBe('/jobs.html#job%3A10512634');
  });
});

describe('byline', () => {
  it('writes the date as the site does and joins authors in prose', () => {
    expect(articleDate('2026-09-10')).toBe('September 10, 2026');
    expect(articleDate('2026-13-01')).toBe('');
    expect(articleDate(null)).toBe('');
    expect(namesList(['A', 'B', 'C'])).toBe('A, B and C');
    expect(bylineParts(stored('science-blog-overfit'))).toEqual([
      'By Martin Bertran Lopez and Aaron Roth',
      'September 10, 2026',
      '11 min read',
    ]);
  });
});

describe('reader settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the text size step inside the available sizes', () => {
    expect(clampStep(0, -1)).toBe(0);
    expect(clampStep(TEXT_SIZES.length - 1, 1)).toBe(TEXT_SIZES.length - 1);
    expect(clampStep(2, 1)).toBe(3);
    expect(clampStep(99)).toBe(clampStep(Number.NaN));
  });

  it('remembers the reading position per item and forgets it for deleted items', async () => {
    await savePosition('url:a', 0.42, 1000);
    await savePosition('url:b', 2, 1000);
    expect(await loadPosition('url:a')).toEqual({ fraction: 0.42, at: 1000 });
    expect((await loadPosition('url:b'))?.fraction).toBe(1);
    expect(await loadPosition('url:never')).toBeNull();
    await forgetPositions(['url:a']);
    expect(await loadPosition('url:a')).toBeNull();
    expect(await loadPosition('url:b')).not.toBeNull();
  });

  it('measures the position as a fraction of what can be scrolled', () => {
    expect(scrollFraction(500, 3000, 1000)).toBe(0.25);
    expect(scrollFraction(0, 800, 1000)).toBe(0);
  });
});

describe('placePullQuotes', () => {
  it('sets the Leino pull quote apart right after the paragraph it repeats, with its attribution', () => {
    const clip = stored('science-profile-leino');
    const root = bodyOf(clip.html);
    expect(placePullQuotes(root, clip.pullQuotes)).toBe(1);
    const figure = root.querySelector(`.${PULL_QUOTE_CLASS}`)!;
    expect(figure.previousElementSibling!.textContent).toContain('moved the needle');
    expect(figure.querySelector('blockquote')!.textContent).toBe(clip.pullQuotes[0]!.text);
    expect(figure.querySelector('figcaption')!.textContent).toBe('Rustan Leino');
  });

  it('puts a quote that repeats no paragraph a third of the way in, as text', () => {
    const root = bodyOf('<p>one</p><p>two</p><p>three</p><p>four</p><p>five</p><p>six</p>');
    placePullQuotes(root, [{ text: '<img src=x onerror=alert(1)>', by: null }]);
    expect(root.children[3]!.className).toBe(PULL_QUOTE_CLASS);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('figcaption')).toBeNull();
  });

  it('does not repeat a quote the body already shows', () => {
    const root = bodyOf('<p>Intro.</p><blockquote><p>“Science, made plain.”</p></blockquote>');
    expect(placePullQuotes(root, [{ text: 'Science, made plain.', by: 'A' }])).toBe(0);
  });

  it('keeps the Rastogi pull quote inside the interview answer it belongs to', () => {
    const clip = stored('science-qa-rastogi');
    const root = bodyOf(clip.html);
    placePullQuotes(root, clip.pullQuotes);
    markInterview(root, clip.qa);
    expect(root.querySelector(`.${PULL_QUOTE_CLASS}`)!.classList.contains(ANSWER_CLASS)).toBe(true);
  });
});

describe('reextractSummary', () => {
  const counts = { updated: 0, unchanged: 0, 'no-snapshot': 0, 'not-an-article': 0, failed: 0 };
  it('says what happened to each item, leaving out what did not happen', () => {
    expect(reextractSummary({ total: 12, counts: { ...counts, updated: 3, unchanged: 8, 'no-snapshot': 1 }, failures: [] })).toBe(
      '12 articles and profiles: 3 updated, 8 already up to date, 1 without a saved page.',
    );
    expect(reextractSummary({ total: 1, counts: { ...counts, failed: 1 }, failures: [] })).toBe('1 article or profile: 1 failed.');
    expect(reextractSummary({ total: 0, counts, failures: [] })).toBe('There are no saved articles or profiles to re-extract.');
  });
});

describe('deleting items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('forgets their reading positions', async () => {
    const db = new ClipperDB('positions-test');
    await savePosition('url:gone', 0.5);
    await savePosition('url:kept', 0.5);
    const reply = await handleMessage(db, { type: 'delete-items', itemIds: ['url:gone'] }, {});
    expect(reply.ok).toBe(true);
    expect(await loadPosition('url:gone')).toBeNull();
    expect(await loadPosition('url:kept')).not.toBeNull();
    await db.delete();
  });
});
