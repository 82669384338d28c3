import { Blob as NodeBlob } from 'node:buffer';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveClip } from '../../../lib/db/items';
import type { ClipperDB } from '../../../lib/db/schema';
import { gzipText, readSnapshot } from '../../../lib/db/snapshots';
import { articleClip, expected, fixtureHtml, freshDb } from './clips';

const leino = articleClip('science-profile-leino');
const visited = expected('science-profile-leino')._source;
const html = fixtureHtml('science-profile-leino');
const id = `url:${leino.url}`;

let db: ClipperDB;
beforeEach(() => {
  db = freshDb();
});

describe('snapshots', () => {
  it('keeps the page HTML gzipped and gives it back unchanged', async () => {
    await saveClip(db, leino, visited, { html, now: 5 });
    const row = await db.snapshots.get(id);
    expect(row).toMatchObject({ itemId: id, url: visited, capturedAt: 5 });
    expect((row!.gzip as Uint8Array).byteLength).toBeLessThan(new TextEncoder().encode(html).length / 2);
    expect(await readSnapshot(id, db)).toBe(html);
  });

  it('replaces the snapshot on a re-save with HTML, and keeps it on one without', async () => {
    await saveClip(db, leino, visited, { html: '<p>first</p>' });
    await saveClip(db, leino, visited, { html: '<p>second</p>' });
    await saveClip(db, leino, visited);
    expect(await readSnapshot(id, db)).toBe('<p>second</p>');
  });

  it('reads back a snapshot of database version 1, kept as a Blob', async () => {
    await db.snapshots.put({ itemId: id, url: visited, capturedAt: 1, gzip: new NodeBlob([await gzipText(html)]) as Blob });
    expect(await readSnapshot(id, db)).toBe(html);
  });

  it('is null for an item saved without HTML', async () => {
    await saveClip(db, leino, visited);
    expect(await readSnapshot(id, db)).toBeNull();
  });
});
