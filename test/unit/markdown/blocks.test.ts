import { describe, expect, test } from 'vitest';
import { payLabel } from '@/lib/markdown/pay';
import { plainTextBlocks } from '@/lib/markdown/plain-text';
import { writeMarkdown } from '@/lib/markdown/write';

describe('pay', () => {
  test('a range with its place, a single sentence range without one, and each period', () => {
    expect(payLabel({ location: 'USA, WA, Seattle', min: 136_000, max: 212_800, currency: 'USD', period: 'year' })).toBe('USA, WA, Seattle: 136,000–212,800 USD a year');
    expect(payLabel({ location: null, min: 9_000, max: 14_500.5, currency: 'EUR', period: 'month' })).toBe('9,000–14,500.5 EUR a month');
    expect(payLabel({ location: null, min: 40, max: 40, currency: 'GBP', period: 'hour' })).toBe('40 GBP an hour');
  });
});

describe('plain text as Markdown blocks', () => {
  test('paragraphs, kept line breaks, and the lines the text set out as bullets as a list', () => {
    const md = writeMarkdown(plainTextBlocks('First paragraph.\n\nYour responsibilities include:\n- Study the data\n• Ship models\nAfter the list.\n\nLine one\nline two'));
    expect(md).toBe('First paragraph.\n\nYour responsibilities include:\n\n- Study the data\n- Ship models\n\nAfter the list.\n\nLine one\\\nline two\n');
  });

  test('text that looks like Markdown stays text', () => {
    expect(writeMarkdown(plainTextBlocks('# not a heading\n1. not a list\n<b>not html</b>'))).toBe('\\# not a heading\\\n1\\. not a list\\\n\\<b>not html\\</b>\n');
  });
});
