import type { PhrasingContent, RootContent } from 'mdast';
import { list, paragraph, text } from './nodes';

// Text the page or the user wrote without markup (a job's description, the user's notes) as
// Markdown blocks: blank lines part paragraphs, a line break stays a line break, and lines the
// text itself set out as bullets ("- ", "• ", "* ") become a list.

const BULLET = /^\s*[-•*]\s+/;

function lines(texts: readonly string[]): PhrasingContent[] {
  return texts.flatMap((line, i): PhrasingContent[] => (i === 0 ? [text(line)] : [{ type: 'break' }, text(line)]));
}

export function plainTextBlocks(text: string): RootContent[] {
  const blocks: RootContent[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    let prose: string[] = [];
    let bullets: string[] = [];
    const flush = () => {
      if (prose.length) blocks.push(paragraph(...lines(prose)));
      if (bullets.length) blocks.push(list(bullets));
      prose = [];
      bullets = [];
    };
    for (const raw of chunk.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      if (BULLET.test(line)) {
        if (prose.length) flush();
        bullets.push(line.replace(BULLET, ''));
      } else {
        if (bullets.length) flush();
        prose.push(line);
      }
    }
    flush();
  }
  return blocks;
}
