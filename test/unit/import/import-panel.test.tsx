import { act } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImportPanel, useImporter } from '../../../components/library/ImportPanel';
import { UNREACHABLE_MESSAGE } from '../../../lib/messaging';
import { byText, click, render, waitFor } from '../ui/helpers';

// Issue 11, points 1 and 2: the import panel said "This file could not be read (Error: A listener
// indicated …)" about a good file, and wrapped a refusal twice ("This file could not be read
// (ImportRefused: … Nothing was imported.). Nothing was imported."). A refusal is shown once, in
// the background's words; a background that could not be reached, in ours, with Retry.

const REFUSAL =
  'This file is over 400 MB and not laid out as Science Clipper writes its exports (one item per line), so it would have to be read whole, which is possible up to 400 MB. Nothing was imported.';
const PREVIEW = { counts: { new: 2, updated: 0, unchanged: 1 }, invalid: [], invalidCount: 0, exportedAt: null };

type Reply = Array<Record<string, unknown> | 'disconnect'>;

/** The background at the other end of each task's port: `replies` answers the n-th task sent. */
function background(replies: (task: { type: string }, attempt: number) => Reply) {
  const tasks: Array<{ type: string }> = [];
  vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation((() => {
    const onMessage: Array<(message: unknown) => void> = [];
    const onDisconnect: Array<() => void> = [];
    return {
      postMessage: (task: { type: string }) => {
        tasks.push(task);
        const reply = replies(task, tasks.length);
        setTimeout(() => {
          for (const step of reply) {
            if (step === 'disconnect') onDisconnect.forEach((listener) => listener());
            else onMessage.forEach((listener) => listener(step));
          }
        }, 1);
      },
      disconnect: () => undefined,
      onMessage: { addListener: (listener: (message: unknown) => void) => void onMessage.push(listener) },
      onDisconnect: { addListener: (listener: () => void) => void onDisconnect.push(listener) },
    };
  }) as never);
  return tasks;
}

function Panel() {
  return <ImportPanel importer={useImporter()} />;
}

function choose(container: HTMLElement, name = 'library.json') {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [new File(['{}'], name, { type: 'application/json' })], configurable: true });
  act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubGlobal(
    'URL',
    Object.assign(URL, { createObjectURL: () => `blob:chrome-extension://x/${Math.random()}`, revokeObjectURL: () => undefined }),
  );
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('the import panel', () => {
  test("shows a refusal once, in the background's words, without a Retry that could not help", async () => {
    background(() => [{ error: REFUSAL }]);
    const { container } = render(<Panel />);
    choose(container);
    await waitFor(() => expect(container.querySelector('[role="alert"]')?.textContent).toBe(REFUSAL));
    const alert = container.querySelector('[role="alert"]')!;
    expect(alert.textContent!.match(/Nothing was imported/g)).toHaveLength(1);
    expect(alert.querySelector('button')).toBeNull();
  });

  test('a background stopped twice gives our sentence and Retry, which then shows the preview', async () => {
    let down = true;
    const tasks = background(() => (down ? ['disconnect'] : [{ progress: { done: 1, total: 3 } }, { done: PREVIEW }]));
    const { container } = render(<Panel />);
    choose(container);
    await waitFor(() => expect(container.querySelector('[role="alert"]')?.textContent).toContain(UNREACHABLE_MESSAGE));
    const alert = container.querySelector('[role="alert"]')!;
    expect(alert.textContent).not.toMatch(/Receiving end|message channel|listener indicated/);
    expect(tasks).toHaveLength(2);
    down = false;
    click(byText(container, 'button', 'Retry'));
    await waitFor(() => expect(container.querySelector('[role="dialog"]')?.textContent).toMatch(/2\s*new.*0\s*updated.*1\s*unchanged/));
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });

  test('reports the counts as it checks and imports, then what it did', async () => {
    background((task) =>
      task.type === 'preview-import'
        ? [{ progress: { done: 500, total: 1_000 } }, { done: PREVIEW }]
        : [{ progress: { done: 2, total: 3 } }, { done: { new: 2, updated: 0, unchanged: 1, invalid: 0 } }],
    );
    const { container } = render(<Panel />);
    choose(container, 'big.json');
    await waitFor(() => expect(container.querySelector('[role="dialog"]')).not.toBeNull());
    click(byText(container, 'button', 'Import 2 items'));
    await waitFor(() => expect(container.querySelector('.import-done')?.textContent).toBe('Imported: 2 new, 0 updated, 1 unchanged.'));
  });

  test('shows progress with counts while the background reads the file', async () => {
    background(() => [{ progress: { done: 45_000, total: 100_000 } }]);
    const { container } = render(<Panel />);
    choose(container, 'big.json');
    await waitFor(() => expect(container.querySelector('.progress-line')?.textContent).toBe('Checking big.json: 45,000 of 100,000 items…'));
    expect(container.querySelector('progress')?.getAttribute('max')).toBe('100000');
  });
});
