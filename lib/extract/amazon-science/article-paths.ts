// Which amazon.science addresses can hold an article: URL shapes only. The content script's first
// glance uses this too, so it imports nothing that reads a page.

/** Sections whose pages are listings or records, never editorial articles (`/careers` is a job list). */
const NON_ARTICLE_SECTIONS = new Set([
  'research-areas',
  'tag',
  'tags',
  'author',
  'authors',
  'publications',
  'careers',
  'search',
  'code-and-datasets',
]);
/** Section front pages: the list of a section's articles, not an article. */
const SECTION_FRONTS = new Set([
  'blog',
  'news',
  'latest-news',
  'news-and-features',
  'working-at-amazon',
  'conferences-and-events',
  'research-awards',
  'academic-engagements',
  'about',
  'faqs',
  'scholars',
  'newsletter',
  'postdoctoral-science-program',
  'nova-ai-challenge',
  'index.rss',
]);
/** The section of interviews and profiles of the people who work at Amazon. */
export const PROFILE_SECTION = 'working-at-amazon';

function segments(url: URL): string[] {
  // Section names are plain ASCII; decoding would only add a way to throw on a malformed %-escape.
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => s.toLowerCase());
}

/** False for addresses that are never an article, whatever the page holds. */
export function isArticlePath(url: URL): boolean {
  const [section, ...rest] = segments(url);
  if (!section || NON_ARTICLE_SECTIONS.has(section)) return false;
  return !(rest.length === 0 && SECTION_FRONTS.has(section));
}

/** Whether `url` is filed under `section` (its first path segment). */
export function isInSection(url: URL, section: string): boolean {
  return segments(url)[0] === section;
}
