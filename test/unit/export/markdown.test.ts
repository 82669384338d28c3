import { describe, expect, test } from 'vitest';
import { exportFileName, exportParts } from '@/lib/export/library-json';
import { articleMarkdown, articlesMarkdown, escapeMarkdown } from '@/lib/export/markdown';
import { articleItem, day } from '../ui/helpers';

describe('Markdown export', () => {
  test('a profile becomes a heading, its dek, a list of facts and the body paragraphs', () => {
    const leino = articleItem('science-profile-leino', { tags: ['verification'], savedAt: day(3, 4, 2026) });
    const md = articleMarkdown(leino);
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Rustan Leino provides proof that software is bug-free');
    expect(md).toContain(`*${escapeMarkdown(leino.clip.dek!)}*`);
    expect(md).toContain('- **Person:** Rustan Leino, senior principal applied scientist, Automated Reasoning Group, Amazon Web Services');
    expect(md).toContain('- **Tags:** verification');
    expect(md).toContain(`- **Source:** <${leino.clip.url}>`);
    expect(md).toContain('- **Saved:** 2026-03-04');
    for (const paragraph of leino.clip.text.split('\n\n')) expect(md).toContain(escapeMarkdown(paragraph));
  });

  test('text from the page never turns into markup', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('<img src=x onerror=alert(1)> *bold* [link](javascript:x)')).toBe('\\<img src=x onerror=alert(1)\\> \\*bold\\* \\[link\\](javascript:x)');
    expect(escapeMarkdown('- item\n1. item')).toBe('\\- item\n\\1. item');
  });

  test('several articles are separated by a rule', () => {
    const md = articlesMarkdown([articleItem('science-profile-leino'), articleItem('science-blog-overfit')]);
    expect(md.split('\n---\n')).toHaveLength(2);
  });
});

describe('JSON export', () => {
  test('is named after the local day and wraps the items in the documented envelope', () => {
    expect(exportFileName('export', 'json', new Date(2026, 10, 22, 23, 30).getTime())).toBe('science-clipper-export-2026-11-22.json');
    const leino = articleItem('science-profile-leino');
    const file = JSON.parse(exportParts([leino], Date.UTC(2026, 10, 22)).join(''));
    expect(file).toEqual({ format: 'science-clipper', version: 2, exportedAt: '2026-11-22T00:00:00.000Z', count: 1, items: [leino] });
    expect(JSON.parse(exportParts([]).join('')).items).toEqual([]);
  });
});
