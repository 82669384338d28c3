// @vitest-environment node
// (jsdom's Blob cannot be read back.)
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Utf8BlobBuilder } from '@/lib/export/utf8-blob';

describe('Utf8BlobBuilder', () => {
  test('holds the UTF-8 of the strings appended, in order, whatever the size of its buffer', async () => {
    // Buffers of a few bytes make strings straddle buffer boundaries, fill them exactly, or not fit at all.
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { maxLength: 20 }), fc.integer({ min: 1, max: 48 }), async (texts, bufferBytes) => {
        const builder = new Utf8BlobBuilder(bufferBytes);
        for (const text of texts) builder.append(text);
        const blob = builder.blob('application/json');
        expect(blob.type).toBe('application/json');
        expect(Buffer.from(await blob.arrayBuffer())).toEqual(Buffer.from(texts.join(''), 'utf8'));
      }),
    );
  });

  test('with the default buffer, a text far larger than it', async () => {
    const builder = new Utf8BlobBuilder();
    const long = 'Zürich 🧪 '.repeat(400_000);
    builder.append('[');
    builder.append(long);
    builder.append(']');
    expect(await builder.blob('text/plain').text()).toBe(`[${long}]`);
  });
});
