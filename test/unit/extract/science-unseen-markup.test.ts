// One test per kind of markup the reader met on pages it had never seen (issue "Read pages we have
// never seen"). Every page here is written without the class names of our fixtures: the rules read
// labels, positions around the H1, addresses and sentence shapes.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { scienceArticle } from '../../../lib/extract/amazon-science/article';
import { splitCaption } from '../../../lib/extract/amazon-science/hero';
import { readPerson } from '../../../lib/extract/amazon-science/person';
import { isFirstPersonEssay } from '../../../lib/extract/amazon-science/page-kind';
import { readQa } from '../../../lib/extract/amazon-science/qa';
import { parseDate } from '../../../lib/extract/text';
import type { ArticleClip } from '../../../lib/types';

const PROSE = [
  'The first paragraph of the body explains what the team set out to measure and why it mattered to customers.',
  'The second paragraph describes the method, the data that was collected and the baselines it was compared with.',
  'The third paragraph reports the results and what the authors plan to study next, with a link to the paper.',
];
const PARAGRAPHS = PROSE.map((p) => `<p>${p}</p>`).join('');
const NAV = '<header><nav><a href="/research-areas/robotics">Robotics</a><a href="/research-areas/economics">Economics</a></nav></header>';

function read(html: string, address = 'https://www.amazon.science/blog/a-post'): ArticleClip {
  const url = new URL(address);
  return scienceArticle.extract(new JSDOM(`<body>${NAV}${html}</body>`, { url: url.href }).window.document, url) as ArticleClip;
}

function fragment(html: string): Element {
  return new JSDOM(`<body><div id="root">${html}</div></body>`).window.document.getElementById('root')!;
}

/** An article whose headline block is `head` and whose body is `body` (plain prose when left out). */
function page({ above = '', head = '<h1>The headline</h1>', body = PARAGRAPHS, after = '' } = {}, address?: string): ArticleClip {
  return read(`<main>${above}<article><div>${head}</div><div>${body}</div>${after}</article></main>`, address);
}

describe('hero markup', () => {
  it('a lead <figure> above the headline, outside the article, in wrappers with <picture>/<source>, is the hero', () => {
    const above = `<div><div><div><figure><picture><source type="image/webp" srcset="/lead.webp 1440w"><img src="/lead.jpg" alt="The lab"></picture>
      <figcaption><div><p>The lab where the work was done.</p></div><span>Credit: Ada Example</span></figcaption></figure></div></div></div>`;
    expect(page({ above }).hero).toEqual({
      src: 'https://www.amazon.science/lead.jpg',
      alt: 'The lab',
      caption: 'The lab where the work was done.',
      credit: 'Ada Example',
    });
  });

  it('an avatar set in the "By …" line is not the hero', () => {
    expect(page({ head: '<h1>The headline</h1><div><img src="/avatar.jpg" alt="Ada">By Ada Example</div>' }).hero).toBeNull();
  });

  it('an <img> holding only a placeholder takes its address from the <picture> sources', () => {
    const above = '<figure><picture><source srcset="/real.jpg 1x"><img src="data:image/gif;base64,R0lGOD" alt="Lead"></picture></figure>';
    expect(page({ above }).hero?.src).toBe('https://www.amazon.science/real.jpg');
  });

  it('an unlabelled credit line set apart after the caption sentence is the credit', () => {
    expect(
      splitCaption(fragment('<div><p>Ada Example in the lab.</p><small>Courtesy of Ada Example</small></div>').firstElementChild),
    ).toEqual({
      caption: 'Ada Example in the lab.',
      credit: 'Courtesy of Ada Example',
    });
    expect(splitCaption(fragment('<div><p>The lab.</p><p>The second sentence of the caption.</p></div>').firstElementChild)).toEqual({
      caption: 'The lab. The second sentence of the caption.',
      credit: null,
    });
  });

  it('an unlabelled credit set inline after the caption sentence (<small> as the last child) is the credit', () => {
    expect(splitCaption(fragment('<figcaption>Packages on the move. <small>F4D Studios</small></figcaption>').firstElementChild)).toEqual({
      caption: 'Packages on the move.',
      credit: 'F4D Studios',
    });
    expect(splitCaption(fragment('<figcaption>The <em>new</em> lab</figcaption>').firstElementChild)).toEqual({
      caption: 'The new lab',
      credit: null,
    });
  });

  it('a caption set in a wrapper beside the image, with no <figure> and no caption class, is read with its credit', () => {
    const head =
      '<h1>The headline</h1><div><div><img src="/lead.jpg" alt="Lead"></div><div><p>The lead picture.</p><small>Glynis Condon</small></div></div>';
    expect(page({ head }).hero).toMatchObject({ caption: 'The lead picture.', credit: 'Glynis Condon' });
  });
});

describe('byline markup', () => {
  const jsonLd = '<script type="application/ld+json">{"@type":"BlogPosting","author":[{"@type":"Person","name":"Ada Example"}]}</script>';

  it('"By A, B, and C" mixing linked and unlinked names reads every name in order', () => {
    const head =
      '<h1>The headline</h1><p>By <a href="/author/ada-example">Ada Example</a>, Grace Hopper, and <a href="/author/alan-turing">Alan Turing</a></p>';
    expect(page({ head }).authors).toEqual(['Ada Example', 'Grace Hopper', 'Alan Turing']);
  });

  it('the visible byline wins over JSON-LD that lists fewer authors', () => {
    const head = `${jsonLd}<h1>The headline</h1><p>By Ada Example and Grace Hopper</p>`;
    expect(page({ head }).authors).toEqual(['Ada Example', 'Grace Hopper']);
  });

  it('a dateline above the headline dates the article', () => {
    const head = '<div><span>News</span> <time datetime="2021-05-11">May 11, 2021</time></div><h1>The headline</h1>';
    expect(page({ head }).published).toBe('2021-05-11');
  });
});

describe('person markup', () => {
  it('"Since joining TEAM, ROLE NAME has …" gives the role and the team', () => {
    expect(
      readPerson(['Since joining Amazon Flex, senior research scientist Jonathan Toner has built an ecosystem of models.'], null),
    ).toEqual({
      name: 'Jonathan Toner',
      role: 'senior research scientist',
      team: 'Amazon Flex',
      organization: null,
    });
  });

  it('joining the company itself names no team', () => {
    expect(readPerson(['Since joining Amazon in 2017, principal scientist Ada Example has led the team.'], null)?.team).toBeNull();
  });

  it('"NAME, a ORGANIZATION ROLE of X and an Amazon Scholar" gives the organisation named first and the first role', () => {
    expect(
      readPerson(['Thorsten Joachims, a Cornell University professor of computer science and an Amazon Scholar, won the award.'], null),
    ).toEqual({
      name: 'Thorsten Joachims',
      role: 'professor of computer science',
      team: null,
      organization: 'Cornell University',
    });
  });

  it('"NAME, a TEAM team ROLE" gives the team named first', () => {
    expect(readPerson(['Siwei Jia, a DEX team principal research scientist, explains the work.'], null)).toMatchObject({
      team: 'DEX',
      role: 'principal research scientist',
    });
  });

  it('a title-cased role is not split into an organisation and a role', () => {
    expect(readPerson(['Ada Example, Senior Applied Scientist, explains the work.'], null)).toMatchObject({
      role: 'Senior Applied Scientist',
      organization: null,
    });
  });

  it('an initial inside a role does not end it', () => {
    expect(
      readPerson(
        ['John Preskill, the Richard P. Feynman Professor of Theoretical Physics at the California Institute of Technology, won.'],
        null,
      ),
    ).toEqual({
      name: 'John Preskill',
      role: 'Richard P. Feynman Professor of Theoretical Physics',
      team: null,
      organization: 'California Institute of Technology',
    });
  });

  it('a later mention in another role does not lend its organisation', () => {
    const person = readPerson(
      ['Amazon Scholar Ada Example spoke first.', 'We spoke to Ada Example, a professor of statistics at Yale University.'],
      null,
    );
    expect(person).toEqual({ name: 'Ada Example', role: 'Amazon Scholar', team: null, organization: null });
  });

  it('the subject is the first person the page introduces, not a colleague introduced later', () => {
    const body = `<p>Q. What do you work on?</p><p>I work on fairness in machine learning and what it costs in accuracy.</p>
      <p>With Grace Hopper, a professor of computer science at Yale University, she wrote a book about it.</p>
      <p>Q. Why now?</p><p>Because the models are everywhere, and people are asking the question.</p>`;
    const head =
      '<h1>3 questions with Ada Example</h1><figure><img src="/a.jpg" alt="Ada"><figcaption>Since joining AWS AI, Amazon Scholar Ada Example has studied fairness.</figcaption></figure>';
    const clip = page({ head, body: `${PARAGRAPHS}${body}` }, 'https://amazon.science/latest-news/3-questions-with-ada-example');
    expect(clip.kind).toBe('profile');
    expect(clip.person).toEqual({ name: 'Ada Example', role: 'Amazon Scholar', team: 'AWS AI', organization: null });
  });
});

describe('Q&A markup', () => {
  it('bold-paragraph questions without a marker; an inline bold phrase inside an answer stays in the answer', () => {
    const root =
      fragment(`<p>An introduction.</p><p><strong>What is implicit feedback?</strong></p><p>It is what <strong>clicks</strong> tell you.</p>
      <p><b>Why does it mislead?</b></p><p>Because the ranking shapes the clicks.</p>`);
    expect(readQa(root)).toEqual([
      { q: 'What is implicit feedback?', a: 'It is what clicks tell you.' },
      { q: 'Why does it mislead?', a: 'Because the ranking shapes the clicks.' },
    ]);
  });

  it('a bold question whose question mark sits outside the bold', () => {
    const root = fragment('<p><strong>What is it</strong>?</p><p>A thing.</p><p><strong>Why now</strong>?</p><p>Because.</p>');
    expect(readQa(root).map((qa) => qa.q)).toEqual(['What is it?', 'Why now?']);
  });

  it('marker-only "Q." and "A." elements before the question and the answer', () => {
    const root =
      fragment(`<ol><li><div><span>Q.</span><p>What is your talk about?</p></div><div><span>A.</span><p>Fairness.</p><p>And privacy.</p></div></li>
      <li><p>Q.</p><p>Why?</p><p>A.</p><p>Because it matters.</p></li></ol>`);
    expect(readQa(root)).toEqual([
      { q: 'What is your talk about?', a: 'Fairness. And privacy.' },
      { q: 'Why?', a: 'Because it matters.' },
    ]);
  });

  it('questions set in italics instead of bold', () => {
    const root = fragment('<p><em>What is it?</em></p><p>A thing.</p><p><i>Why now?</i></p><p>Because.</p>');
    expect(readQa(root).map((qa) => qa.q)).toEqual(['What is it?', 'Why now?']);
  });

  it('subheads that are all questions answered as "I" are an interview; question subheads answered as "we" are a post', () => {
    const interview =
      fragment(`<h3>How did you start?</h3><p>I studied physics first, and my advisor pushed me to try code.</p><h3>Why Amazon?</h3><p>The scale.</p>
      <h3>What next?</h3><p>I want to keep building.</p>`);
    expect(readQa(interview).map((qa) => qa.q)).toEqual(['How did you start?', 'Why Amazon?', 'What next?']);
    const post = fragment(
      '<h2>Why does it work?</h2><p>We show that the model compresses.</p><h2>What does it cost?</h2><p>We measure the cost.</p>',
    );
    expect(readQa(post)).toEqual([]);
  });

  it('a question sharing its line with the start of the answer', () => {
    expect(readQa(fragment('<p><b>Q. Why Amazon?</b> The scale.</p><p>And the people.</p>'))).toEqual([
      { q: 'Why Amazon?', a: 'The scale. And the people.' },
    ]);
  });
});

describe('pull-quote markup', () => {
  it('an <aside> with a <cite> is a pull quote credited to the cite, and leaves the text', () => {
    const clip = page({
      body: `${PARAGRAPHS}<aside><p>Proofs are only as good as the model.</p><cite>Ada Example</cite></aside><p>${PROSE[0]} Again.</p>`,
    });
    expect(clip.pullQuotes).toEqual([{ text: 'Proofs are only as good as the model.', by: 'Ada Example' }]);
    expect(clip.text).not.toContain('Proofs are only');
  });

  it('a <blockquote> followed by a separate attribution paragraph is one quote; the attribution is neither a quote nor text', () => {
    const clip = page({
      body: `${PARAGRAPHS}<blockquote><p>Every disagreement is a bug.</p></blockquote><p>Ada Example, Amazon Scholar</p><p>${PROSE[1]} Again.</p>`,
    });
    expect(clip.pullQuotes).toEqual([{ text: 'Every disagreement is a bug.', by: 'Ada Example' }]);
    expect(clip.text).not.toContain('Ada Example, Amazon Scholar');
  });

  it('<div>s set as a quote with an attribution line: a quoted sentence over a name, or a sentence over a dash line', () => {
    const body = `${PARAGRAPHS}<div><p>“You cannot have both at once.”</p><p>Ada Example</p></div><div><div>Models should be boring.</div><div>— Grace Hopper</div></div>`;
    expect(page({ body }).pullQuotes).toEqual([
      { text: 'You cannot have both at once.', by: 'Ada Example' },
      { text: 'Models should be boring.', by: 'Grace Hopper' },
    ]);
  });

  it('a pull quote inside a Q&A answer is not answer text and is counted once', () => {
    const body = `${PARAGRAPHS}<p><strong>Why?</strong></p><p>Because the definitions conflict.</p><div><p>“The definitions conflict.”</p><p>Ada Example</p></div>
      <div><p>“The definitions conflict.”</p><p>Ada Example</p></div><p>So we choose.</p><p><strong>And then?</strong></p><p>We measure.</p>`;
    const clip = page({ body });
    expect(clip.pullQuotes).toEqual([{ text: 'The definitions conflict.', by: 'Ada Example' }]);
    expect(clip.qa).toEqual([
      { q: 'Why?', a: 'Because the definitions conflict. So we choose.' },
      { q: 'And then?', a: 'We measure.' },
    ]);
  });

  it('lines of quoted dialogue in the body stay text', () => {
    const clip = page({ body: `<div><p>“Alexa, play some jazz.”</p><p>“Playing some jazz.”</p></div>${PARAGRAPHS}` });
    expect(clip.pullQuotes).toEqual([]);
    expect(clip.text).toContain('Playing some jazz.');
  });
});

describe('promos inside the body container', () => {
  it('a "Related content" card nested in a body wrapper goes; the prose around it stays', () => {
    const body = `<div><p>${PROSE[0]}</p><div><h4>Related content</h4><a href="/blog/other">Another article</a><p>Its dek.</p></div><p>${PROSE[1]}</p><p>${PROSE[2]}</p></div>`;
    const clip = page({ body });
    expect(clip.text).toContain(PROSE[0]);
    expect(clip.text).toContain(PROSE[2]);
    expect(clip.text).not.toMatch(/Related content|Another article|Its dek/);
  });

  it('a teaser card (linked image, credit line, linked title, dek) and a labelled card with a standalone linked title go', () => {
    const body = `${PARAGRAPHS}<div><div><a href="/blog/x"><img src="/x.jpg" alt="x"></a><div><span>By A Photographer</span><a href="/blog/x">A teaser title</a><p>A teaser dek.</p></div></div></div>
      <div><span>Science at Amazon</span><a href="/working-at-amazon/y">How to build a career</a><p>A scientist gives her view of what it takes to build a career over many years.</p></div><p>Closing words of the article.</p>`;
    const clip = page({ body });
    expect(clip.text).toContain('Closing words of the article.');
    expect(clip.text).not.toMatch(/teaser|Photographer|Science at Amazon|How to build a career/);
  });

  it('a newsletter box inside the body goes', () => {
    const clip = page({
      body: `${PARAGRAPHS}<div><h3>Sign up for the newsletter</h3><form><input type="email"><button>Subscribe</button></form></div>`,
    });
    expect(clip.text).not.toMatch(/Sign up|Subscribe/);
  });
});

describe('research-area markup', () => {
  it('a bare <a> to /research-areas/ right above the headline is the first research area', () => {
    const head = '<a href="/research-areas/automated-reasoning">Automated reasoning</a><h1>The headline</h1>';
    expect(page({ head }).researchAreas).toEqual(['Automated reasoning']);
  });

  it('a research-area link under the headline counts when the kicker above is a section label', () => {
    const head = '<span>News</span><h1>The headline</h1><p><a href="/research-areas/economics">Economics</a></p>';
    expect(page({ head }).researchAreas).toEqual(['Economics']);
  });

  it('"Research areas" and "Tags" in one <dl> stay apart', () => {
    const after = `<dl><dt>Research areas</dt><dd><a href="/research-areas/a">Automated reasoning</a></dd><dd><a href="/research-areas/b">Security</a></dd>
      <dt>Tags</dt><dd><a href="/tag/c">Cedar</a></dd></dl>`;
    expect(page({ after })).toMatchObject({ researchAreas: ['Automated reasoning', 'Security'], siteTags: ['Cedar'] });
  });

  it('"Research areas: A, B" written inline on one line', () => {
    const after =
      '<footer><span>Research areas: <a href="/research-areas/a">Machine learning</a>, <a href="/research-areas/b">Economics</a></span></footer>';
    expect(page({ after }).researchAreas).toEqual(['Machine learning', 'Economics']);
  });
});

describe('page kind', () => {
  const essay = [
    'Not long ago I sat in a meeting with a group of mentors, and someone asked a question I have kept thinking about since.',
    'My first instinct was to answer with the principles we work by, but I have come to see the answer differently over the years.',
    'In my experience the best scientists are the ones who keep learning, long after anyone asks them to, because they cannot help it.',
  ];
  const feature = [
    'Ada Example has always been drawn to hard problems, and her career shows it, from physics to machine learning.',
    '“I was pretty curious — maybe a little weird,” she says. “Hard topics were a challenge to me, and I liked that.”',
    'She joined the team in 2020 and has since built the models that plan the deliveries of millions of packages.',
  ];

  it('a first-person essay under /working-at-amazon/ with the writer in the caption and dek is an article with no person', () => {
    const head = `<figure><img src="/a.jpg" alt="Ada"><figcaption>Ada Example, director of science at Amazon, says great scientists keep learning.</figcaption></figure>
      <h1>What makes a great scientist?</h1><h2>Ada Example, director of science at Amazon, shares her view.</h2>`;
    const clip = page(
      { head, body: essay.map((p) => `<p>${p}</p>`).join('') },
      'https://www.amazon.science/working-at-amazon/what-makes-a-great-scientist',
    );
    expect(clip).toMatchObject({ kind: 'article', person: null });
  });

  it('an editor\'s note that hands the article to its writer makes it an essay, even when the writer says "we"', () => {
    const we = [
      'Editor’s note: Ada Example is a principal scientist at Amazon. In this article, she describes how an internal challenge brought teams together.',
      'There is a great deal of machine learning at Amazon, and we wanted a way for teams to learn from each other across the company.',
      'So we built a challenge inside our annual conference, and hundreds of scientists took part in it over the following months.',
    ];
    const head =
      '<figure><img src="/a.jpg" alt="Ada"><figcaption>Ada Example, an Amazon principal scientist, shares her insights.</figcaption></figure><h1>Fostering a culture of innovation</h1>';
    const clip = page(
      { head, body: we.map((p) => `<p>${p}</p>`).join('') },
      'https://www.amazon.science/working-at-amazon/fostering-a-culture-of-innovation',
    );
    expect(clip).toMatchObject({ kind: 'article', person: null });
  });

  it('a Q&A interview that never introduces its subject in a sentence names them from the headline', () => {
    const body = `<p>Ada Example won the prize this week. We asked Ada Example about the work.</p><p>Q. What was it about?</p><p>Learning from clicks, and the biases that come with them.</p>
      <p>Q. What next?</p><p>Fair rankings, which are harder than they look at first.</p>`;
    expect(page({ head: '<h1>3 questions with Ada Example</h1>', body }).person).toEqual({
      name: 'Ada Example',
      role: null,
      team: null,
      organization: null,
    });
  });

  it('a page whose lead shows or introduces two people is not a profile of one, even under a Q&A', () => {
    const head = `<figure><img src="/k.jpg" alt="Two scholars"><figcaption>Amazon Scholars Ada Example (left) and Grace Hopper, who were both elected this year.</figcaption></figure>
      <h1>Two Amazon Scholars elected</h1><p class="dek">Yale professor Ada Example and Penn professor Grace Hopper join the academy.</p>`;
    const body = `${PARAGRAPHS}<p>Q. What does it mean?</p><p>It is an honour for the whole field, and for the people we have worked with.</p><p>Q. What next?</p><p>More of the same work, with more people.</p>`;
    expect(page({ head, body }, 'https://www.amazon.science/working-at-amazon/two-scholars')).toMatchObject({
      kind: 'article',
      person: null,
    });
  });

  it('first person inside quotation marks is the subject speaking, not a narrator', () => {
    expect(isFirstPersonEssay(essay)).toBe(true);
    expect(isFirstPersonEssay(feature)).toBe(false);
  });
});

describe('body markup', () => {
  it('a body split over sibling containers (an introduction, then a Q&A list) is read whole', () => {
    const body = `<div>${PARAGRAPHS}</div><ol><li><p>Q. What is it about?</p><p>It is about fairness in machine learning, and about what it costs in accuracy to ask a model for it.</p></li>
      <li><p>Q. Why does it matter?</p><p>Because different definitions of fairness can contradict each other in practice, so a team has to choose.</p></li></ol>`;
    const clip = page({ body });
    expect(clip.qa.map((qa) => qa.q)).toEqual(['What is it about?', 'Why does it matter?']);
    expect(clip.text).toContain(PROSE[0]);
  });

  it('a long job card next to a short article never becomes its body', () => {
    const card = `<div><a href="https://www.amazon.jobs/en/jobs/10544231/data-scientist">Data Scientist II</a><p>${'A long description of the job and the team. '.repeat(30)}</p></div>`;
    const clip = read(
      `<main><article><h1>The headline</h1><div>${PARAGRAPHS}</div></article><section><h2>Work with us</h2>${card}</section></main>`,
    );
    expect(clip.text).toContain(PROSE[0]);
    expect(clip.text).not.toContain('A long description of the job');
    expect(clip.jobs.map((job) => job.jobId)).toEqual(['10544231']);
  });

  it('an <aside> that holds the whole article is its content; a short one is a side note', () => {
    const long = PROSE.map((p) => `<p>${p} ${p} ${p} ${p}</p>`).join('');
    const clip = read(`<main><aside><h1>The headline</h1>${long}<aside><p>Sign up for our newsletter today.</p></aside></aside></main>`);
    expect(clip.text).toContain(PROSE[2]);
    expect(clip.text).not.toContain('newsletter');
  });
});

describe('dek markup', () => {
  it('a paragraph right under the headline and above the byline is the dek, even with no class to set it apart', () => {
    const clip = read(
      `<main><article><h1>The headline</h1><p>A sentence that sums up the article for the reader.</p><p>By Ada Example</p>${PARAGRAPHS}</article></main>`,
    );
    expect(clip).toMatchObject({ dek: 'A sentence that sums up the article for the reader.', authors: ['Ada Example'] });
    expect(clip.text).not.toContain('sums up');
  });
});

describe('dates and reading times written differently', () => {
  it.each([
    ['September 14th, 2021', '2021-09-14'],
    ['14th of September 2021', '2021-09-14'],
    ['2021/09/14', '2021-09-14'],
    ['Tue, 14 Sep 2021 12:00:00 GMT', '2021-09-14'],
  ])('%s', (text, date) => {
    expect(parseDate(text)).toBe(date);
  });

  it('"Reading time: 6 min" is a reading time', () => {
    expect(page({ head: '<h1>The headline</h1><p>Reading time: 6 min</p>' }).readingMinutes).toBe(6);
  });
});
