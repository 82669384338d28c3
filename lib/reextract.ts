import { articleClipSchema } from './clip-schema';
import { articleItems } from './db/by-kind';
import type { ArticleItem, ClipperDB } from './db/schema';
import { readSnapshot } from './db/snapshots';
import { extractPage } from './extract/registry';
import type { ReplyMap, Request } from './messages';
import type { ArticleClip } from './types';

// "Re-extract library": when the extractor improves, every saved article and profile is read
// again from the page it was saved from (its snapshot) and its clip replaced. It runs in an
// extension page, which has DOMParser (the service worker has none); documents DOMParser makes
// are inert, so a hostile snapshot runs no script and loads nothing while it is read. The write
// goes through the background like every other, and changes only the clip: tags, notes and
// statuses are the user's.

export type ReextractRequest = Extract<Request, { type: 'reextract-item' }>;

export interface ReextractDeps {
  db: ClipperDB;
  /** Sends the new clip to the background (lib/messaging `send` in the extension). */
  send(request: ReextractRequest): Promise<ReplyMap['reextract-item']>;
  /** Parses a page; DOMParser in the extension. */
  parse(html: string): Document;
}

export type ReextractOutcome = 'updated' | 'unchanged' | 'no-snapshot' | 'not-an-article' | 'failed';

export interface ReextractReport {
  total: number;
  counts: Record<ReextractOutcome, number>;
  /** Items that could not be re-extracted, with the reason, for the user to see. */
  failures: Array<{ itemId: string; title: string; error: string }>;
}

/** A parser for extension pages. */
export function domParse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Re-extracts one item from its snapshot and sends the new clip when it differs from the stored one. */
export async function reextractItem(deps: ReextractDeps, item: ArticleItem): Promise<ReextractOutcome> {
  const snapshot = await deps.db.snapshots.get(item.id);
  const html = snapshot ? await readSnapshot(item.id, deps.db) : null;
  if (!snapshot || html === null) return 'no-snapshot';
  // Extractors resolve addresses against the URL they are given, not the document's own (which
  // is the extension page's here), so the snapshot's address is all they need.
  const clip = extractPage(deps.parse(html), new URL(snapshot.url));
  if (clip.kind !== 'article' && clip.kind !== 'profile') return 'not-an-article';
  if (sameClip(clip, item.clip)) return 'unchanged';
  await deps.send({ type: 'reextract-item', itemId: item.id, clip });
  return 'updated';
}

/** Re-extracts every saved article and profile, one after the other; one failure does not stop the rest. */
export async function reextractLibrary(deps: ReextractDeps, onProgress?: (done: number, total: number) => void): Promise<ReextractReport> {
  const items = await articleItems(deps.db).toArray();
  const report: ReextractReport = {
    total: items.length,
    counts: { updated: 0, unchanged: 0, 'no-snapshot': 0, 'not-an-article': 0, failed: 0 },
    failures: [],
  };
  for (const [index, item] of items.entries()) {
    let outcome: ReextractOutcome;
    try {
      outcome = await reextractItem(deps, item);
    } catch (error) {
      outcome = 'failed';
      report.failures.push({ itemId: item.id, title: item.title, error: error instanceof Error ? error.message : String(error) });
    }
    report.counts[outcome]++;
    onProgress?.(index + 1, items.length);
  }
  return report;
}

/** Equal in content: both go through the clip schema first, so that their keys come in one order. */
function sameClip(a: ArticleClip, b: ArticleClip): boolean {
  const normal = (clip: ArticleClip) => {
    const parsed = articleClipSchema.safeParse(clip);
    return JSON.stringify(parsed.success ? parsed.data : clip);
  };
  return normal(a) === normal(b);
}
