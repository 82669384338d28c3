import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ArticleItem, JobItem } from '../../../lib/db/schema';
import { isAllowedImageUrl } from '../../../lib/images/hosts';
import { itemMarkdown } from '../../../lib/markdown/document';
import { addresses, allNodes, goldenItem, headings, readNote, GOLDEN_NAMES } from './notes';

// Every exported file read back with a Markdown parser and a YAML parser, as a Markdown tool
// would: the properties, the headings and the links must be what the item says.

const ARTICLE_KEYS = [
  'title',
  'kind',
  'source',
  'authors',
  'published',
  'research_areas',
  'site_tags',
  'person',
  'role',
  'team',
  'organization',
  'tags',
  'saved',
];
const JOB_KEYS = ['title', 'kind', 'source', 'job_id', 'company', 'locations', 'pay', 'posted', 'status', 'follow_up', 'tags', 'saved'];
const SAFE_LINK = /^(https?:\/\/|mailto:)/;

function note(name: (typeof GOLDEN_NAMES)[number]) {
  const item = goldenItem(name);
  return { item, ...readNote(itemMarkdown(item)) };
}

describe('an exported file, read back', () => {
  for (const name of GOLDEN_NAMES) {
    test(`${name}: known properties only, one H1 with the title, links and pictures to web addresses, no raw HTML`, () => {
      const { item, properties, tree } = note(name);
      expect(Object.keys(properties).every((key) => (item.kind === 'job' ? JOB_KEYS : ARTICLE_KEYS).includes(key))).toBe(true);
      expect(properties).toMatchObject({ title: item.title, kind: item.kind, source: item.clip.url, saved: '2026-03-04' });
      expect(headings(tree, 1)).toEqual([item.title]);
      for (const url of addresses(tree)) expect(url).toMatch(SAFE_LINK);
      expect(allNodes(tree).filter((node) => node.type === 'html')).toEqual([]);
    });
  }

  test('an article: its section headings, its links with absolute addresses, its figures with captions, its properties', () => {
    const { item, properties, tree } = note('science-blog-overfit');
    const clip = (item as ArticleItem).clip;
    expect(headings(tree, 2)).toEqual([
      'A puzzle at the heart of machine learning',
      "Occam's razor, made precise",
      'The experiment: Squeezing a strategy through a bottleneck',
      'What comes out the other end',
      'Catching cheaters',
      "What this tells us — and what it doesn't",
      'Jobs on this page',
    ]);
    const links = allNodes(tree).filter((node) => node.type === 'link');
    expect(links.map((link) => link.url)).toContain('https://arxiv.org/abs/2606.11045');
    const images = allNodes(tree).filter((node) => node.type === 'image');
    expect(images.map((image) => image.alt)).toEqual(['CompressionModels-03-16x9.png', 'CompressionModels-04-1x1.png']);
    for (const image of images) expect(isAllowedImageUrl(image.url)).toBe(true);
    // A figure's caption follows its picture, in italics.
    const emphasised = allNodes(tree)
      .filter((node) => node.type === 'emphasis')
      .map((node) =>
        allNodes(node)
          .filter((n) => n.type === 'text')
          .map((n) => n.value)
          .join(''),
      );
    expect(emphasised.some((text) => text.startsWith("In the experiments, the explorer agent's strategy"))).toBe(true);
    expect(properties).toMatchObject({
      authors: clip.authors,
      published: clip.published,
      research_areas: clip.researchAreas,
      site_tags: clip.siteTags,
      tags: ['reading-group', 'ml'],
    });
    // The pull quote is set apart as a block quote.
    expect(allNodes(tree).filter((node) => node.type === 'blockquote')).toHaveLength(1);
  });

  test('a Q&A interview: each question a heading, followed by its answer; the pull quote with its speaker', () => {
    const { item, properties, tree } = note('science-qa-rastogi');
    const clip = (item as ArticleItem).clip;
    expect(headings(tree, 3)).toEqual(clip.qa.map((pair) => pair.q));
    const blocks = tree.children;
    for (const pair of clip.qa) {
      const at = blocks.findIndex((node) => node.type === 'heading' && headings({ type: 'root', children: [node] })[0] === pair.q);
      const answer = blocks[at + 1]!;
      expect(answer.type).toBe('paragraph');
      expect(
        pair.a.startsWith(
          allNodes(answer)
            .filter((n) => n.type === 'text')
            .map((n) => n.value)
            .join('')
            .slice(0, 60),
        ),
      ).toBe(true);
    }
    const quote = allNodes(tree).find((node) => node.type === 'blockquote')!;
    expect(
      allNodes(quote)
        .filter((n) => n.type === 'text')
        .map((n) => n.value),
    ).toEqual([clip.pullQuotes[0]!.text, '— Rajeev Rastogi']);
    expect(properties).toMatchObject({
      person: 'Rajeev Rastogi',
      role: 'vice president of machine learning',
      organization: 'Amazon India',
    });
    expect(properties).not.toHaveProperty('team');
  });

  test('a job: its lists, pay, status history and notes, and its properties', () => {
    const { item, properties, tree } = note('jobs-detail-1324373');
    const job = item as JobItem;
    expect(headings(tree, 2)).toEqual([
      'Pay',
      'Description',
      'Responsibilities',
      'Basic qualifications',
      'Preferred qualifications',
      'Status',
      'Notes',
    ]);
    const listAfter = (title: string) => {
      const at = tree.children.findIndex((node) => node.type === 'heading' && headings({ type: 'root', children: [node] })[0] === title);
      const list = tree.children[at + 1]!;
      expect(list.type).toBe('list');
      return allNodes(list)
        .filter((node) => node.type === 'listItem')
        .map((node) =>
          allNodes(node)
            .filter((n) => n.type === 'text')
            .map((n) => n.value)
            .join(''),
        );
    };
    expect(listAfter('Basic qualifications')).toEqual(job.clip.basicQualifications);
    expect(listAfter('Preferred qualifications')).toEqual(job.clip.preferredQualifications);
    expect(listAfter('Responsibilities')).toEqual(job.clip.responsibilities);
    expect(listAfter('Pay')).toEqual(['DEU, BE, Berlin: 78,000–121,500 EUR a year']);
    expect(listAfter('Status')).toEqual(['2026-03-04: Saved', '2026-03-06: Applied', '2026-03-20: Interviewing']);
    expect(properties).toEqual({
      title: 'Senior Applied Scientist - NLP / IR',
      kind: 'job',
      source: job.clip.url,
      job_id: '1324373',
      company: 'Amazon Development Center DEU',
      locations: ['DE, BE, Berlin'],
      pay: ['DEU, BE, Berlin: 78,000–121,500 EUR a year'],
      posted: '2020-11-23',
      status: 'Interviewing',
      follow_up: '2026-03-27',
      tags: ['berlin', 'dream-job'],
      saved: '2026-03-04',
    });
  });

  test('a job stored before pay was read has no pay section and no pay property', () => {
    const job = goldenItem('jobs-detail-1324373') as JobItem;
    const { pay: _pay, ...older } = job.clip;
    const { properties, tree } = readNote(itemMarkdown({ ...job, clip: older as JobItem['clip'] }));
    expect(properties).not.toHaveProperty('pay');
    expect(headings(tree, 2)).not.toContain('Pay');
  });
});

describe('hostile content stays inert', () => {
  test('the hostile fixture: its markup-like text is text, its script links and tracking pictures are gone', () => {
    const markdown = itemMarkdown(goldenItem('hostile-xss'));
    const { properties, tree } = readNote(markdown);
    expect(allNodes(tree).filter((node) => node.type === 'html')).toEqual([]);
    for (const url of addresses(tree)) {
      expect(url).toMatch(SAFE_LINK);
      expect(url).not.toMatch(/tracker\.example/);
    }
    expect(markdown).not.toMatch(/\]\(\s*<?\s*(javascript|data|vbscript):/i);
    // The title reads as the page wrote it, markup and all, as one property and as the heading.
    expect(properties.title).toBe("Field notes on markup that must never run: <img src=x onerror=__xss('h1-text')>");
    expect(headings(tree, 1)).toEqual([properties.title]);
    expect(Object.keys(properties)).toEqual([
      'title',
      'kind',
      'source',
      'authors',
      'published',
      'research_areas',
      'site_tags',
      'tags',
      'saved',
    ]);
  });

  test('whatever the page or the user wrote, a file keeps its own properties, and has no raw HTML and no link that is not a web address', () => {
    const hostileText = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom(
        '<img src=x onerror=alert(1)>',
        '[x](javascript:alert(1))',
        '<javascript:alert(1)>',
        '---\nevil: 1',
        'a: b',
        '"quoted" \'both\'',
        '# heading',
        '<!-- c -->',
        '`code`',
        '*',
        '\\',
        '\n\n- item',
        'javascript:alert(1)',
        ']: javascript:x',
      ),
    );
    const job = goldenItem('jobs-detail-1324373') as JobItem;
    const article = goldenItem('science-qa-rastogi') as ArticleItem;
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 6, maxLength: 6 }), ([title, dek, caption, note, tag, answer]) => {
        const articleFile = itemMarkdown({
          ...article,
          title: title!,
          tags: [tag!],
          clip: {
            ...article.clip,
            title: title!,
            dek: dek!,
            hero: { src: null, alt: caption!, caption: caption!, credit: tag! },
            html: `<p>${answer}</p>`,
            qa: [{ q: title!, a: answer! }],
            pullQuotes: [{ text: dek!, by: tag! }],
          },
        });
        const jobFile = itemMarkdown({
          ...job,
          title: title!,
          notes: note!,
          tags: [tag!],
          clip: { ...job.clip, description: answer!, responsibilities: [note!] },
        });
        for (const [file, keys] of [
          [articleFile, ARTICLE_KEYS],
          [jobFile, JOB_KEYS],
        ] as const) {
          const { properties, tree } = readNote(file);
          expect(Object.keys(properties).every((key) => keys.includes(key))).toBe(true);
          if (title!.trim()) expect(properties.title).toBe(title);
          expect(allNodes(tree).filter((node) => node.type === 'html')).toEqual([]);
          for (const url of addresses(tree)) expect(url).toMatch(SAFE_LINK);
        }
      }),
      { seed: 14, numRuns: 150 },
    );
  }, 60_000);
});
