import { useCallback, useState, type CSSProperties } from 'react';
import type { ArticleItem } from '../../lib/db/schema';
import { imageKey } from '../../lib/images/sources';
import { bylineParts } from '../../lib/reader/format';
import { ArticleBody } from './ArticleBody';
import { HeroFigure } from './HeroFigure';
import { InterviewList } from './InterviewList';
import { JobLinks } from './JobLinks';
import { PersonCard } from './PersonCard';

export interface ArticleViewProps {
  item: ArticleItem;
  images: ReadonlyMap<string, string>;
  /** Whether the item's pictures are still being downloaded. */
  imagesPending: boolean;
  textSizePx: number;
}

function LabelList({ title, labels }: { title: string; labels: readonly string[] }) {
  return (
    <section className="reader-labels" aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {labels.map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
    </section>
  );
}

/** One saved article or profile, laid out for reading. */
export function ArticleView({ item, images, imagesPending, textSizePx }: ArticleViewProps) {
  const { clip } = item;
  const [questionsFound, setQuestionsFound] = useState<number | null>(null);
  const onQuestionsFound = useCallback((count: number) => setQuestionsFound(count), []);
  const heroKey = clip.hero?.src ? imageKey(clip.hero.src, clip.url) : null;
  const byline = bylineParts(clip);
  const kicker = clip.researchAreas[0];

  return (
    <article className="reader-article" style={{ '--reader-size': `${textSizePx}px` } as CSSProperties}>
      <header className="reader-header" data-section="">
        {kicker && <p className="reader-kicker">{kicker}</p>}
        <h1>{clip.title}</h1>
        {clip.dek && <p className="reader-dek">{clip.dek}</p>}
        {byline.length > 0 && <p className="reader-byline">{byline.join(' · ')}</p>}
      </header>
      {clip.hero && <HeroFigure hero={clip.hero} src={(heroKey && images.get(heroKey)) || null} pending={imagesPending} />}
      {item.kind === 'profile' && clip.person && <PersonCard person={clip.person} />}
      <ArticleBody clip={clip} images={images} imagesPending={imagesPending} onQuestionsFound={onQuestionsFound} />
      {questionsFound === 0 && clip.qa.length > 0 && <InterviewList qa={clip.qa} />}
      {clip.fallback && <p className="reader-note muted">This page’s layout was not recognised, so it was saved as a plain article.</p>}
      <footer className="reader-footer">
        {clip.researchAreas.length > 0 && <LabelList title="Research areas" labels={clip.researchAreas} />}
        {clip.siteTags.length > 0 && <LabelList title="Tags" labels={clip.siteTags} />}
        {clip.jobs.length > 0 && <JobLinks jobs={clip.jobs} />}
      </footer>
    </article>
  );
}
