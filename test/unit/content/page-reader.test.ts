import { afterEach, describe, expect, test } from 'vitest';
import {
  CARD_READER_KEY,
  installCardReader,
  installReader,
  READER_KEY,
  READER_NOT_LOADED,
  readerLoader,
  type CardReader,
  type PageReader,
} from '../../../lib/content/page-reader';

// Issue 11, point 1: no browser sentence reaches the widget. A failed import of the second stage
// says "Failed to fetch dynamically imported module: chrome-extension://…"; the save shows ours.

const reader: PageReader = { readPage: () => ({}) as ReturnType<PageReader['readPage']>, readCards: () => [] };

afterEach(() => {
  delete (globalThis as Record<string, unknown>)[READER_KEY];
  delete (globalThis as Record<string, unknown>)[CARD_READER_KEY];
});

describe('readerLoader', () => {
  test('a failed import is told in our words, and the next call tries again', async () => {
    let calls = 0;
    const load = readerLoader<PageReader>(READER_KEY, async () => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch dynamically imported module: chrome-extension://abc/page-reader.js');
      installReader(reader);
    });
    await expect(load()).rejects.toThrow(READER_NOT_LOADED);
    expect(await load()).toBe(reader);
    expect(calls).toBe(2);
  });

  test('one load is shared by the calls made meanwhile', async () => {
    let calls = 0;
    const load = readerLoader<PageReader>(READER_KEY, async () => {
      calls++;
      installReader(reader);
    });
    expect(await Promise.all([load(), load()])).toEqual([reader, reader]);
    expect(calls).toBe(1);
  });

  test('the card reader is not loaded once the page reader is: the page reader reads cards too', async () => {
    const loads: string[] = [];
    const loadPage = readerLoader<PageReader>(READER_KEY, async () => {
      loads.push('page');
      installReader(reader);
    });
    const loadCards = readerLoader<CardReader>(CARD_READER_KEY, async () => {
      loads.push('cards');
      installCardReader({ readCards: () => [] });
    });
    expect(await loadCards()).not.toBe(reader);
    expect(await loadPage()).toBe(reader);
    expect(await loadCards()).toBe(reader);
    expect(loads).toEqual(['cards', 'page']);
  });
});
