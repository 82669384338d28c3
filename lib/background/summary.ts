import type { PageStateReply, Request, SavedSummary, SaveJobsReply } from '../messages';
import { compactPay } from '../ui/pay';
import { jobIdFromUrl } from '../url/canonical';
import { jobItemId, urlItemId, type SaveJobsResult } from '../db/items';
import { rank } from '../db/merge';
import type { ClipperDB, Item } from '../db/schema';
import { lastStatusChange } from '../db/status-change';

type PageStateRequest = Omit<Extract<Request, { type: 'page-state' }>, 'type'>;

/** What the widget is told about a saved item. */
export function summarize(item: Item): SavedSummary {
  const base = { itemId: item.id, kind: item.kind, title: item.title };
  if (item.kind !== 'job') return { ...base, status: null, statusAt: null, cardOnly: false, pay: null };
  return {
    ...base,
    status: item.status,
    statusAt: lastStatusChange(item),
    cardOnly: rank(item.clip) === 0,
    pay: compactPay(item.clip.pay),
  };
}

/** What the widget is told after "Save all": the counts, and every listed job's summary for its card. */
export function summarizeSaveJobs({ added, alreadySaved }: SaveJobsResult): SaveJobsReply {
  const savedJobs: Record<string, SavedSummary> = {};
  for (const item of [...added, ...alreadySaved]) savedJobs[item.clip.jobId] = summarize(item);
  return { added: added.length, alreadySaved: alreadySaved.length, savedJobs };
}

/** The item id of the page itself, or null when the page is not something that is saved. */
export function ownItemId(page: Pick<PageStateRequest, 'pageUrl' | 'kind' | 'jobId'>): string | null {
  if (page.kind === 'article' || page.kind === 'profile') return urlItemId(page.pageUrl);
  if (page.kind !== 'job') return null;
  const jobId = page.jobId ?? jobIdFromUrl(page.pageUrl);
  return jobId ? jobItemId(jobId) : null;
}

/** Whether the page's own item and the page's job cards are saved, read in one query. */
export async function readPageState(db: ClipperDB, page: PageStateRequest): Promise<PageStateReply> {
  const ownId = ownItemId(page);
  const jobItemIds = page.jobIds.map(jobItemId);
  const found = await db.items.bulkGet(ownId ? [ownId, ...jobItemIds] : jobItemIds);
  const byId = new Map(found.filter((item) => item !== undefined).map((item) => [item.id, item]));
  const own = ownId ? byId.get(ownId) : undefined;
  const savedJobs: Record<string, SavedSummary> = {};
  for (const jobId of page.jobIds) {
    const job = byId.get(jobItemId(jobId));
    if (job) savedJobs[jobId] = summarize(job);
  }
  return { saved: own ? summarize(own) : null, savedJobs };
}
