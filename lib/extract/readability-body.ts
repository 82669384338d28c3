import { Readability } from '@mozilla/readability';
import { cleanText, nonEmpty } from './text';

export interface ReadabilityArticle {
  title: string;
  /** Readability's serialization of the article body. NOT sanitized: pass it through sanitizeHtml before rendering. */
  html: string;
  text: string;
  byline: string | null;
  excerpt: string | null;
}

/**
 * Mozilla Readability's reading of a page, or null when it finds no article. Readability rewrites
 * the DOM it is given, so it only ever sees a clone: the live page stays as it was.
 */
export function readabilityArticle(doc: Document): ReadabilityArticle | null {
  const clone = doc.cloneNode(true) as Document;
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(clone).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  return {
    title: cleanText(parsed.title),
    html: parsed.content,
    text: cleanText(parsed.textContent),
    byline: nonEmpty(parsed.byline),
    excerpt: nonEmpty(parsed.excerpt),
  };
}
