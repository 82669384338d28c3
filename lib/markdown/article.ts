import type { RootContent } from 'mdast';
import type { ArticleItem } from '../db/schema';
import { imageKey } from '../images/sources';
import { bylineParts } from '../reader/format';
import { locationsLabel } from '../ui/format';
import { bodyNodes, questionHeading, type ImageTarget } from './body';
import { heading, link, list, paragraph, text } from './nodes';

// An article or profile as Markdown: the title, dek and byline, the lead picture with its
// caption, the person a profile is about, the body, and the jobs the page listed.

function hero(item: ArticleItem, images: ImageTarget): RootContent[] {
  const { hero } = item.clip;
  if (!hero) return [];
  const key = hero.src ? imageKey(hero.src, item.clip.url) : null;
  const url = key && images(key);
  const caption = [hero.caption, hero.credit && `Credit: ${hero.credit}`].filter(Boolean).join(' ');
  return [
    ...(url ? [paragraph({ type: 'image', url, alt: hero.alt ?? '', title: null })] : []),
    ...(caption ? [paragraph({ type: 'emphasis', children: [text(caption)] })] : []),
  ];
}

function person(item: ArticleItem): RootContent[] {
  const { person } = item.clip;
  if (item.kind !== 'profile' || !person) return [];
  const about = [person.role, person.team, person.organization].filter(Boolean).join(', ');
  return [paragraph({ type: 'strong', children: [text(person.name)] }, ...(about ? [text(` — ${about}`)] : []))];
}

function jobs(item: ArticleItem): RootContent[] {
  const { clip } = item;
  if (clip.jobs.length === 0) return [];
  const entries = clip.jobs.map((job) => {
    const where = locationsLabel(job.locations);
    return [...link(job.url, clip.url, [text(job.title ?? `Job ${job.jobId}`)]), ...(where ? [text(` — ${where}`)] : [])];
  });
  return [heading(2, 'Jobs on this page'), list(entries)];
}

export function articleNodes(item: ArticleItem, images: ImageTarget): RootContent[] {
  const { clip } = item;
  const byline = bylineParts(clip);
  const body = bodyNodes(clip, { images });
  // Listed on their own, as the reader does, when the body's questions cannot be found.
  const interview =
    body.questionsFound === 0 && clip.qa.length > 0
      ? [heading(2, 'Interview'), ...clip.qa.flatMap((pair) => [questionHeading(pair.q), paragraph(text(pair.a))])]
      : [];
  return [
    heading(1, clip.title),
    ...(clip.dek ? [paragraph({ type: 'emphasis', children: [text(clip.dek)] })] : []),
    ...(byline.length ? [paragraph(text(byline.join(' · ')))] : []),
    ...hero(item, images),
    ...person(item),
    ...body.nodes,
    ...interview,
    ...jobs(item),
  ];
}
