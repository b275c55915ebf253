/**
 * The popup's "Copy" output: title, source, authors, times, summary bullets and link, as Markdown or as
 * plain text. Pure and tiny (the popup budget is 15 KB gzip): it imports only the Analysis type.
 * `timesText` is the popup's already formatted time line ("Published 28 Apr 2025, 09:57 IST");
 * without it the ISO dates are used.
 */
import type { Analysis } from '../analysis';

type Brief = Pick<Analysis, 'title' | 'url' | 'source' | 'published' | 'modified' | 'summary'> & Partial<Pick<Analysis, 'authors'>>;

/** The reader's own words for the labels (the popup's locale); English by default. */
export interface CopyLabels {
  /** The authors' line as the popup shows it ("Von Ann Lee, Bo Chen"). */
  byline?: string;
}

function byline(a: Brief, labels: CopyLabels): string {
  if (labels.byline !== undefined) return labels.byline;
  return a.authors?.length ? `By ${a.authors.join(', ')}` : '';
}

function sourceName(a: Brief): string {
  return a.source.siteName || a.source.publisher || a.source.domain || '';
}

function times(a: Brief, timesText?: string): string {
  if (timesText) return timesText;
  const parts: string[] = [];
  if (a.published) parts.push(`Published ${a.published}`);
  if (a.modified && a.modified !== a.published) parts.push(`Updated ${a.modified}`);
  return parts.join(' · ');
}

/** Markdown's inline specials, escaped so page text cannot inject links or formatting. */
function md(s: string): string {
  return s.replace(/[\\`*_{}[\]()<>#!|~]/g, '\\$&');
}

export function briefAsMarkdown(a: Brief, timesText?: string, labels: CopyLabels = {}): string {
  const meta = [sourceName(a), byline(a, labels), times(a, timesText)].filter(Boolean).map(md).join(' · ');
  const lines = [`## ${md(a.title || a.url)}`, ''];
  if (meta) lines.push(`*${meta}*`, '');
  for (const s of a.summary) lines.push(`- ${md(s)}`);
  if (a.summary.length) lines.push('');
  lines.push(`<${a.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  return lines.join('\n');
}

export function briefAsText(a: Brief, timesText?: string, labels: CopyLabels = {}): string {
  const meta = [sourceName(a), byline(a, labels), times(a, timesText)].filter(Boolean).join(' · ');
  const lines = [a.title || a.url];
  if (meta) lines.push(meta);
  lines.push('');
  for (const s of a.summary) lines.push(`• ${s}`);
  if (a.summary.length) lines.push('');
  lines.push(a.url);
  return lines.join('\n');
}
