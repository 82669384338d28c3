import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { isBareDate, monthOf, parseListingDate } from '../../../lib/extract/jobs/dates';
import { fieldLabel, inlineField, isMetaLine, jobIdLine, lineFields, parsePosted } from '../../../lib/extract/jobs/meta';
import { textLines, type Line } from '../../../lib/extract/jobs/sections';

function lines(html: string): Line[] {
  return textLines(new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document.body);
}

describe('listing dates in amazon.jobs languages', () => {
  it.each([
    ['March 30, 2026', '2026-03-30'],
    ['Mar 30, 2026', '2026-03-30'],
    ['14 Sep 2026', '2026-09-14'],
    ['3 février 2026', '2026-02-03'],
    ['12. März 2026', '2026-03-12'],
    ['5 de marzo de 2026', '2026-03-05'],
    ['7 luglio 2026', '2026-07-07'],
    ['2026年3月30日', '2026-03-30'],
    ['2026년 3월 30일', '2026-03-30'],
    ['30.03.2026', '2026-03-30'],
    ['2026-03-30', '2026-03-30'],
    // A text holding characters beyond Latin-1 around the date.
    ['Publié le 12 août 2026 – l’équipe', '2026-08-12'],
  ])('%s is %s', (text, date) => {
    expect(parseListingDate(text)).toBe(date);
  });

  it('tells apart months that share their first letters, and needs a whole date', () => {
    expect(monthOf('juin')).toBe(6);
    expect(monthOf('juil.')).toBe(7);
    expect(monthOf('jui')).toBe(0);
    expect(parseListingDate('in 2026')).toBeNull();
    expect(parseListingDate('31 février 2026')).toBeNull();
  });

  it('knows a date standing alone from a sentence holding one', () => {
    expect(isBareDate('Sep 14, 2026')).toBe(true);
    expect(isBareDate('3 de febrero de 2026')).toBe(true);
    expect(isBareDate('Updated September 14, 2026')).toBe(false);
    expect(isBareDate('We opened the office on September 14, 2026.')).toBe(false);
  });
});

describe('labels and values', () => {
  it('reads the metadata labels of several locales as whole labels only', () => {
    expect(fieldLabel('Location')).toBe('location');
    expect(fieldLabel('Lieux')).toBe('location');
    expect(fieldLabel('Date posted:')).toBe('posted');
    expect(fieldLabel('Publiée le')).toBe('posted');
    expect(fieldLabel('Veröffentlicht am')).toBe('posted');
    expect(fieldLabel('Updated')).toBe('updated');
    expect(fieldLabel("ID de l'offre :")).toBe('jobId');
    expect(fieldLabel('Entreprise')).toBe('company');
    expect(fieldLabel('Location of the team offsite')).toBeNull();
    // In any case, accented capitals too.
    expect(fieldLabel('JOB LOCATION')).toBe('location');
    expect(fieldLabel('PUBLIÉE LE')).toBe('posted');
    expect(fieldLabel('SOCIÉTÉ')).toBe('company');
    expect(inlineField('Company - Amazon.com Services LLC')).toEqual({ kind: 'company', value: 'Amazon.com Services LLC' });
  });

  it('pairs a label with the line after it, and a label <span> with the <span> beside it', () => {
    const used = new Set<Line>();
    const fields = lineFields(
      lines('<dl><dt>Entreprise</dt><dd>Amazon.com Services LLC</dd></dl><p><span>Posted</span><span>Mar 30, 2026</span></p>'),
      used,
    );
    expect(fields.map(({ kind, value }) => ({ kind, value }))).toEqual([
      { kind: 'company', value: 'Amazon.com Services LLC' },
      { kind: 'posted', value: 'Mar 30, 2026' },
    ]);
    expect(used.size).toBe(2);
  });

  it('site menu "Locations" link read as a Location label: a line that is all link is never a label', () => {
    const menu = lines(
      '<div><ul><li><a href="/en/locations">Locations</a></li><li><a href="/en/working">Working at Amazon</a></li></ul></div>',
    );
    expect(menu.map((l) => l.link)).toEqual([true, true]);
    expect(lineFields(menu, new Set())).toEqual([]);
    const inline = lines(
      '<div><a href="/en/search">Find jobs</a> <a href="/en/locations">Locations</a> <a href="/en/hire">How we hire</a></div>',
    );
    expect(lineFields(inline, new Set())).toEqual([]);
    const label = lines('<p>Location</p><p>DE, BE, Berlin</p>');
    expect(label.map((l) => l.link)).toEqual([false, false]);
    expect(lineFields(label, new Set()).map((f) => f.value)).toEqual(['DE, BE, Berlin']);
  });

  it('reads "Posted" and its translations before a date, and "Updated" dates as metadata that is not posted', () => {
    expect(parsePosted('Publié le 12 février 2026')).toBe('2026-02-12');
    expect(parsePosted('US, WA, Seattle · Posted: March 5, 2026')).toBe('2026-03-05');
    expect(parsePosted('Updated March 5, 2026')).toBeNull();
    expect(parsePosted('POSTED ON: March 5, 2026')).toBe('2026-03-05');
    expect(parsePosted('VERÖFFENTLICHT AM 12. März 2026')).toBe('2026-03-12');
    expect(isMetaLine('Updated March 5, 2026')).toBe(true);
  });

  it('finds the id line of one job under any label ending in "ID", and its legal entity up to a separator', () => {
    expect(jobIdLine("ID de l'offre : 2874519 | Amazon.com Services LLC", '2874519')).toEqual({ company: 'Amazon.com Services LLC' });
    expect(jobIdLine('Job ID: 2969011 | Amazon.com Services LLC • Posted: January 8, 2026', '2969011')).toEqual({
      company: 'Amazon.com Services LLC',
    });
    expect(jobIdLine('求人ID: 2874519', '2874519')).toEqual({ company: null });
    expect(jobIdLine('We hired 2874519 people', '2874519')).toBeUndefined();
  });
});

describe('textLines segments', () => {
  it('splits a line where its elements split it, and spaces fields set side by side', () => {
    const [line] = lines('<p><span>US, NY, New York</span><span>Sep 14, 2026</span></p>');
    expect(line!.text).toBe('US, NY, New York Sep 14, 2026');
    expect(line!.segments).toEqual(['US, NY, New York', 'Sep 14, 2026']);
  });

  it('leaves words that run into a link as they are', () => {
    const [line] = lines('<p>See <a href="/x">the posting</a>, then apply.</p>');
    expect(line!.text).toBe('See the posting, then apply.');
  });
});
