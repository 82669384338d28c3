// In-page measurements, run with page.evaluate. Each returns milliseconds measured with the
// page's own clock, so that Playwright's round trips are never part of a figure.
import type { Page } from 'playwright-core';

/**
 * Gives the page `__afterPaint()`: the time at the end of the next frame painted. A message
 * posted from a requestAnimationFrame callback is handled once that frame's style, layout and
 * paint are done. (Installed through page.evaluate: extension pages forbid eval, so the probes
 * cannot bring their helpers as code.)
 */
async function installAfterPaint(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __afterPaint: () => Promise<number> }).__afterPaint = () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
        }),
      );
  });
}

/**
 * Arms a probe: the next `input` event on `selector` → the end of the first frame painted after
 * the results rendered, in ms.
 */
export async function armInputProbe(page: Page, selector: string): Promise<void> {
  await installAfterPaint(page);
  await page.evaluate((selector) => {
    const w = window as unknown as { __probe?: Promise<number>; __afterPaint: () => Promise<number> };
    const input = document.querySelector(selector)!;
    w.__probe = new Promise((resolve) => {
      input.addEventListener(
        'input',
        (event) => {
          const start = event.timeStamp;
          // React renders the results right after the input event; the next frame shows them.
          setTimeout(() => void w.__afterPaint().then((end) => resolve(end - start)), 0);
        },
        { once: true },
      );
    });
  }, selector);
}

export async function readInputProbe(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __probe: Promise<number> }).__probe);
}

/**
 * Scrolls `selector` by `step` pixels per frame for `frames` frames and returns how long each
 * frame took from its start to the end of its paint: the scroll handler (the virtualized list
 * renders its new rows there), then style, layout and paint.
 */
export async function scrollFrames(page: Page, selector: string, frames: number, step: number): Promise<number[]> {
  return page.evaluate(
    ([selector, frames, step]) =>
      new Promise<number[]>((resolve) => {
        const el = document.querySelector(selector)!;
        const times: number[] = [];
        const frame = (frameStart: number) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            times.push(performance.now() - frameStart);
            if (times.length >= frames) resolve(times);
            else {
              el.scrollTop += step;
              requestAnimationFrame(frame);
            }
          };
          channel.port2.postMessage(null);
        };
        el.scrollTop += step;
        requestAnimationFrame(frame);
      }),
    [selector, frames, step] as const,
  );
}

export interface ImportProbe {
  /** The file chosen (its input's change event) → the preview painted. */
  preview: number;
  /** The confirm button clicked → the result painted. */
  write: number;
}

/**
 * Arms a probe for an import through the library page: the four moments are caught in the page,
 * as for the other probes, so that Playwright's polling for the preview and the result, which
 * waits on a page busy indexing the new library, is never counted.
 */
export async function armImportProbe(page: Page): Promise<void> {
  await installAfterPaint(page);
  await page.evaluate(() => {
    const w = window as unknown as { __import?: Promise<number>[]; __afterPaint: () => Promise<number> };
    const shown = (test: () => boolean) =>
      new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!test()) return;
          observer.disconnect();
          void w.__afterPaint().then(resolve);
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    const isConfirm = (el: Element | null) => /^Import [\d,]+ items?$/.test(el?.textContent ?? '');
    w.__import = [
      new Promise((resolve) => document.addEventListener('change', (event) => resolve(event.timeStamp), { capture: true, once: true })),
      shown(() => [...document.querySelectorAll('button')].some(isConfirm)),
      new Promise((resolve) =>
        document.addEventListener('click', (event) => isConfirm(event.target as Element) && resolve(event.timeStamp), { capture: true }),
      ),
      shown(() => /^Imported: /.test(document.querySelector('.import-done')?.textContent ?? '')),
    ];
  });
}

export async function readImportProbe(page: Page): Promise<ImportProbe> {
  const [chosen, previewed, confirmed, imported] = await page.evaluate(() =>
    Promise.all((window as unknown as { __import: Promise<number>[] }).__import),
  );
  return { preview: previewed! - chosen!, write: imported! - confirmed! };
}
