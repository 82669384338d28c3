// Every identity rule of ../shared/spec/clip-format.md ("Canonical URLs") lives here and only here.

const SCIENCE_HOSTS = new Set(['www.amazon.science', 'amazon.science']);
const JOBS_HOSTS = new Set(['www.amazon.jobs', 'amazon.jobs']);
const TRACKING_PARAMS = new Set(['cmpid', 'fbclid', 'gclid', 'ref', 'ref_']);
/** `/<locale>/jobs/<id>[/<slug>]` with the locale optional: `en`, `de`, `en-gb`, `zh-cn`, … */
const JOB_PATH = /^\/(?:([a-z]{2}(?:[-_][a-z]{2,4})?)\/)?jobs\/(\d+)(?:\/([^/]+))?\/?$/i;

function toUrl(input: string | URL): URL | null {
  try {
    return new URL(String(input));
  } catch {
    return null;
  }
}

export function isScienceHost(input: string | URL): boolean {
  const url = toUrl(input);
  return !!url && /^https?:$/.test(url.protocol) && SCIENCE_HOSTS.has(url.hostname.toLowerCase());
}

export function isJobsHost(input: string | URL): boolean {
  const url = toUrl(input);
  return !!url && /^https?:$/.test(url.protocol) && JOBS_HOSTS.has(url.hostname.toLowerCase());
}

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

/** The job id of an amazon.jobs posting address, or null when the address is not one. */
export function jobIdFromUrl(input: string | URL): string | null {
  const url = toUrl(input);
  if (!url || !isJobsHost(url)) return null;
  return JOB_PATH.exec(url.pathname)?.[2] ?? null;
}

/**
 * The canonical form of an address: the dedup key of saved pages. Only amazon.science and
 * amazon.jobs addresses get their host and locale rewritten; other sites keep theirs but still
 * lose fragments, tracking parameters and trailing slashes. Unparseable input is returned as is.
 */
export function canonicalUrl(input: string | URL): string {
  const url = toUrl(input);
  if (!url || !/^https?:$/.test(url.protocol)) return String(input);
  url.protocol = 'https:';
  url.hostname = url.hostname.toLowerCase();
  if (SCIENCE_HOSTS.has(url.hostname)) url.hostname = 'www.amazon.science';
  if (JOBS_HOSTS.has(url.hostname)) {
    url.hostname = 'www.amazon.jobs';
    const job = JOB_PATH.exec(url.pathname);
    if (job) url.pathname = `/en/jobs/${job[2]}${job[3] ? `/${job[3]}` : ''}`;
  }
  url.port = '';
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  return url.toString();
}

/** The canonical amazon.jobs address of a posting id, with its slug when known. */
export function jobUrl(jobId: string, slug?: string | null): string {
  return `https://www.amazon.jobs/en/jobs/${jobId}${slug ? `/${slug}` : ''}`;
}
