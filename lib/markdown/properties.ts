import type { ArticleItem, Item, JobItem } from '../db/schema';
import { isoDay, statusLabel } from '../ui/format';
import type { Property } from './front-matter';
import { payLabel } from './pay';

// The properties of an item's Markdown file, named once here. Dates are `YYYY-MM-DD`, which
// Obsidian shows as dates; lists stay lists; keys are snake_case so queries can name them.

/**
 * Obsidian reads the `tags` property as tags, and a tag cannot hold spaces: "to read" becomes
 * "to-read". The user's own spelling stays in the library.
 */
export function noteTag(tag: string): string {
  return tag.trim().replace(/\s+/g, '-');
}

function common(item: Item): Record<string, Property> {
  return { title: item.title, kind: item.kind, source: item.clip.url };
}

function articleProperties(item: ArticleItem): Record<string, Property> {
  const { clip } = item;
  return {
    ...common(item),
    authors: clip.authors,
    published: clip.published,
    research_areas: clip.researchAreas,
    site_tags: clip.siteTags,
    person: clip.person?.name ?? null,
    role: clip.person?.role ?? null,
    team: clip.person?.team ?? null,
    organization: clip.person?.organization ?? null,
    tags: item.tags.map(noteTag),
    saved: isoDay(item.savedAt),
  };
}

function jobProperties(item: JobItem): Record<string, Property> {
  const { clip } = item;
  return {
    ...common(item),
    job_id: clip.jobId,
    company: clip.company,
    locations: clip.locations.map((l) => l.raw),
    // Jobs stored before pay was read have no `pay` at all.
    pay: (clip.pay ?? []).map(payLabel),
    posted: clip.posted,
    status: statusLabel(item.status),
    follow_up: item.followUp,
    tags: item.tags.map(noteTag),
    saved: isoDay(item.savedAt),
  };
}

export function itemProperties(item: Item): Record<string, Property> {
  return item.kind === 'job' ? jobProperties(item) : articleProperties(item);
}
