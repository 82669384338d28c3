// The stored picture's type is read from its first bytes, not from the server's Content-Type: a
// blob kept in the extension is only ever one of these raster formats, so an object URL made from
// it can never be a document (HTML, SVG with script) even if someone opened it in a tab.

const SIGNATURES: ReadonlyArray<{ type: string; test(b: Uint8Array): boolean }> = [
  { type: 'image/png', test: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/jpeg', test: (b) => starts(b, [0xff, 0xd8, 0xff]) },
  { type: 'image/gif', test: (b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a') },
  { type: 'image/webp', test: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP') },
  { type: 'image/avif', test: (b) => ascii(b, 4, 'ftyp') && (ascii(b, 8, 'avif') || ascii(b, 8, 'avis')) },
];

function starts(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((value, i) => bytes[i] === value);
}

function ascii(bytes: Uint8Array, offset: number, text: string): boolean {
  return [...text].every((ch, i) => bytes[offset + i] === ch.charCodeAt(0));
}

/** The MIME type of a raster image from its leading bytes, or null for anything else (SVG included). */
export function sniffImageType(head: Uint8Array): string | null {
  return SIGNATURES.find((s) => s.test(head))?.type ?? null;
}
