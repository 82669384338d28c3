import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReextractButton } from '../../../components/reader/ReextractButton';
import { handleMessage } from '../../../lib/background/handle-message';
import { db } from '../../../lib/db';
import { saveClip, setTags } from '../../../lib/db/items';
import type { ArticleItem } from '../../../lib/db/schema';
import { extractPage } from '../../../lib/extract/registry';
import { readerFixture } from './fixtures';

let container: HTMLElement;
let root: Root;

beforeEach(async () => {
  fakeBrowser.reset();
  // The background, answering the page's messages as in the extension (the fake browser only
  // knows the sendResponse form of an asynchronous answer).
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    void handleMessage(db, message, {}).then(sendResponse);
    return true;
  });
  await Promise.all([db.items.clear(), db.snapshots.clear(), db.images.clear()]);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('ReextractButton', () => {
  it('re-extracts the library from its snapshots and says what changed, tags untouched', async () => {
    const fixture = readerFixture('science-profile-leino');
    const clip = extractPage(fixture.document(), new URL(fixture.source));
    if (clip.kind !== 'profile') throw new Error(`read as ${clip.kind}`);
    const item = (await saveClip(db, clip, fixture.source, { html: fixture.html })) as ArticleItem;
    await setTags(db, item.id, ['dafny']);
    await db.items.update(item.id, { clip: { ...clip, person: null }, extractorVersion: 0 });

    await act(async () => root.render(<ReextractButton />));
    const button = container.querySelector('button')!;
    expect(button.textContent).toBe('Re-extract library');
    await act(async () => button.click());
    for (let i = 0; i < 100 && !container.querySelector('[role="status"]')?.textContent; i++) {
      await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    }

    expect(container.querySelector('li')).toBeNull();
    expect(container.querySelector('[role="status"]')!.textContent).toBe('1 article or profile: 1 updated.');
    const after = (await db.items.get(item.id)) as ArticleItem;
    expect(after.clip.person?.name).toBe('Rustan Leino');
    expect(after.tags).toEqual(['dafny']);
  });
});
