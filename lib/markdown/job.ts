import type { PhrasingContent, RootContent } from 'mdast';
import type { JobItem } from '../db/schema';
import { isoDay, locationsLabel, statusLabel } from '../ui/format';
import { heading, link, list, paragraph, text } from './nodes';
import { payRangeLabel } from '../ui/pay';
import { plainTextBlocks } from './plain-text';

// A saved job as Markdown: what the posting says (employer and places, pay, description,
// responsibilities, qualifications) and what the user did with it (status history, notes).

function section(title: string, content: RootContent[]): RootContent[] {
  return content.length ? [heading(2, title), ...content] : [];
}

function listSection(title: string, items: readonly string[]): RootContent[] {
  return section(title, items.length ? [list(items)] : []);
}

function links(item: JobItem): RootContent[] {
  const { clip } = item;
  const parts: PhrasingContent[] = link(clip.url, clip.url, [text('Posting')]);
  if (clip.applyUrl) parts.push(text(' · '), ...link(clip.applyUrl, clip.url, [text('Apply')]));
  return [paragraph(...parts)];
}

function status(item: JobItem): RootContent[] {
  const changes = item.statusHistory.map((change) => `${isoDay(change.at)}: ${statusLabel(change.status)}`);
  const followUp = item.followUp ? [paragraph(text(`Follow up on ${item.followUp}.`))] : [];
  return section('Status', [...(changes.length ? [list(changes)] : []), ...followUp]);
}

export function jobNodes(item: JobItem): RootContent[] {
  const { clip } = item;
  const facts = [clip.company, locationsLabel(clip.locations), clip.posted && `Posted ${clip.posted}`, `Job ID ${clip.jobId}`]
    .filter(Boolean)
    .join(' · ');
  return [
    heading(1, item.title),
    paragraph(text(facts)),
    ...links(item),
    // Jobs stored before pay was read have no `pay` at all.
    ...listSection('Pay', (clip.pay ?? []).map(payRangeLabel)),
    ...section('Description', plainTextBlocks(clip.description)),
    ...listSection('Responsibilities', clip.responsibilities),
    ...listSection('Basic qualifications', clip.basicQualifications),
    ...listSection('Preferred qualifications', clip.preferredQualifications),
    ...status(item),
    ...section('Notes', plainTextBlocks(item.notes)),
  ];
}
