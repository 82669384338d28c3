import { describe, expect, test } from 'vitest';
import { plainTextBlocks } from '../../../lib/markdown/plain-text';
import { writeMarkdown } from '../../../lib/markdown/write';

describe('plain text as Markdown blocks', () => {
  test('paragraphs, kept line breaks, and the lines the text set out as bullets as a list', () => {
    const md = writeMarkdown(
      plainTextBlocks(
        'First paragraph.\n\nYour responsibilities include:\n- Study the data\n• Ship models\nAfter the list.\n\nLine one\nline two',
      ),
    );
    expect(md).toBe(
      'First paragraph.\n\nYour responsibilities include:\n\n- Study the data\n- Ship models\n\nAfter the list.\n\nLine one\\\nline two\n',
    );
  });

  test('text that looks like Markdown stays text', () => {
    expect(writeMarkdown(plainTextBlocks('# not a heading\n1. not a list\n<b>not html</b>'))).toBe(
      '\\# not a heading\\\n1\\. not a list\\\n\\<b>not html\\</b>\n',
    );
  });
});
