import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Utf8Writer } from '../../../lib/export/utf8-writer';
import { checkProperty } from '../helpers/property';

/** What a writer with a buffer of `bufferBytes` hands its sink for `texts`, as one buffer. */
function written(texts: readonly string[], bufferBytes?: number): Buffer {
  const chunks: Buffer[] = [];
  // The writer reuses its buffer: the sink keeps a copy, as a file or a Blob does.
  const writer = new Utf8Writer((bytes) => chunks.push(Buffer.from(bytes)), bufferBytes);
  for (const text of texts) writer.write(text);
  writer.flush();
  return Buffer.concat(chunks);
}

describe('Utf8Writer', () => {
  test('hands on the UTF-8 of the strings written, in order, whatever the size of its buffer', async () => {
    // Buffers of a few bytes make strings straddle buffer boundaries, fill them exactly, or not fit at all.
    await checkProperty(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 48 }),
        (texts, bufferBytes) => {
          expect(written(texts, bufferBytes)).toEqual(Buffer.from(texts.join(''), 'utf8'));
        },
      ),
      { numRuns: 200 },
    );
  }, 30_000);

  test('with the default buffer, a text far larger than it', () => {
    const long = 'Zürich 🧪 '.repeat(400_000);
    expect(written(['[', long, ']']).toString('utf8')).toBe(`[${long}]`);
  });
});
