/**
 * The brief as the Copy buttons write it (Markdown or plain text, with its times in the reader's
 * words), a chunk of its own: the popup's first paint does without it (its budget is 15 KB gzip),
 * and popup/flow.ts loads it as soon as a brief is shown, well before a Copy button can be pressed.
 */
import { briefAsMarkdown, briefAsText, type Analysis } from '../src/index';
import { timesText } from './times';

export function briefText(
  kind: 'markdown' | 'text',
  analysis: Analysis,
  ctx: { now: Date; locale: string; timeZone: string },
  labels: { byline?: string },
): string {
  const when = timesText(analysis, ctx);
  return kind === 'markdown' ? briefAsMarkdown(analysis, when, labels) : briefAsText(analysis, when, labels);
}
