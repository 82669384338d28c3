import { z } from 'zod';
import type { Browser } from 'wxt/browser';
import {
  deleteItems,
  deleteJobEvent,
  replaceArticleClip,
  saveClip,
  saveJobEvent,
  saveNewJobs,
  setJobDetails,
  setStatus,
  setTags,
} from '../db/items';
import type { ArticleItem, ClipperDB } from '../db/schema';
import { readPageState, summarize, summarizeSaveJobs } from './summary';
import { mergeDuplicates } from '../library/duplicates';
import { bulkTag, mergeTags, renameTag } from '../library/tags';
import { forgetPositions } from '../reader/prefs';
import { requestSchema, type Reply, type ReplyMap, type Request, type RequestType } from '../messages';
import { showBadge } from './badge';
import { errorMessage } from './error-message';
import { broadcastRefresh } from './tabs';

export interface MessageHooks {
  /**
   * Called once an article or profile has been written (saved or re-extracted), without
   * delaying the reply: the background captures its images then.
   */
  articleWritten?(item: ArticleItem): void;
  /** Called after every request that wrote, without delaying the reply: reminders are planned again then. */
  written?(): void;
}

/**
 * Answers one runtime message. Nothing is written unless the message validates, and the reply
 * is sent only after the write has committed, because the worker may be stopped right after.
 */
export async function handleMessage(
  db: ClipperDB,
  message: unknown,
  sender: Browser.runtime.MessageSender,
  hooks: MessageHooks = {},
): Promise<Reply<RequestType>> {
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: `Invalid message: ${z.prettifyError(parsed.error)}` };
  try {
    const data = await dispatch(db, parsed.data, sender.tab?.id, hooks);
    // Every request but page-state wrote: open pages must show the change. Not waited for: the
    // sender has its reply a few milliseconds sooner, and the others hear of it all the same.
    if (parsed.data.type !== 'page-state') {
      void broadcastRefresh();
      hooks.written?.();
    }
    return { ok: true, data };
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

async function dispatch(db: ClipperDB, request: Request, tabId: number | undefined, hooks: MessageHooks): Promise<ReplyMap[RequestType]> {
  switch (request.type) {
    case 'save-clip': {
      const item = await saveClip(db, request.clip, request.pageUrl, { html: request.html });
      // The badge follows the reply: the widget says "Saved" as soon as the item is stored.
      if (tabId !== undefined) void showBadge(tabId, item.kind, true);
      if (item.kind !== 'job') hooks.articleWritten?.(item);
      return summarize(item);
    }
    case 'save-job':
      return summarize(await saveClip(db, request.job, request.pageUrl));
    case 'save-jobs':
      return summarizeSaveJobs(await saveNewJobs(db, request.jobs, request.pageUrl));
    case 'page-state': {
      const state = await readPageState(db, request);
      if (tabId !== undefined) await showBadge(tabId, request.kind, state.saved !== null);
      return state;
    }
    case 'set-tags':
      return { tags: await setTags(db, request.itemId, request.tags) };
    case 'set-status':
      return summarize(await setStatus(db, request.itemId, request.status));
    case 'set-job-details':
      return summarize(await setJobDetails(db, request.itemId, { notes: request.notes, followUp: request.followUp }));
    case 'save-job-event':
      return summarize(await saveJobEvent(db, request.itemId, request.event));
    case 'delete-job-event':
      return summarize(await deleteJobEvent(db, request.itemId, request.eventId));
    case 'delete-items': {
      const deleted = await deleteItems(db, request.itemIds);
      await forgetPositions(request.itemIds);
      return { deleted };
    }
    case 'reextract-item': {
      const item = await replaceArticleClip(db, request.itemId, request.clip);
      hooks.articleWritten?.(item);
      return summarize(item);
    }
    case 'rename-tag':
      return { changed: await renameTag(db, request.from, request.to) };
    case 'merge-tags':
      return { changed: await mergeTags(db, request.from, request.into) };
    case 'bulk-tag':
      return { changed: await bulkTag(db, request.itemIds, { add: request.add, remove: request.remove }) };
    case 'merge-duplicates':
      return summarize(await mergeDuplicates(db, request.itemIds));
  }
}
