import { strToU8, Zip, ZipDeflate, ZipPassThrough, type ZipInputFile } from 'fflate';

// A .zip written as it is filled: each file is compressed as it is added and its bytes go into
// Blob parts of a few megabytes, so the archive never sits whole in this thread's memory (the
// browser keeps large Blobs on disk). fflate writes no Zip64 records, so an archive past the
// format's classic limits would be corrupt; it is refused instead.

/** The classic zip format's limits: 65,535 entries, offsets and sizes below 4 GiB. */
export const MAX_ZIP_ENTRIES = 0xffff;
export const MAX_ZIP_BYTES = 0xffffffff;

/** Zip timestamps are MS-DOS dates: only 1980 to 2107 can be written. */
const EARLIEST = Date.UTC(1980, 0, 2);
const LATEST = Date.UTC(2099, 11, 31);

export class ZipTooLargeError extends Error {}

export class ZipBlobWriter {
  private readonly zip: Zip;
  private readonly parts: Blob[] = [];
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private written = 0;
  private entries = 0;
  private done: Blob | null = null;
  private failure: Error | null = null;

  constructor(
    private readonly partBytes = 4 << 20,
    private readonly limits = { entries: MAX_ZIP_ENTRIES, bytes: MAX_ZIP_BYTES },
  ) {
    this.zip = new Zip((error, chunk, final) => {
      if (error) {
        this.failure = error;
        return;
      }
      this.written += chunk.length;
      this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      if (this.pendingBytes >= this.partBytes || final) this.flush();
      if (final) this.done = new Blob(this.parts, { type: 'application/zip' });
    });
  }

  /** Text, deflated: Markdown shrinks to about a third. */
  addText(path: string, text: string, modified: number): void {
    this.add(new ZipDeflate(path, { level: 6 }), strToU8(text), modified);
  }

  /** Bytes stored as they are: pictures are compressed already. */
  addBytes(path: string, bytes: Uint8Array, modified: number): void {
    this.add(new ZipPassThrough(path), bytes, modified);
  }

  /** The finished archive. */
  finish(): Blob {
    this.zip.end();
    this.check();
    if (!this.done) throw new Error('the zip archive was not finished');
    return this.done;
  }

  private add(file: ZipInputFile & { push(chunk: Uint8Array, final: boolean): void }, bytes: Uint8Array, modified: number): void {
    // The central directory adds about 100 bytes per entry at the end.
    if (++this.entries > this.limits.entries || this.written + bytes.length + 100 * this.entries > this.limits.bytes) {
      throw new ZipTooLargeError('This is more than one .zip file can hold (65,535 files or 4 GB). Export a tag or a selection instead.');
    }
    file.mtime = Math.min(LATEST, Math.max(EARLIEST, modified));
    this.zip.add(file);
    file.push(bytes, true);
    this.check();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.parts.push(new Blob(this.pending as BlobPart[]));
    this.pending = [];
    this.pendingBytes = 0;
  }
}
