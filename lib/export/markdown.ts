import type { ArticleItem } from '../db/schema';
import { isoDay, kindLabel } from '../ui/format';

// Articles and profiles as Markdown: a heading, a short list of facts, then the body as
// paragraphs. Text from the page is escaped so that it reads as written, never as markup.

/** Escapes what Markdown would read as emphasis, links, HTML or code; and block markers at line start. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|]/g, '\\$&')
    .replace(/^(\s*)([#>+-]|\d+[.)])(?=\s|$)/gm, '$1\\$2');
}

function fact(label: string, value: string | null | undefined): string[] {
  return value ? [`- **${label}:** ${value}`] : [];
}

export function articleMarkdown(item: ArticleItem): string {
  const clip = item.clip;
  const person = clip.person ? [clip.person.name, clip.person.role, clip.person.team, clip.person.organization].filter(Boolean).join(', ') : null;
  const lines = [
    `# ${escapeMarkdown(clip.title)}`,
    '',
    ...(clip.dek ? [`*${escapeMarkdown(clip.dek)}*`, ''] : []),
    ...fact('Kind', kindLabel(item.kind)),
    ...fact('Person', person && escapeMarkdown(person)),
    ...fact('Authors', escapeMarkdown(clip.authors.join(', '))),
    ...fact('Published', clip.published),
    ...fact('Research areas', escapeMarkdown(clip.researchAreas.join(', '))),
    ...fact('Site tags', escapeMarkdown(clip.siteTags.join(', '))),
    ...fact('Tags', escapeMarkdown(item.tags.join(', '))),
    ...fact('Source', `<${clip.url}>`),
    ...fact('Saved', isoDay(item.savedAt)),
    '',
    ...clip.text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .flatMap((p) => [escapeMarkdown(p), '']),
  ];
  return lines.join('\n');
}

/** Several articles in one file, separated by rules. */
export function articlesMarkdown(items: readonly ArticleItem[]): string {
  return items.map(articleMarkdown).join('\n---\n\n');
}
