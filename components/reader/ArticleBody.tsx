import { useLayoutEffect, useRef } from 'react';
import { markInterview } from '../../lib/reader/interview';
import { placePullQuotes } from '../../lib/reader/pull-quotes';
import { sanitizeForReader } from '../../lib/reader/sanitize';
import { SECTION_ATTR } from '../../lib/reader/sections';
import type { ArticleClip } from '../../lib/types';

export interface ArticleBodyProps {
  clip: ArticleClip;
  images: ReadonlyMap<string, string>;
  /** Whether the item's pictures are still being downloaded. */
  imagesPending: boolean;
  /** Told after each render how many of clip.qa's questions were found in the body. */
  onQuestionsFound(count: number): void;
}

/**
 * The clip's body, sanitized again and inserted as nodes (never through innerHTML, which would
 * parse the markup a second time), with its pull quotes set apart. Headings and interview
 * questions become keyboard sections.
 */
export function ArticleBody({ clip, images, imagesPending, onQuestionsFound }: ArticleBodyProps) {
  const ref = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const fragment = sanitizeForReader(clip.html, document, {
      baseUrl: clip.url,
      imageUrl: (key) => images.get(key) ?? null,
      imagesPending,
    });
    // Pull quotes first, so that one inside an interview answer is marked as part of it.
    placePullQuotes(fragment, clip.pullQuotes);
    const questions = markInterview(fragment, clip.qa);
    for (const heading of fragment.querySelectorAll('h1, h2, h3, .qa-question')) heading.setAttribute(SECTION_ATTR, '');
    ref.current?.replaceChildren(fragment);
    onQuestionsFound(questions);
  }, [clip.html, clip.url, clip.qa, clip.pullQuotes, images, imagesPending, onQuestionsFound]);

  return <div ref={ref} className="reader-body" />;
}
