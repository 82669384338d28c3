// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { READ_MODEL_KEY } from '../../../lib/db/meta';
import { READ_MODEL_VERSION } from '../../../lib/db/read-model/repair';
import { ClipperDB, DB_VERSION, UpgradeElsewhere } from '../../../lib/db/schema';
import { libraryGate } from '../../../lib/db/library-ready';
import { dumpFrom, restoreInto, storeOf, type DatabaseDump } from '../../e2e/upgrade/profile-dump';
import { expectProjected } from '../helpers/read-model';

// Issue 11, points 5 and 9: a database of the previous version (2), as the build before this
// one wrote it (test/e2e/upgrade/profile-v2.json), is upgraded by the background only; every
// item, snapshot and image comes through unchanged and the read model is rebuilt from the items.

const PROFILE = JSON.parse(readFileSync(join(import.meta.dirname, '../../e2e/upgrade/profile-v2.json'), 'utf8')) as DatabaseDump;
const KEPT = ['items', 'snapshots', 'images'];

let name: string;
const opened: ClipperDB[] = [];
beforeEach(async () => {
  name = `upgrade-${Math.random()}`;
  await restoreInto({ name, dump: PROFILE });
});
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await new ClipperDB(name).delete();
});

function open(options?: ConstructorParameters<typeof ClipperDB>[1]): ClipperDB {
  const db = new ClipperDB(name, options);
  opened.push(db);
  return db;
}

async function versionOf(database: string): Promise<number | undefined> {
  return (await indexedDB.databases()).find((info) => info.name === database)?.version;
}

describe('the upgrade from version 2', () => {
  test('keeps every item, snapshot and image exactly, and rebuilds the read model from the items', async () => {
    expect(PROFILE.version).toBe(20);
    const db = open();
    await db.open();
    db.close();
    const after = await dumpFrom(name);
    expect(after.version).toBe(DB_VERSION * 10);
    for (const store of KEPT) expect(storeOf(after, store).rows).toEqual(storeOf(PROFILE, store).rows);
    expect(storeOf(after, 'items').rows).toHaveLength(6);
    expect(after.stores.map((s) => s.name).sort()).toEqual([
      'cardPages',
      'cardStaging',
      'images',
      'items',
      'meta',
      'pageSummaries',
      'pendingImages',
      'recent',
      'snapshots',
    ]);
    const reopened = open();
    await expectProjected(reopened);
    expect(await reopened.meta.get(READ_MODEL_KEY)).toMatchObject({ version: READ_MODEL_VERSION });
    // The user's own fields, item by item.
    const job = await reopened.items.get('job:1324373');
    expect(job).toMatchObject({
      tags: ['dream job'],
      status: 'interviewing',
      notes: 'Phone screen with the hiring manager.\nAsk about the team.',
      followUp: '2026-12-01',
    });
    expect(job?.kind === 'job' && job.statusHistory.map((change) => change.status)).toEqual(['saved', 'applied', 'interviewing']);
  });

  test('an extension page never upgrades it: its connection fails and the database stays as it was', async () => {
    const page = open({ upgrades: false });
    await expect(page.open()).rejects.toSatisfy(
      (error) => error instanceof UpgradeElsewhere || (error as { inner?: unknown }).inner instanceof UpgradeElsewhere,
    );
    page.close();
    expect(await versionOf(name)).toBe(20);
    const after = await dumpFrom(name);
    for (const store of PROFILE.stores) expect(storeOf(after, store.name).rows).toEqual(store.rows);
  });

  test('nor does a page create a library that does not exist', async () => {
    const fresh = `absent-${Math.random()}`;
    const page = new ClipperDB(fresh, { upgrades: false });
    await expect(page.open()).rejects.toBeDefined();
    page.close();
    expect(await versionOf(fresh)).toBeUndefined();
  });
});

describe('a page waiting for the background (the library gate)', () => {
  /** The background at the other end: it opens the library with its own connection, upgrading it. */
  function background() {
    const asked: number[] = [];
    const openInBackground = async () => {
      asked.push(Date.now());
      await open().open();
    };
    return { asked, openInBackground };
  }

  test('shows "upgrading" while the background upgrades, then reads the upgraded library', async () => {
    const { asked, openInBackground } = background();
    const gate = libraryGate(name, openInBackground);
    const seen: string[] = [];
    gate.subscribe(() => seen.push(gate.status()));
    const page = open({ upgrades: false, beforeOpen: gate.whenReady });
    expect(await page.items.count()).toBe(6);
    expect(seen).toEqual(['upgrading', 'ready']);
    expect(asked).toHaveLength(1);
  });

  test('asks nothing of the background when the library is already at this version', async () => {
    await open().open();
    const { asked, openInBackground } = background();
    const gate = libraryGate(name, openInBackground);
    const page = open({ upgrades: false, beforeOpen: gate.whenReady });
    expect(await page.items.count()).toBe(6);
    expect(gate.status()).toBe('ready');
    expect(asked).toEqual([]);
  });

  test('when the background cannot be reached, says why, and Retry asks again', async () => {
    let attempts = 0;
    const gate = libraryGate(name, async () => {
      attempts++;
      if (attempts === 1) throw new Error('Science Clipper’s background did not answer.');
      await open().open();
    });
    const page = open({ upgrades: false, beforeOpen: gate.whenReady });
    const counted = page.items.count();
    await vi.waitFor(() => expect(gate.status()).toBe('failed'));
    expect(gate.failure()).toBe('Science Clipper’s background did not answer.');
    // The notice's Retry.
    await gate.check();
    expect(await counted).toBe(6);
    expect(attempts).toBe(2);
  });
});
