import { ImportRefused } from './read-export';

// The background's side of reading the chosen file. The page hands over the file as a blob:
// address of the extension's own origin and the background reads it itself, as a stream of text:
// a library export (about a gigabyte at 100,000 items) is far larger than a runtime message may
// be, or than a string may be.

function isOwnBlob(url: string, origin: string): boolean {
  try {
    return url.startsWith('blob:') && new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** The file behind `url` as chunks of text; `url` must be a blob: address made by a page of `origin`. */
export async function openImportFile(url: string, origin: string): Promise<AsyncIterable<string>> {
  if (!isOwnBlob(url, origin))
    throw new ImportRefused('Only a file chosen in Science Clipper’s own pages can be imported. Nothing was imported.');
  const gone = () => new ImportRefused('The chosen file could not be read any more. Choose it again. Nothing was imported.');
  const response = await fetch(url).catch(() => {
    throw gone();
  });
  if (!response.ok || !response.body) throw gone();
  return textChunks(response.body.pipeThrough(new TextDecoderStream()), gone);
}

async function* textChunks(stream: ReadableStream<string>, gone: () => Error): AsyncGenerator<string> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      let next: ReadableStreamReadResult<string>;
      try {
        next = await reader.read();
      } catch {
        // The file changed on disk or its page closed (its blob: address revoked) while read.
        throw gone();
      }
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // A file refused half way is not read further.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
