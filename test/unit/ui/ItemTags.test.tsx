import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ItemTags } from '../../../components/ItemTags';
import type { Reply, Request } from '../../../lib/messages';
import { articleItem, byLabel, click, fakeBackground, press, render, type, waitFor } from './helpers';

const item = articleItem('science-profile-leino', { tags: ['verification'] });
const ok = (request: Request): Reply<'set-tags'> => ({
  ok: true,
  data: { tags: request.type === 'set-tags' ? request.tags : [] },
});

let view: ReturnType<typeof render> | undefined;
beforeEach(() => fakeBrowser.reset());
afterEach(() => view?.unmount());

const chips = () => [...view!.container.querySelectorAll('.tag-label')].map((c) => c.textContent);
const input = () => byLabel(view!.container, `Add a tag to ${item.title}`);

function add(tag: string) {
  type(input(), tag);
  press(input(), 'Enter');
}

describe('ItemTags', () => {
  it('asks the background to store the whole new list', async () => {
    const requests = fakeBackground(ok);
    view = render(<ItemTags item={item} />);
    add('To Read');
    expect(chips()).toEqual(['verification', 'to read']);
    await waitFor(() => expect(requests).toEqual([{ type: 'set-tags', itemId: item.id, tags: ['verification', 'to read'] }]));
  });

  it('keeps the first tag when a second is added before the database has caught up', async () => {
    const requests = fakeBackground(ok);
    view = render(<ItemTags item={item} />);
    add('one');
    add('two');
    await waitFor(() => expect(requests).toHaveLength(2));
    expect(requests[1]).toMatchObject({ tags: ['verification', 'one', 'two'] });
  });

  it('shows what the database stores next', async () => {
    fakeBackground(ok);
    view = render(<ItemTags item={item} />);
    add('one');
    await act(async () => {});
    view.rerender(<ItemTags item={{ ...item, tags: ['verification', 'one', 'from another window'] }} />);
    expect(chips()).toEqual(['verification', 'one', 'from another window']);
  });

  it('shows the background’s error and goes back to the stored tags', async () => {
    fakeBackground(() => ({ ok: false, error: 'The library could not be written: disk full.' }));
    view = render(<ItemTags item={item} />);
    click(byLabel(view.container, 'Remove tag verification'));
    await waitFor(() =>
      expect(view!.container.querySelector('[role="alert"]')?.textContent).toContain('The library could not be written: disk full.'),
    );
    expect(chips()).toEqual(['verification']);
  });

  it('says so when the background does not answer at all', async () => {
    view = render(<ItemTags item={item} />);
    add('one');
    await waitFor(() => expect(view!.container.querySelector('[role="alert"]')).not.toBeNull());
    expect(chips()).toEqual(['verification']);
  });
});
