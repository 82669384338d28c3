import { describe, expect, it } from 'vitest';
import { canonicalUrl, isJobsHost, isScienceHost, jobIdFromUrl, jobUrl } from '../../../lib/url/canonical';

const PROFILE = 'https://www.amazon.science/working-at-amazon/rustan-leino-provides-proof-that-software-is-bug-free';

describe('canonicalUrl', () => {
  it.each([
    ['drops utm_* parameters', `${PROFILE}?utm_source=newsletter&utm_medium=email`, PROFILE],
    ['drops every tracking parameter', `${PROFILE}?cmpid=x&fbclid=y&gclid=z&ref=a&ref_=b&UTM_Campaign=c`, PROFILE],
    [
      'keeps other parameters, sorted',
      'https://www.amazon.science/careers?q=ml&p=2&utm_source=x',
      'https://www.amazon.science/careers?p=2&q=ml',
    ],
    ['drops the fragment', `${PROFILE}#top`, PROFILE],
    ['moves the apex science host to www', 'https://amazon.science/blog/x', 'https://www.amazon.science/blog/x'],
    ['lower-cases the host', 'https://WWW.Amazon.Science/blog/x', 'https://www.amazon.science/blog/x'],
    ['upgrades http to https', 'http://www.amazon.science/blog/x', 'https://www.amazon.science/blog/x'],
    ['drops a trailing slash', 'https://www.amazon.science/blog/x/', 'https://www.amazon.science/blog/x'],
    ['keeps the root path', 'https://amazon.science/', 'https://www.amazon.science/'],
    ['keeps the root path without a slash', 'https://amazon.science', 'https://www.amazon.science/'],
    ['moves the apex jobs host to www', 'https://amazon.jobs/en/jobs/1324373/x', 'https://www.amazon.jobs/en/jobs/1324373/x'],
    [
      'rewrites a two-letter locale to en',
      'https://www.amazon.jobs/de/jobs/719075/amazon-scholar',
      'https://www.amazon.jobs/en/jobs/719075/amazon-scholar',
    ],
    ['rewrites a region locale to en', 'https://www.amazon.jobs/en-gb/jobs/1/x', 'https://www.amazon.jobs/en/jobs/1/x'],
    ['adds en to a posting without a locale', 'https://www.amazon.jobs/jobs/1/x', 'https://www.amazon.jobs/en/jobs/1/x'],
    ['keeps a posting without a slug slugless', 'https://amazon.jobs/de/jobs/719075', 'https://www.amazon.jobs/en/jobs/719075'],
    [
      'applies every jobs rule at once',
      'https://amazon.jobs/de/jobs/719075/amazon-scholar/?cmpid=bsp#apply',
      'https://www.amazon.jobs/en/jobs/719075/amazon-scholar',
    ],
    [
      'leaves a non-posting jobs path alone',
      'https://www.amazon.jobs/de/search?base_query=ml',
      'https://www.amazon.jobs/de/search?base_query=ml',
    ],
    ['never rewrites another host', 'https://science.amazon.com/blog/x?utm_source=y#z', 'https://science.amazon.com/blog/x'],
  ])('%s', (_rule, input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it('is idempotent on every canonical form', () => {
    for (const url of [PROFILE, 'https://www.amazon.jobs/en/jobs/1/x', 'https://www.amazon.science/careers?p=2']) {
      expect(canonicalUrl(canonicalUrl(url))).toBe(canonicalUrl(url));
    }
  });

  it('returns input that is not an http(s) URL as it is', () => {
    expect(canonicalUrl('not a url')).toBe('not a url');
    expect(canonicalUrl('chrome-extension://abc/popup.html')).toBe('chrome-extension://abc/popup.html');
  });
});

describe('job ids and hosts', () => {
  it.each([
    ['https://www.amazon.jobs/en/jobs/1324373/senior-applied-scientist-nlp-ir?cmpid=x', '1324373'],
    ['https://amazon.jobs/de/jobs/719075/amazon-scholar/', '719075'],
    ['https://www.amazon.jobs/en-gb/jobs/42', '42'],
    ['https://www.amazon.jobs/jobs/42/x', '42'],
    ['https://www.amazon.jobs/en/search?base_query=42', null],
    ['https://www.amazon.science/jobs/42/x', null],
    ['https://account.amazon.jobs/jobs/42/apply', null],
    ['nonsense', null],
  ])('jobIdFromUrl(%s) is %s', (url, id) => {
    expect(jobIdFromUrl(url)).toBe(id);
  });

  it('knows exactly the two spellings of each host', () => {
    expect(['https://amazon.science/x', 'https://www.amazon.science/'].every(isScienceHost)).toBe(true);
    expect(['https://cdn.amazon.science/x', 'https://amazon.science.evil.com/', 'https://www.amazon.com/'].some(isScienceHost)).toBe(false);
    expect(['https://amazon.jobs/x', 'https://www.amazon.jobs/'].every(isJobsHost)).toBe(true);
    expect(['https://account.amazon.jobs/', 'ftp://amazon.jobs/'].some(isJobsHost)).toBe(false);
  });

  it('builds a posting address with and without its slug', () => {
    expect(jobUrl('1', 'x')).toBe('https://www.amazon.jobs/en/jobs/1/x');
    expect(jobUrl('1')).toBe('https://www.amazon.jobs/en/jobs/1');
  });
});
