import { describe, expect, it } from 'vitest';
import { anyCase } from '../../../lib/extract/any-case';
import { sectionLabel } from '../../../lib/extract/jobs/sections';

describe('patterns matched in any case', () => {
  it('matches a lower-case pattern in capitals, mixed case and accented capitals', () => {
    const label = anyCase(String.raw`^(?:basic\s+qualifications|qualifications requises|soci[ée]t[ée])$`);
    expect(label.test('BASIC QUALIFICATIONS')).toBe(true);
    expect(label.test('Basic Qualifications')).toBe(true);
    expect(label.test('Qualifications REQUISES')).toBe(true);
    expect(label.test('SOCIÉTÉ')).toBe(true);
    expect(label.test('Basic qualifications and more')).toBe(false);
  });

  it("gives a match's position and length in the original text", () => {
    const posted = anyCase(String.raw`^(?:posted(?:\s+on)?|publi[ée]e?(?:\s+le)?)`);
    const text = 'PUBLIÉE LE 12 février 2026';
    const match = posted.exec(text);
    expect(match?.[0].length).toBe('PUBLIÉE LE'.length);
    expect(text.slice(match![0].length)).toBe(' 12 février 2026');
  });

  it('refuses a pattern written with capitals, which could never match', () => {
    expect(() => anyCase('^Description$')).toThrow(/lower case/);
  });

  it('reads the section headings amazon.jobs has printed in every case', () => {
    for (const text of ['BASIC QUALIFICATIONS', 'Basic Qualifications', 'Basic qualifications:', 'QUALIFICATIONS PRÉFÉRÉES']) {
      expect(sectionLabel(text)).not.toBeNull();
    }
    expect(sectionLabel('PREFERRED QUALIFICATIONS')).toBe('preferred');
    expect(sectionLabel('Description')).toBe('description');
  });
});
