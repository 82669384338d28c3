/** UTF-8 takes at most three bytes for each UTF-16 code unit of a string. */
const MAX_BYTES_PER_UNIT = 3;

/**
 * A Blob built from many strings, encoded into one reused buffer that becomes a Blob part each
 * time it fills (a Blob copies its parts, so the buffer can be reused). In Chromium a Blob made
 * of the 10,000 strings of an export took half a second to build, more than JSON.stringify had
 * taken to make them; encoding them this way takes about 0.3 s.
 */
export class Utf8BlobBuilder {
  private readonly encoder = new TextEncoder();
  private readonly buffer: Uint8Array<ArrayBuffer>;
  private used = 0;
  private readonly parts: BlobPart[] = [];

  constructor(bufferBytes = 8 << 20) {
    this.buffer = new Uint8Array(bufferBytes);
  }

  append(text: string): void {
    const most = text.length * MAX_BYTES_PER_UNIT;
    if (most > this.buffer.length - this.used) this.flush();
    if (most > this.buffer.length) this.parts.push(text);
    else this.used += this.encoder.encodeInto(text, this.buffer.subarray(this.used)).written;
  }

  blob(type: string): Blob {
    this.flush();
    return new Blob(this.parts, { type });
  }

  private flush(): void {
    if (this.used === 0) return;
    this.parts.push(new Blob([this.buffer.subarray(0, this.used)]));
    this.used = 0;
  }
}
