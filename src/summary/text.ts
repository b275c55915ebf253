import { summarize, type SummarizeOptions, type SummarySentence } from './summarize';

/**
 * Paragraphs of plain text (the CLI's `summarize`, the reader's selection): split on blank lines,
 * or on single newlines when the text has no blank lines.
 */
export function textParagraphs(text: string): string[] {
  const byBlank = text.split(/\n\s*\n/);
  const parts = byBlank.length > 1 ? byBlank : text.split('\n');
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Summarize scraped plain text (`nutshell summarize`), captions glued into sentences included. */
export function summarizeText(text: string, opts: SummarizeOptions): SummarySentence[] {
  return summarize(textParagraphs(text), { ...opts, plainText: true });
}
