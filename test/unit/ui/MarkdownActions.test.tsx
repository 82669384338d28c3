import { afterEach, describe, expect, it, vi } from 'vitest';
import { MarkdownActions } from '../../../components/MarkdownActions';
import { itemMarkdown } from '../../../lib/markdown/document';
import { articleItem, click, render, waitFor } from './helpers';

let view: ReturnType<typeof render> | undefined;
afterEach(() => {
  view?.unmount();
  vi.restoreAllMocks();
});

const button = (name: RegExp) =>
  [...view!.container.querySelectorAll('button')].find((b) => name.test(b.getAttribute('aria-label') ?? ''))!;
const status = () => view!.container.querySelector('[role="status"]')?.textContent;

describe('MarkdownActions', () => {
  it('copies the item as Markdown and says so, then the word goes away', async () => {
    const item = articleItem('science-qa-rastogi', { tags: ['to read'] });
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    view = render(<MarkdownActions load={async () => item} title={item.title} />);
    expect(button(/^Copy as Markdown: How Rajeev/)).toBeDefined();
    click(button(/^Copy as Markdown/));
    await waitFor(() => expect(status()).toBe('Copied'));
    expect(writeText).toHaveBeenCalledWith(itemMarkdown(item));
    await waitFor(() => expect(status()).toBe(''));
  });

  it('an item deleted meanwhile is reported, not copied', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    view = render(<MarkdownActions load={async () => undefined} />);
    click(button(/^Copy as Markdown/));
    await waitFor(() => expect(view!.container.querySelector('[role="alert"]')?.textContent).toMatch(/no longer in the library/));
    expect(writeText).not.toHaveBeenCalled();
  });
});
