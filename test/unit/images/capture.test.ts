// @vitest-environment node
// Node, not jsdom: captureImages runs in the background service worker, where there is no DOM.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClipperDB, type ArticleItem } from '../../../lib/db/schema';
import { captureImages, MAX_IMAGE_BYTES, MAX_IMAGES_PER_ITEM, MAX_ITEM_IMAGE_BYTES, releaseImages } from '../../../lib/images/capture';
import type { ArticleClip } from '../../../lib/types';
import { articleClip } from '../helpers/content-fakes';

const PAGE = 'https://www.amazon.science/working-at-amazon/someone';
const HERO = 'https://assets.amazon.science/dims4/default/1/hero.jpg?url=a%2Fb.jpg';
const FIGURE = 'https://cdn.amazon.science/figure.png';
const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_HEAD = [0xff, 0xd8, 0xff, 0xe0];

function image(head: number[], size = 64): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  bytes.set(head);
  return bytes;
}

function clip(html: string, heroSrc: string | null = HERO): ArticleClip {
  return articleClip({
    url: PAGE,
    title: 'Someone',
    html,
    hero: heroSrc ? { src: heroSrc, alt: null, caption: null, credit: null } : null,
  });
}

function item(id: string, c: ArticleClip): ArticleItem {
  return { id, kind: c.kind, clip: c, sourceUrls: [c.url], tags: ['mine'], savedAt: 1, updatedAt: 1, extractorVersion: 1, title: c.title };
}

/** A fetch that serves `files` by address and records every address asked for. */
function server(files: Record<string, Uint8Array<ArrayBuffer> | (() => Response)>) {
  const asked: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL) => {
    const url = String(input);
    asked.push(url);
    const file = files[url];
    if (!file) return new Response('not found', { status: 404 });
    return typeof file === 'function' ? file() : new Response(file, { headers: { 'content-type': 'image/whatever' } });
  }) as typeof fetch;
  return { asked, fetchImpl };
}

let db: ClipperDB;
let dbCount = 0;
beforeEach(() => {
  db = new ClipperDB(`images-test-${++dbCount}`);
});
afterEach(async () => {
  await db.delete();
});

async function save(id: string, c: ArticleClip, fetchImpl: typeof fetch) {
  await db.items.put(item(id, c));
  return captureImages(db, id, c, fetchImpl);
}

describe('captureImages', () => {
  it('stores the hero and the body images as blobs typed from their bytes', async () => {
    const { fetchImpl } = server({ [HERO]: image(JPEG_HEAD), [FIGURE]: image(PNG_HEAD, 100) });
    const report = await save('url:a', clip(`<p>x</p><figure><img src="${FIGURE}" alt="f"></figure>`), fetchImpl);
    expect(report).toEqual({ stored: 2, missing: 0, downloaded: 164 });
    const hero = await db.images.get(HERO);
    expect(hero).toMatchObject({ status: 'ok', itemIds: ['url:a'], bytes: 64, type: 'image/jpeg' });
    expect(hero!.blob!.type).toBe('image/jpeg');
    expect(new Uint8Array(await hero!.blob!.arrayBuffer())).toEqual(image(JPEG_HEAD));
    expect(await db.images.get(FIGURE)).toMatchObject({ status: 'ok', type: 'image/png', bytes: 100 });
  });

  it('resolves relative and entity-encoded body addresses against the page', async () => {
    const absolute = 'https://www.amazon.science/img/a.png?w=1&h=2';
    const { fetchImpl, asked } = server({ [absolute]: image(PNG_HEAD) });
    await save('url:a', clip('<img src="/img/a.png?w=1&amp;h=2">', null), fetchImpl);
    expect(asked).toEqual([absolute]);
    expect(await db.images.get(absolute)).toMatchObject({ status: 'ok' });
  });

  it('fetches only from the amazon.science image hosts over https, and records the others as missing', async () => {
    const blocked = [
      'https://evil.example/x.png',
      'http://cdn.amazon.science/plain-http.png',
      'https://cdn.amazon.science.evil.example/x.png',
      'https://cdn.amazon.science:8443/x.png',
      'https://user@cdn.amazon.science/x.png',
      'data:image/png;base64,iVBORw0KGgo=',
      'javascript:alert(1)',
    ];
    const { fetchImpl, asked } = server({ [FIGURE]: image(PNG_HEAD) });
    const html = [...blocked, FIGURE].map((src) => `<img src="${src}">`).join('');
    const report = await save('url:a', clip(html, null), fetchImpl);
    expect(asked).toEqual([FIGURE]);
    expect(report).toMatchObject({ stored: 1, missing: blocked.length });
    for (const src of blocked) expect((await db.images.get(new URL(src).href))?.status).toBe('missing');
  });

  it('marks an image missing when the server redirects it to another host', async () => {
    const redirected = () => {
      const response = new Response(image(PNG_HEAD));
      Object.defineProperty(response, 'url', { value: 'https://tracker.example/x.png' });
      return response;
    };
    const { fetchImpl } = server({ [FIGURE]: redirected });
    expect(await save('url:a', clip(`<img src="${FIGURE}">`, null), fetchImpl)).toMatchObject({ stored: 0, missing: 1 });
  });

  it('never fails the save: network errors, 404s and non-images are recorded as missing', async () => {
    const html = `<img src="${FIGURE}"><img src="https://cdn.amazon.science/page.html"><img src="https://cdn.amazon.science/logo.svg">`;
    const fetchImpl = (async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url === FIGURE) throw new TypeError('Failed to fetch');
      if (url.endsWith('.html')) return new Response('<script>alert(1)</script>', { headers: { 'content-type': 'image/png' } });
      if (url.endsWith('.svg')) return new Response('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
      return new Response('gone', { status: 404 });
    }) as typeof fetch;
    const report = await save('url:a', clip(html), fetchImpl);
    expect(report).toEqual({ stored: 0, missing: 4, downloaded: 0 });
    const rows = await db.images.toArray();
    expect(rows.map((r) => [r.status, r.blob, r.bytes])).toEqual(Array(4).fill(['missing', null, 0]));
    expect((await db.items.get('url:a'))?.tags).toEqual(['mine']);
  });

  it('drops an image over the per-image cap, whether or not the server announces its size', async () => {
    const big = image(PNG_HEAD, MAX_IMAGE_BYTES + 1);
    const atCap = image(PNG_HEAD, MAX_IMAGE_BYTES);
    let pulled = 0;
    const unannounced = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            pulled++;
            controller.enqueue(new Uint8Array(1024 * 1024));
          },
        }),
      );
    const { fetchImpl } = server({
      'https://cdn.amazon.science/big.png': big,
      'https://cdn.amazon.science/at-cap.png': atCap,
      'https://cdn.amazon.science/endless.png': unannounced,
    });
    const html = ['big', 'at-cap', 'endless'].map((n) => `<img src="https://cdn.amazon.science/${n}.png">`).join('');
    const report = await save('url:a', clip(html, null), fetchImpl);
    expect(report).toEqual({ stored: 1, missing: 2, downloaded: MAX_IMAGE_BYTES });
    expect((await db.images.get('https://cdn.amazon.science/at-cap.png'))?.bytes).toBe(MAX_IMAGE_BYTES);
    expect((await db.images.get('https://cdn.amazon.science/big.png'))?.status).toBe('missing');
    // The endless body was abandoned just past the cap instead of being read to the end.
    expect(pulled).toBeLessThanOrEqual(MAX_IMAGE_BYTES / (1024 * 1024) + 2);
  });

  it('refuses a body whose announced size is over the cap', async () => {
    // The body itself is small: only the Content-Length header can make this image missing.
    const announced = () => new Response(image(PNG_HEAD), { headers: { 'content-length': String(MAX_IMAGE_BYTES + 1) } });
    const { fetchImpl } = server({ [FIGURE]: announced });
    expect(await save('url:a', clip(`<img src="${FIGURE}">`, null), fetchImpl)).toMatchObject({ stored: 0, missing: 1 });
  });

  it('stops downloading once the item has used its total budget', async () => {
    const size = 4 * 1024 * 1024;
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`https://cdn.amazon.science/${i}.png`, image(PNG_HEAD, size)]));
    const { fetchImpl, asked } = server(files);
    const html = Object.keys(files)
      .map((src) => `<img src="${src}">`)
      .join('');
    const report = await save('url:a', clip(html, null), fetchImpl);
    const fit = Math.floor(MAX_ITEM_IMAGE_BYTES / size);
    expect(report).toEqual({ stored: fit, missing: 6 - fit, downloaded: fit * size });
    expect(asked).toHaveLength(fit);
  });

  it('records at most MAX_IMAGES_PER_ITEM images of one clip', async () => {
    const html = Array.from({ length: MAX_IMAGES_PER_ITEM + 5 }, (_, i) => `<img src="https://evil.example/${i}.png">`).join('');
    await save('url:a', clip(html, null), server({}).fetchImpl);
    expect(await db.images.count()).toBe(MAX_IMAGES_PER_ITEM);
  });

  it('keeps one row for an image used by two items, fetched once', async () => {
    const { fetchImpl, asked } = server({ [HERO]: image(JPEG_HEAD) });
    await save('url:a', clip('<p>a</p>'), fetchImpl);
    const report = await save('url:b', clip(`<img src="${HERO}">`, HERO), fetchImpl);
    expect(asked).toEqual([HERO]);
    expect(report).toEqual({ stored: 1, missing: 0, downloaded: 0 });
    expect(await db.images.count()).toBe(1);
    expect((await db.images.get(HERO))?.itemIds).toEqual(['url:a', 'url:b']);
  });

  it('tries a missing image again when a later save uses it', async () => {
    let up = false;
    const fetchImpl = (async () => (up ? new Response(image(PNG_HEAD)) : new Response('', { status: 503 }))) as typeof fetch;
    await save('url:a', clip(`<img src="${FIGURE}">`, null), fetchImpl);
    expect((await db.images.get(FIGURE))?.status).toBe('missing');
    up = true;
    await save('url:b', clip(`<img src="${FIGURE}">`, null), fetchImpl);
    expect(await db.images.get(FIGURE)).toMatchObject({ status: 'ok', itemIds: ['url:a', 'url:b'] });
  });

  it('unlinks the images a re-extracted clip no longer has, and deletes those nobody uses', async () => {
    const { fetchImpl } = server({ [HERO]: image(JPEG_HEAD), [FIGURE]: image(PNG_HEAD) });
    await save('url:a', clip(`<img src="${FIGURE}">`), fetchImpl);
    await save('url:b', clip('<p>b</p>'), fetchImpl);
    await save('url:a', clip('<p>figure gone</p>', null), fetchImpl);
    expect(await db.images.get(FIGURE)).toBeUndefined();
    expect((await db.images.get(HERO))?.itemIds).toEqual(['url:b']);
  });

  it('releases the images of an item deleted while they were downloading', async () => {
    const c = clip('<p>a</p>');
    const fetchImpl = (async () => {
      await db.items.delete('url:a');
      return new Response(image(JPEG_HEAD));
    }) as typeof fetch;
    await save('url:a', c, fetchImpl);
    expect(await db.images.count()).toBe(0);
  });
});

describe('releaseImages', () => {
  it('drops the deleted items from shared rows and removes orphaned rows', async () => {
    const { fetchImpl } = server({ [HERO]: image(JPEG_HEAD), [FIGURE]: image(PNG_HEAD) });
    await save('url:a', clip(`<img src="${FIGURE}">`), fetchImpl);
    await save('url:b', clip('<p>b</p>'), fetchImpl);
    await releaseImages(db, ['url:a']);
    expect(await db.images.toArray()).toMatchObject([{ src: HERO, itemIds: ['url:b'] }]);
  });
});
