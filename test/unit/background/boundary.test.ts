// @vitest-environment node
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { OUR_PAGES } from '../../../lib/content/pages';
import { articleClipSchema, isOurPageUrl, jobSchema } from '../../../lib/clip-schema';
import { saveClip, StoreError } from '../../../lib/db/items';
import { articleClip, freshDb, postingJob } from '../db/clips';

// Issue 11, point 7: the message boundary stored a clip address on any host, a javascript: page
// address and a javascript: hero source. Clip and page addresses are https on our sites, pictures
// on the image hosts, links out https; the store checks the page address again itself.

const leino = articleClip('science-profile-leino');
const hero = { src: 'https://assets.amazon.science/dims4/default/1/hero.jpg', alt: null, caption: null, credit: null };
const posting = postingJob('jobs-detail-1324373');

describe('addresses at the boundary', () => {
  it('our pages are https on amazon.science and amazon.jobs, nothing else', () => {
    for (const url of [
      'https://www.amazon.science/blog/x',
      'https://amazon.science/',
      'https://www.amazon.jobs/en/jobs/1',
      'https://amazon.jobs/de/jobs/2/x?utm_source=a#b',
    ])
      expect(isOurPageUrl(url)).toBe(true);
    for (const url of [
      'http://www.amazon.science/blog/x',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'https://evil.example/blog/x',
      'https://www.amazon.science.evil.example/x',
      'https://user:pass@www.amazon.science/x',
      'https://www.amazon.science:8443/x',
      'https://cdn.amazon.science/x.png',
      'not a url',
    ])
      expect(isOurPageUrl(url), url).toBe(false);
  });

  it('a clip of another site, over http, or with a javascript: address is refused', () => {
    expect(articleClipSchema.safeParse({ ...leino, hero }).success).toBe(true);
    for (const url of ['https://evil.example/blog/x', 'http://www.amazon.science/blog/x', 'javascript:alert(1)'])
      expect(articleClipSchema.safeParse({ ...leino, url }).success, url).toBe(false);
    for (const url of ['https://evil.example/jobs/1', 'javascript:alert(1)'])
      expect(jobSchema.safeParse({ ...posting, url }).success, url).toBe(false);
  });

  it('a hero picture off the image hosts, or not https, is refused; no hero picture is fine', () => {
    for (const src of [
      'javascript:alert(1)',
      'https://tracker.example/p.gif',
      'http://assets.amazon.science/x.jpg',
      'data:image/png;base64,AAAA',
    ]) {
      expect(articleClipSchema.safeParse({ ...leino, hero: { ...hero, src } }).success, src).toBe(false);
    }
    expect(articleClipSchema.safeParse({ ...leino, hero: { ...hero, src: null } }).success).toBe(true);
  });

  it('an apply link must be https', () => {
    expect(jobSchema.safeParse(posting).success).toBe(true);
    for (const applyUrl of ['javascript:alert(1)', 'http://account.amazon.jobs/jobs/1/apply'])
      expect(jobSchema.safeParse({ ...posting, applyUrl }).success, applyUrl).toBe(false);
  });

  it('the store refuses a page address off our sites whatever the message said, and writes nothing', async () => {
    const db = freshDb();
    for (const pageUrl of ['javascript:alert(1)', 'https://evil.example/', 'http://www.amazon.science/x']) {
      await expect(saveClip(db, leino, pageUrl)).rejects.toBeInstanceOf(StoreError);
    }
    expect(await db.items.count()).toBe(0);
    await db.delete();
  });

  it('the pages we run on and the hosts we may reach are https only', () => {
    expect(OUR_PAGES.every((pattern) => pattern.startsWith('https://'))).toBe(true);
    const manifestOf = config.manifest as (env: { browser: string }) => { host_permissions: string[] };
    for (const browser of ['chrome', 'firefox']) {
      expect(manifestOf({ browser }).host_permissions.every((pattern) => pattern.startsWith('https://'))).toBe(true);
    }
  });
});
