import { EXTRACTOR_VERSION } from '../extract/version';
import { eventsOf, MAX_JOB_EVENTS, type JobEvent } from '../job-events';
import { cleanText } from '../extract/text';
import { releaseImages } from '../images/capture';
import { notePendingImages } from '../images/pending';
import { isOurPageUrl } from '../clip-schema';
import type { ArticleClip, Job, SavableClip } from '../types';
import { itemIdOf } from './item-ids';
import { mergeJob } from './merge';
import { storedItems } from './stored-items';
import type { ArticleItem, ClipperDB, Item, JobItem, JobStatus } from './schema';
import { makeSnapshot } from './snapshots';

export { itemIdOf, jobItemId, urlItemId } from './item-ids';

// The store's write path. Every function takes the database so tests can hand in their own;
// the extension passes the singleton from ./index. Each write is one transaction, so an item is
// never left half-updated when the worker stops or the disk is full.

/** A failure the user can act on; its message is shown as is. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** The user's tags as stored: whitespace collapsed, lower-cased, first occurrence kept, empty dropped. */
export function normalizeTags(tags: readonly string[]): string[] {
  return unique(tags.map((tag) => cleanText(tag).toLowerCase()).filter((tag) => tag !== ''));
}

export interface SaveOptions {
  /** The page's HTML, kept (compressed) for re-extraction. */
  html?: string;
  now?: number;
}

/**
 * Saves a clip, or updates the item already saved for it: the clip is replaced (articles) or
 * merged (jobs, see ./merge.ts); the user's tags, status, history, notes, follow-up, events and savedAt
 * stay; `pageUrl`, the address as visited, joins sourceUrls.
 */
export async function saveClip(db: ClipperDB, clip: SavableClip, pageUrl: string, options: SaveOptions = {}): Promise<Item> {
  // The message schema checks this too; the store does not rely on it, as the address is kept.
  if (!isOurPageUrl(pageUrl)) throw new StoreError('Only pages of amazon.science and amazon.jobs, over https, can be saved.');
  const now = options.now ?? Date.now();
  const id = itemIdOf(clip);
  const snapshot = options.html === undefined ? null : await makeSnapshot(id, pageUrl, options.html, now);
  return db.transaction('rw', [db.items, db.snapshots, db.pendingImages], async () => {
    const stored = await db.items.get(id);
    const item = clip.kind === 'job' ? nextJobItem(id, stored, clip, pageUrl, now) : nextArticleItem(id, stored, clip, pageUrl, now);
    await db.items.put(item);
    if (snapshot) await db.snapshots.put(snapshot);
    if (item.kind !== 'job') await notePendingImages(db, item);
    return item;
  });
}

export interface SaveJobsResult {
  /** The jobs written now, none of them saved before. */
  added: JobItem[];
  /** The jobs of the list that were in the library already, as stored (left untouched). */
  alreadySaved: JobItem[];
}

/**
 * "Save all": the jobs of a list not saved yet, in one transaction (all or none). A job already
 * saved is skipped, not merged: a list's card adds nothing a saved job lacks, and the list must
 * not bump every saved job's update time. A job listed twice is saved once (same item id).
 */
export async function saveNewJobs(db: ClipperDB, jobs: readonly Job[], pageUrl: string, now = Date.now()): Promise<SaveJobsResult> {
  const byId = new Map(jobs.map((job) => [itemIdOf(job), job]));
  return db.transaction('rw', db.items, async () => {
    const ids = [...byId.keys()];
    const stored = await db.items.bulkGet(ids);
    const alreadySaved = stored.filter((item): item is JobItem => item?.kind === 'job');
    const added = ids.filter((_, i) => stored[i] === undefined).map((id) => nextJobItem(id, undefined, byId.get(id)!, pageUrl, now));
    if (added.length > 0) await db.items.bulkPut(added);
    return { added, alreadySaved };
  });
}

function nextArticleItem(id: string, stored: Item | undefined, clip: ArticleClip, pageUrl: string, now: number): ArticleItem {
  return {
    ...keptFields(stored, pageUrl, now),
    id,
    kind: clip.kind,
    clip,
    title: clip.title,
  };
}

function nextJobItem(id: string, stored: Item | undefined, incoming: Job, pageUrl: string, now: number): JobItem {
  const storedJob = stored?.kind === 'job' ? stored : undefined;
  const clip = storedJob ? mergeJob(storedJob.clip, incoming) : incoming;
  return {
    ...keptFields(stored, pageUrl, now),
    id,
    kind: 'job',
    clip,
    title: jobTitle(clip),
    status: storedJob?.status ?? 'saved',
    statusHistory: storedJob?.statusHistory ?? [{ status: 'saved', at: now }],
    notes: storedJob?.notes ?? '',
    followUp: storedJob?.followUp ?? null,
    ...(storedJob?.events && { events: storedJob.events }),
  };
}

function keptFields(stored: Item | undefined, pageUrl: string, now: number) {
  return {
    sourceUrls: unique([...(stored?.sourceUrls ?? []), pageUrl]),
    tags: stored?.tags ?? [],
    savedAt: stored?.savedAt ?? now,
    updatedAt: now,
    extractorVersion: EXTRACTOR_VERSION,
  };
}

function jobTitle(job: Job): string {
  return job.title ?? `Job ${job.jobId}`;
}

export async function setTags(db: ClipperDB, itemId: string, tags: readonly string[], now = Date.now()): Promise<string[]> {
  const item = await updateItem(db, itemId, (stored) => ({ ...stored, tags: normalizeTags(tags), updatedAt: now }));
  return item.tags;
}

/** Changes a job's status; the change is appended to its history unless the status is unchanged. */
export async function setStatus(db: ClipperDB, itemId: string, status: JobStatus, now = Date.now()): Promise<JobItem> {
  return updateJob(db, itemId, (job) =>
    job.status === status ? job : { ...job, status, statusHistory: [...job.statusHistory, { status, at: now }], updatedAt: now },
  );
}

export interface JobDetails {
  notes?: string;
  /** YYYY-MM-DD, or null to clear it. */
  followUp?: string | null;
}

/** Sets the job's notes and/or follow-up date; a field left undefined keeps its value. */
export async function setJobDetails(db: ClipperDB, itemId: string, details: JobDetails, now = Date.now()): Promise<JobItem> {
  return updateJob(db, itemId, (job) => ({
    ...job,
    notes: details.notes ?? job.notes,
    followUp: details.followUp === undefined ? job.followUp : details.followUp,
    updatedAt: now,
  }));
}

/**
 * Adds the event, or replaces the job's event of the same id (an edit). The events are kept
 * soonest first.
 */
export async function saveJobEvent(db: ClipperDB, itemId: string, event: JobEvent, now = Date.now()): Promise<JobItem> {
  return updateJob(db, itemId, (job) => {
    const others = eventsOf(job).filter((stored) => stored.id !== event.id);
    if (others.length >= MAX_JOB_EVENTS) throw new StoreError(`A job can hold at most ${MAX_JOB_EVENTS} events. Remove past ones first.`);
    return { ...job, events: eventsOf({ events: [...others, event] }), updatedAt: now };
  });
}

/** Removes one event of the job; removing one that is not there changes nothing. */
export async function deleteJobEvent(db: ClipperDB, itemId: string, eventId: string, now = Date.now()): Promise<JobItem> {
  return updateJob(db, itemId, (job) => {
    const events = eventsOf(job);
    const kept = events.filter((event) => event.id !== eventId);
    return kept.length === events.length ? job : { ...job, events: kept, updatedAt: now };
  });
}

/**
 * Re-extract: the item's clip is replaced by one read again from its snapshot, and nothing the
 * user made changes: tags, savedAt and sourceUrls stay. The clip must be for the same page.
 */
export async function replaceArticleClip(db: ClipperDB, itemId: string, clip: ArticleClip, now = Date.now()): Promise<ArticleItem> {
  if (itemIdOf(clip) !== itemId) throw new StoreError('The re-extracted page is not the saved one.');
  return db.transaction('rw', db.items, db.pendingImages, async () => {
    const item = await updateItem(db, itemId, (stored) => {
      if (stored.kind === 'job') throw new StoreError('Only articles and profiles are re-extracted.');
      return { ...stored, kind: clip.kind, clip, title: clip.title, extractorVersion: EXTRACTOR_VERSION, updatedAt: now };
    });
    await notePendingImages(db, item);
    return item;
  });
}

/**
 * Deletes items with their snapshots, and drops them from the images they used (an image no
 * item uses any more goes too). Returns how many of the ids were saved items.
 */
export async function deleteItems(db: ClipperDB, itemIds: readonly string[]): Promise<number> {
  const ids = unique(itemIds);
  return db.transaction('rw', [db.items, db.snapshots, db.images, db.pendingImages], async () => {
    const found = (await storedItems(db, ids)).length;
    await db.items.bulkDelete(ids);
    await db.snapshots.bulkDelete(ids);
    await db.pendingImages.bulkDelete(ids);
    await releaseImages(db, ids);
    return found;
  });
}

async function updateItem<T extends Item>(db: ClipperDB, itemId: string, change: (item: Item) => T): Promise<T> {
  return db.transaction('rw', db.items, async () => {
    const stored = await db.items.get(itemId);
    if (!stored) throw new StoreError('This item is no longer in your library.');
    const next = change(stored);
    if (next !== stored) await db.items.put(next);
    return next;
  });
}

async function updateJob(db: ClipperDB, itemId: string, change: (job: JobItem) => JobItem): Promise<JobItem> {
  return updateItem(db, itemId, (stored) => {
    if (stored.kind !== 'job') throw new StoreError('Only job postings have a status, notes and a follow-up date.');
    return change(stored);
  });
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
