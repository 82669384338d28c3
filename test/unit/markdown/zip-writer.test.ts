// @vitest-environment node
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { ZipBlobWriter, ZipTooLargeError } from '../../../lib/markdown/zip-writer';

describe('ZipBlobWriter', () => {
  test('files written across many small Blob parts read back whole, text deflated and bytes stored', async () => {
    const zip = new ZipBlobWriter(64);
    const texts = Array.from({ length: 40 }, (_, i) => `# Note ${i}\n\n${'Zürich – תל אביב. '.repeat(i * 7)}`);
    texts.forEach((text, i) => zip.addText(`folder/note ${i}.md`, text, Date.UTC(2026, 0, 1)));
    zip.addBytes('folder/assets/a.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 9, 8, 7]), Date.UTC(1970, 0, 1));
    const files = unzipSync(new Uint8Array(await zip.finish().arrayBuffer()));
    expect(Object.keys(files)).toHaveLength(41);
    texts.forEach((text, i) => expect(strFromU8(files[`folder/note ${i}.md`]!)).toBe(text));
    expect([...files['folder/assets/a.png']!]).toEqual([0x89, 0x50, 0x4e, 0x47, 9, 8, 7]);
  });

  test('an archive past what a classic zip can hold is refused with a message, not written corrupt', () => {
    const byEntries = new ZipBlobWriter(undefined, { entries: 2, bytes: 1 << 20 });
    byEntries.addText('a.md', 'a', 0);
    byEntries.addText('b.md', 'b', 0);
    expect(() => byEntries.addText('c.md', 'c', 0)).toThrow(ZipTooLargeError);
    const bySize = new ZipBlobWriter(undefined, { entries: 10, bytes: 1000 });
    expect(() => bySize.addBytes('big.png', new Uint8Array(2000), 0)).toThrow(/Export a tag or a selection instead/);
  });
});
