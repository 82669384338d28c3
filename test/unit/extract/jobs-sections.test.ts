import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { amazonJobsPosting } from '../../../lib/extract/amazon-jobs/posting';
import {
  bulletText,
  isBoilerplate,
  linesToText,
  listItems,
  responsibilitiesFrom,
  sectionLabel,
  splitRunIns,
  splitSections,
  textLines,
} from '../../../lib/extract/jobs/sections';
import type { Job } from '../../../lib/types';

function body(html: string): HTMLElement {
  return new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document.body;
}

/** A posting page in amazon.jobs' layout with the given description and qualification markup. */
function posting(description: string, basic = '<p>- PhD</p>', preferred = '<p>- Publications</p>'): Job {
  const url = new URL('https://www.amazon.jobs/en/jobs/2999999/applied-scientist');
  const html = `<!DOCTYPE html><body><h1>Applied Scientist</h1><p>Job ID: 2999999 | Amazon.com Services LLC</p>
    <div class="content">
      <div><h2>Description</h2>${description}</div>
      <div><h2>Basic Qualifications</h2>${basic}</div>
      <div><h2>Preferred Qualifications</h2>${preferred}</div>
    </div></body>`;
  const doc = new JSDOM(html, { url: url.href }).window.document;
  expect(amazonJobsPosting.detect(doc, url)).toBe('job');
  return amazonJobsPosting.extract(doc, url) as Job;
}

describe('textLines', () => {
  it('splits at <br>, marks paragraphs at blank lines and blocks, and keeps list items', () => {
    const lines = textLines(body('<p>One<br>Two<br><br>Three</p><ul><li>A</li><li>B <b>bold</b></li></ul><h3>Head</h3>'));
    expect(lines.map((l) => l.text)).toEqual(['One', 'Two', 'Three', 'A', 'B bold', 'Head']);
    expect(lines.map((l) => l.para)).toEqual([true, false, true, true, false, true]);
    expect(lines[3]!.item?.localName).toBe('li');
    expect(lines[5]!.heading).toBe(3);
  });

  it('skips scripts, hidden elements and the subtrees it is told to', () => {
    const root = body('<p>Kept</p><script>var x = 1;</script><p hidden>Hidden</p><div class="other"><p>Other card</p></div>');
    expect(textLines(root, (el) => el.classList.contains('other')).map((l) => l.text)).toEqual(['Kept']);
  });

  it('joins lines with a blank line between paragraphs', () => {
    expect(linesToText(textLines(body('<p>a<br>b</p><p>c</p>')))).toBe('a\nb\n\nc');
  });
});

describe('bullets and labels', () => {
  it('strips the markers amazon.jobs uses', () => {
    expect(bulletText('- Master’s degree')).toBe('Master’s degree');
    expect(bulletText('· PhD')).toBe('PhD');
    expect(bulletText('• Python')).toBe('Python');
    expect(bulletText('3+ years of experience')).toBeNull();
    expect(bulletText('-5% error')).toBeNull();
  });

  it('recognises section labels in any case, with a colon', () => {
    expect(sectionLabel('Description')).toBe('description');
    expect(sectionLabel('BASIC QUALIFICATIONS')).toBe('basic');
    expect(sectionLabel('Preferred Qualifications:')).toBe('preferred');
    expect(sectionLabel('Key job responsibilities')).toBeNull();
    expect(sectionLabel('A description of the team follows')).toBeNull();
  });

  it('splits a single block written with run-in labels', () => {
    const sections = splitSections(
      textLines(body('<p>DESCRIPTION<br>We build.<br>BASIC QUALIFICATIONS<br>- PhD<br>PREFERRED QUALIFICATIONS<br>- ROS</p>')),
    );
    expect(sections.description.map((l) => l.text)).toEqual(['We build.']);
    expect(listItems(sections.basic)).toEqual(['PhD']);
    expect(listItems(sections.preferred)).toEqual(['ROS']);
  });
});

describe('qualifications', () => {
  it('leave out the equal-opportunity and pay paragraphs that follow the bullets', () => {
    const job = posting(
      '<p>We build.</p>',
      '<p>- PhD<br>- Python</p>',
      '<p>- Publications<br><br>Amazon is an equal opportunity employer and does not discriminate on the basis of protected veteran status, disability, or other legally protected status.<br><br>Our compensation reflects the cost of labor across several US geographic markets. The base pay for this position ranges from $136,000/year in our lowest geographic market up to $222,200/year in our highest geographic market.</p>',
    );
    expect(job.basicQualifications).toEqual(['PhD', 'Python']);
    expect(job.preferredQualifications).toEqual(['Publications']);
  });

  it('read <li> lists and lists written one item per line without markers', () => {
    expect(posting('<p>x</p>', '<ul><li>PhD</li><li>3+ years of experience</li></ul>').basicQualifications).toEqual([
      'PhD',
      '3+ years of experience',
    ]);
    expect(
      posting('<p>x</p>', '<p>PhD<br>3+ years of experience<br>Amazon is an Equal Opportunity Employer.</p>').basicQualifications,
    ).toEqual(['PhD', '3+ years of experience']);
  });

  it('tell boilerplate from a qualification', () => {
    expect(isBoilerplate('The base pay for this position ranges from $136,000/year')).toBe(true);
    expect(isBoilerplate('Experience with compensation modeling in economics')).toBe(false);
  });
});

describe('responsibilities', () => {
  it('are the bullets under "Key job responsibilities", not those under "A day in the life" or "About the team"', () => {
    const job = posting(
      '<p>We build models.<br><br>Key job responsibilities<br>- Build models for shopping<br>- Run experiments<br><br>A day in the life<br>- Meet engineers<br>- Read papers<br><br>About the team<br>- We are scientists.</p>',
    );
    expect(job.responsibilities).toEqual(['Build models for shopping', 'Run experiments']);
  });

  it('follow a lead-in that names them, and end with the paragraph', () => {
    const job = posting(
      '<p>Intro.<br><br>Your responsibilities include:<br>- Study data<br>- Ship models</p><p>- Not a responsibility</p>',
    );
    expect(job.responsibilities).toEqual(['Study data', 'Ship models']);
  });

  it('are the lines under the label when the label has no bullets, without a lead-in sentence', () => {
    const lines = textLines(
      body('<p>Key job responsibilities<br>Develop algorithms.<br>Report results.<br><br>About the team<br>We are small.</p>'),
    );
    expect(responsibilitiesFrom(lines)).toEqual(['Develop algorithms.', 'Report results.']);
    const withLeadIn = textLines(
      body(
        '<h3>Key job responsibilities</h3><p>As an Applied Scientist, you will:</p><ul><li>Design</li><li>Publish</li></ul><h3>A typical day</h3><ul><li>Standup</li></ul>',
      ),
    );
    expect(responsibilitiesFrom(withLeadIn)).toEqual(['Design', 'Publish']);
  });

  it('include the text run in after "Key job responsibilities:" on the same line', () => {
    const lines = textLines(
      body('<p>Key job responsibilities: Build ranking models.<br>Mentor scientists.<br><br>About the team<br>We are small.</p>'),
    );
    expect(responsibilitiesFrom(lines)).toEqual(['Build ranking models.', 'Mentor scientists.']);
  });

  it('are empty when the description only has other bullets', () => {
    expect(
      posting('<p>Scholars work in one of these arrangements:<br>· Up to 29 hours per week<br>· Full-time in summer</p>').responsibilities,
    ).toEqual([]);
  });
});

describe('description', () => {
  it('keeps mislabelled sub-headings verbatim', () => {
    // Qualifications filed under "Key job responsibilities", as recruiters sometimes write them.
    const job = posting(
      '<p>Come join the team.<br><br>Key job responsibilities<br>PhD, or Master’s degree and 4+ years of CS experience<br><br>About the team<br>We build agents.</p>',
    );
    expect(job.description).toBe(
      'Come join the team.\n\nKey job responsibilities\nPhD, or Master’s degree and 4+ years of CS experience\n\nAbout the team\nWe build agents.',
    );
    expect(job.responsibilities).toEqual(['PhD, or Master’s degree and 4+ years of CS experience']);
  });

  it('keeps an unknown heading of the description section with its text', () => {
    const job = posting('<p>Intro.</p><h3>What you will build</h3><p>Search ranking.</p>');
    expect(job.description).toBe('Intro.\n\nWhat you will build\n\nSearch ranking.');
  });
});

describe('flattened text', () => {
  it('puts run-in labels on their own lines and splits bullets that ran together', () => {
    const flat = textLines(
      body(
        '<p>DESCRIPTION We build robots. Key job responsibilities As a scientist, you will: * Design controllers * Ship code About the team We are small. BASIC QUALIFICATIONS - PhD - Python PREFERRED QUALIFICATIONS - ROS</p>',
      ),
    );
    const sections = splitSections(splitRunIns(flat));
    expect(linesToText(sections.description)).toBe(
      'We build robots.\n\nKey job responsibilities\nAs a scientist, you will: * Design controllers * Ship code\n\nAbout the team\nWe are small.',
    );
    expect(responsibilitiesFrom(sections.description)).toEqual(['Design controllers', 'Ship code']);
    expect(listItems(sections.basic)).toEqual(['PhD', 'Python']);
    expect(listItems(sections.preferred)).toEqual(['ROS']);
  });

  it('leaves a sentence that mentions a label in lower case alone', () => {
    const lines = textLines(body('<p>You can read about the team and a day in the life on our blog.</p>'));
    expect(splitRunIns(lines).map((l) => l.text)).toEqual(['You can read about the team and a day in the life on our blog.']);
  });

  it('does not split a list written line by line at dashes inside an item', () => {
    expect(listItems(textLines(body('<p>- Experience with A - B testing - and more<br>- Python</p>')))).toEqual([
      'Experience with A - B testing - and more',
      'Python',
    ]);
  });
});
