// @vitest-environment node
import fc from 'fast-check';
import type { DBCore } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../../lib/background/handle-message';
import { ClipperDB } from '../../../lib/db/schema';
import type { ArticleClip, Job } from '../../../lib/types';
import { articleClip, fixtureHtml, postingJob } from '../db/clips';
import { expectProjected } from '../helpers/read-model';
import { checkProperty } from '../helpers/property';

// Issue 11, "What already holds": measured black-box in Chromium, kept here as tests of the
// background's message handling over fake-indexeddb, where no browser is needed.

vi.setConfig({ testTimeout: 60_000 });

const leino = articleClip('science-profile-leino');
const leinoHtml = fixtureHtml('science-profile-leino');
const path = new URL(leino.url).pathname;

/** 18 spellings of the profile's address as a visitor may reach it: one page, one item. */
const VARIANTS = [
  `https://www.amazon.science${path}`,
  `https://amazon.science${path}`,
  `https://www.amazon.science${path}/`,
  `https://amazon.science${path}/`,
  `https://www.amazon.science${path}#comments`,
  `https://amazon.science${path}#top`,
  ...[
    'utm_source=feed',
    'utm_medium=social',
    'utm_campaign=x',
    'fbclid=1',
    'gclid=2',
    'ref=home',
    'cmpid=7',
    'utm_source=a&utm_medium=b',
    'ref_=nav',
  ].map((query) => `https://www.amazon.science${path}?${query}`),
  `https://amazon.science${path}?utm_content=c`,
  `https://www.amazon.science${path}/?utm_term=t#x`,
  `https://WWW.Amazon.Science${path}`,
];

let db: ClipperDB;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
  db = new ClipperDB(`holds-${Math.random()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await new ClipperDB(db.name).delete();
});

const send = (message: unknown, database = db) => handleMessage(database, message, {});

/**
 * Stops "the worker" when the `at`-th transaction is asked for, wherever the burst of saves is
 * then: every transaction in flight is aborted, as when the browser kills the service worker,
 * and no other starts.
 */
function stopWorkerAt(database: ClipperDB, at: number): void {
  const live = new Set<IDBTransaction>();
  let started = 0;
  database.use({
    stack: 'dbcore',
    name: 'StoppedWorker',
    create: (down: DBCore): DBCore => ({
      ...down,
      transaction(stores, mode, options) {
        if (++started >= at) {
          for (const transaction of live) {
            try {
              transaction.abort();
            } catch {
              // Already committed.
            }
          }
          throw new Error('the worker was stopped');
        }
        const transaction = down.transaction(stores, mode, options) as unknown as IDBTransaction;
        live.add(transaction);
        return transaction as never;
      },
    }),
  });
}

function jobNumber(n: number): Job {
  const base = postingJob('jobs-detail-1324373');
  const jobId = String(30_000_000 + n);
  return { ...base, jobId, url: `https://www.amazon.jobs/en/jobs/${jobId}/job-${n}` };
}

function article(n: number): ArticleClip {
  return { ...leino, url: `https://www.amazon.science/blog/article-${n}`, title: `Article ${n}` };
}

describe('what already holds', () => {
  it('20 tabs saving one page at once make 1 item with all 18 visited addresses', async () => {
    expect(new Set(VARIANTS).size).toBe(18);
    const tabs = Array.from({ length: 20 }, (_, i) => VARIANTS[i % VARIANTS.length]!);
    const replies = await Promise.all(tabs.map((pageUrl) => send({ type: 'save-clip', clip: leino, pageUrl, html: leinoHtml })));
    expect(replies.every((reply) => reply.ok)).toBe(true);
    const items = await db.items.toArray();
    expect(items).toHaveLength(1);
    expect([...items[0]!.sourceUrls].sort()).toEqual([...VARIANTS].sort());
    expect(await db.snapshots.count()).toBe(1);
    await expectProjected(db);
  });

  it('20 different pages saved at once make 20 items', async () => {
    const replies = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => send({ type: 'save-clip', clip: article(i), pageUrl: article(i).url })),
      ...Array.from({ length: 10 }, (_, i) => send({ type: 'save-job', job: jobNumber(i), pageUrl: 'https://www.amazon.science/careers' })),
    ]);
    expect(replies.every((reply) => reply.ok)).toBe(true);
    expect(await db.items.count()).toBe(20);
    await expectProjected(db);
  });

  it('120 racing re-saves and tag edits lose nothing: every address visited and every tag set is kept', async () => {
    const clips = Array.from({ length: 10 }, (_, i) => article(i));
    for (const clip of clips) await send({ type: 'save-clip', clip, pageUrl: clip.url });
    const racing = clips.flatMap((clip, i) => [
      ...Array.from({ length: 6 }, (_, k) =>
        send({ type: 'save-clip', clip: { ...clip, dek: `take ${k}` }, pageUrl: `${clip.url}?utm_source=${k}` }),
      ),
      ...Array.from({ length: 6 }, () => send({ type: 'set-tags', itemId: `url:${clip.url}`, tags: [`kept ${i}`] })),
    ]);
    expect(racing).toHaveLength(120);
    expect((await Promise.all(racing)).every((reply) => reply.ok)).toBe(true);
    for (const [i, clip] of clips.entries()) {
      const item = (await db.items.get(`url:${clip.url}`))!;
      expect(item.tags).toEqual([`kept ${i}`]);
      expect(item.sourceUrls).toEqual(
        expect.arrayContaining([clip.url, ...Array.from({ length: 6 }, (_, k) => `${clip.url}?utm_source=${k}`)]),
      );
    }
    await expectProjected(db);
  });

  it.each([3, 40, 100])(
    'the worker stopped at transaction %i of a burst of 120 saves: no "Saved" unless whole, and every retry saves',
    async (at) => {
      const clips = Array.from({ length: 120 }, (_, i) => (i % 2 ? article(i) : jobNumber(i)));
      const message = (clip: ArticleClip | Job) => ({
        type: 'save-clip',
        clip,
        pageUrl: clip.url,
        ...(clip.kind === 'job' ? {} : { html: leinoHtml }),
      });
      stopWorkerAt(db, at);
      const replies = await Promise.all(clips.map((clip) => send(message(clip))));
      const saved = clips.filter((_, i) => replies[i]!.ok);
      const failed = clips.filter((_, i) => !replies[i]!.ok);
      expect(failed.length).toBeGreaterThan(0);

      // The next start: a new connection finds every "Saved" item whole, and nothing half-written.
      const restarted = new ClipperDB(db.name);
      const items = await restarted.items.toArray();
      expect(items.map((item) => item.id).sort()).toEqual(
        saved.map((clip) => (clip.kind === 'job' ? `job:${clip.jobId}` : `url:${clip.url}`)).sort(),
      );
      const articles = saved.filter((clip) => clip.kind !== 'job').map((clip) => `url:${clip.url}`);
      expect((await restarted.snapshots.toCollection().primaryKeys()).sort()).toEqual(articles.sort());
      await expectProjected(restarted);

      // Every failed save, sent again (as lib/background-call.ts does once), is saved.
      const retried = await Promise.all(failed.map((clip) => send(message(clip), restarted)));
      expect(retried.every((reply) => reply.ok)).toBe(true);
      expect(await restarted.items.count()).toBe(120);
      await expectProjected(restarted);
      restarted.close();
    },
  );

  it('malformed and hostile messages are all refused, and the database is unchanged', async () => {
    await send({ type: 'save-clip', clip: leino, pageUrl: leino.url, html: leinoHtml });
    const before = JSON.stringify(await db.items.toArray());
    const hostile = [
      { type: 'save-clip', clip: { ...leino, url: 'https://evil.example/blog/x' }, pageUrl: leino.url },
      { type: 'save-clip', clip: leino, pageUrl: 'javascript:alert(1)' },
      { type: 'save-clip', clip: leino, pageUrl: 'http://www.amazon.science/blog/x' },
      { type: 'save-clip', clip: { ...leino, hero: { ...leino.hero!, src: 'javascript:alert(1)' } }, pageUrl: leino.url },
      { type: 'save-clip', clip: { ...leino, hero: { ...leino.hero!, src: 'https://tracker.example/pixel.gif' } }, pageUrl: leino.url },
      { type: 'save-job', job: { ...jobNumber(1), url: 'javascript:alert(1)' }, pageUrl: leino.url },
      { type: 'save-job', job: { ...jobNumber(1), applyUrl: 'javascript:alert(1)' }, pageUrl: leino.url },
      { type: 'save-job', job: jobNumber(1), pageUrl: 'https://user:pass@www.amazon.science/x' },
      { type: 'save-job', job: { ...jobNumber(1), url: 'https://www.amazon.jobs:8443/en/jobs/1' }, pageUrl: leino.url },
    ];
    for (const message of hostile) expect(await send(message)).toMatchObject({ ok: false });
    // Junk of every shape, and valid messages with one field replaced by junk.
    const valid = { type: 'save-clip', clip: leino, pageUrl: leino.url };
    const junk = fc.oneof(fc.anything(), fc.constantFrom('javascript:alert(1)', -1, null, [], {}, '', 'x'.repeat(9_000)));
    const messages = fc.oneof(
      fc.anything(),
      fc.record({
        type: fc.constantFrom('save-clip', 'save-job', 'set-tags', 'delete-items', 'bulk-tag'),
        itemId: junk,
        tags: junk,
        clip: junk,
        job: junk,
        pageUrl: junk,
      }),
      fc.tuple(fc.constantFrom(...Object.keys(leino)), junk).map(([key, value]) => ({ ...valid, clip: { ...leino, [key]: value } })),
    );
    let refused = 0;
    await checkProperty(
      fc.asyncProperty(messages, async (message) => {
        const reply = await send(message);
        // A replaced field can happen to be valid again (a string for the title): those are saves of the same page.
        if (!reply.ok) refused++;
      }),
      { numRuns: 600 },
    );
    expect(refused).toBeGreaterThan(500);
    const after = await db.items.toArray();
    expect(after).toHaveLength(1);
    const { sourceUrls: _s, updatedAt: _u, clip: _c, title: _t, ...kept } = after[0]!;
    const { sourceUrls: _s0, updatedAt: _u0, clip: _c0, title: _t0, ...keptBefore } = JSON.parse(before)[0];
    expect(kept).toEqual(keptBefore);
    for (const url of after[0]!.sourceUrls) expect(url).toMatch(/^https:\/\/(www\.)?amazon\.science\//);
  });
});
