// In-page measurements, run with page.evaluate. Each returns milliseconds measured with the
// page's own clock, so that Playwright's round trips are never part of a figure.
import type { Page } from 'playwright-core';

/**
 * Arms a probe: the next `input` event on `selector` → the end of the first frame painted after
 * the results rendered, in ms. A message posted from a requestAnimationFrame callback is handled
 * once that frame's style, layout and paint are done. (The helpers live inside the evaluated
 * function: extension pages forbid eval.)
 */
export async function armInputProbe(page: Page, selector: string): Promise<void> {
  await page.evaluate((selector) => {
    const afterPaint = () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(null);
        }),
      );
    const w = window as unknown as { __probe?: Promise<number> };
    const input = document.querySelector(selector)!;
    w.__probe = new Promise((resolve) => {
      input.addEventListener(
        'input',
        (event) => {
          const start = event.timeStamp;
          // React renders the results right after the input event; the next frame shows them.
          setTimeout(() => void afterPaint().then((end) => resolve(end - start)), 0);
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
