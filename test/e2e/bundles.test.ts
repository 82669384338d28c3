// What each built page loads (issue 10's two stages, and the popup's first paint): the content
// script that runs on every page of our sites carries no UI library, no zod and no extractor; the
// card reader, which pages with job cards load to place their buttons, carries the card reading
// alone; and the popup loads no zod — every page loaded it once, because the task port's name
// lived in the module that defines the tasks' schema. Each marker is checked where it must be, so
// a marker a library update renames fails here instead of passing for nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './harness';

/** Strings each library's bundled code keeps (property names and symbol keys survive minifying). */
const MARKERS = {
  zod: '_zod',
  react: 'react.transitional.element',
  readability: '_grabArticle',
  dompurify: 'uponSanitizeShadowNode',
} as const;

const read = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8');

/** The JavaScript files a page of the extension loads: its module script and every chunk it preloads. */
function pageScripts(html: string): string[] {
  return [...read(html).matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
}

function carries(files: string[], marker: string): string[] {
  return files.filter((file) => read(file).includes(marker));
}

test('the markers are found where the libraries are', () => {
  assert.ok(read('background.js').includes(MARKERS.zod));
  assert.ok(read('page-reader.js').includes(MARKERS.readability));
  assert.ok(read('page-reader.js').includes(MARKERS.dompurify));
  assert.ok(carries(pageScripts('popup.html'), MARKERS.react).length > 0);
});

test('the content script carries no UI library, no zod and no extractor', () => {
  const manifest = JSON.parse(read('manifest.json')) as { content_scripts: { js: string[] }[] };
  const injected = manifest.content_scripts.flatMap((script) => script.js);
  for (const marker of Object.values(MARKERS)) assert.deepEqual(carries(injected, marker), [], marker);
});

test('the popup loads no zod (regression: the task port name brought it into every page)', () => {
  assert.deepEqual(carries(pageScripts('popup.html'), MARKERS.zod), []);
});

test('the card reader, loaded on pages with job cards to place their buttons, carries no Readability, DOMPurify, zod or UI library', () => {
  for (const marker of Object.values(MARKERS)) assert.ok(!read('card-reader.js').includes(marker), marker);
  assert.ok(read('card-reader.js').includes('__scienceClipperCardReader'));
});
