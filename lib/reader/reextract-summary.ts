import type { ReextractReport } from '../reextract';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "12 articles and profiles: 3 updated, 8 already up to date, 1 without a saved page." */
export function reextractSummary(report: ReextractReport): string {
  if (report.total === 0) return 'There are no saved articles or profiles to re-extract.';
  const { counts } = report;
  const parts = [
    counts.updated > 0 && `${counts.updated} updated`,
    counts.unchanged > 0 && `${counts.unchanged} already up to date`,
    counts['no-snapshot'] > 0 && `${counts['no-snapshot']} without a saved page`,
    counts['not-an-article'] > 0 && `${counts['not-an-article']} no longer read as an article`,
    counts.failed > 0 && `${counts.failed} failed`,
  ].filter(Boolean);
  return `${plural(report.total, 'article or profile', 'articles and profiles')}: ${parts.join(', ')}.`;
}
