import { browser } from 'wxt/browser';
import type { Item } from '../lib/db/schema';
import { readerPath } from '../lib/reader/links';
import { itemByline, shortDate } from '../lib/ui/format';
import { ExternalLink } from './ExternalLink';
import { ItemTags } from './ItemTags';
import { JobQualifications } from './JobQualifications';
import { JobStatusControl } from './JobStatusControl';
import { KindBadge } from './KindBadge';

export interface ItemRowProps {
  item: Item;
  /** Called when one of the item's tags is clicked, e.g. to filter the list by it. */
  onTagSelect?(tag: string): void;
  activeTag?: string | null;
  now?: number;
}

/** One saved item in a list: kind, title linking to the original page, who, research areas, tags, job status. */
export function ItemRow({ item, onTagSelect, activeTag, now }: ItemRowProps) {
  const byline = itemByline(item);
  const areas = item.kind === 'job' ? [] : item.clip.researchAreas;
  return (
    <article className="item-row" aria-label={item.title}>
      <div className="item-meta">
        <KindBadge kind={item.kind} />
        <span className="muted">
          Saved <time dateTime={new Date(item.savedAt).toISOString()}>{shortDate(item.savedAt, now)}</time>
        </span>
        {item.kind !== 'job' && (
          // getURL is typed with the bare page paths WXT knows; the query string is ours.
          <ExternalLink className="item-read" href={browser.runtime.getURL(readerPath(item.id) as '/reader.html')}>
            Read offline
          </ExternalLink>
        )}
      </div>
      <h2 className="item-title">
        <ExternalLink href={item.clip.url}>{item.title}</ExternalLink>
      </h2>
      {byline && <p className="item-byline">{byline}</p>}
      {areas.length > 0 && <p className="item-areas muted">{areas.join(' · ')}</p>}
      {item.kind === 'job' && <JobQualifications job={item.clip} />}
      <div className="item-controls">
        {item.kind === 'job' && <JobStatusControl job={item} now={now} />}
        <ItemTags item={item} onSelect={onTagSelect} activeTag={activeTag} />
      </div>
    </article>
  );
}
