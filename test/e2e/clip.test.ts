// Issue 2 end to end: a fixture served at its real address, saved with the widget, listed in
// the popup, and recognised as saved (never saved twice) at a URL variant.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { badgeText, fixture, launch, openPopup, serve, type Session } from './harness';

const leino = fixture('science-profile-leino');
const leinoPath = new URL(leino.source).pathname;
let session: Session;

before(async () => {
  session = await launch();
  await serve(session.context, 'science', leinoPath, leino.html);
});
after(() => session?.close());

test('saving a profile lists it in the popup, and a URL variant shows "Saved" without a second item', async () => {
  const page = await session.context.newPage();
  await page.goto(leino.source);
  const save = page.getByRole('button', { name: 'Save to Science Clipper' });
  await save.waitFor();
  assert.equal(await badgeText(session, page), '+');
  await save.click();
  await page.getByRole('button', { name: 'Saved' }).waitFor();
  assert.equal(await badgeText(session, page), '✓');

  const popup = await openPopup(session);
  await popup.getByText(String(leino.expected.title)).first().waitFor();

  const variant = `https://amazon.science${leinoPath}/?utm_campaign=x#comments`;
  const again = await session.context.newPage();
  await again.goto(variant);
  await again.getByRole('button', { name: 'Saved' }).waitFor();
  assert.equal(await again.getByRole('button', { name: 'Save to Science Clipper' }).count(), 0);

  await popup.reload();
  await popup.getByText(String(leino.expected.title)).first().waitFor();
  const items = await session.worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('science-clipper');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('items').objectStore('items').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
  );
  assert.equal(items, 1);
});
