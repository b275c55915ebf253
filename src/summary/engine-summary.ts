/**
 * A summary written by a model, put into an Analysis: the bullets replace the built-in ones, each
 * checked against the article by the grounding check and linked to its best-supporting paragraph.
 */
import type { Analysis, EngineInfo } from '../analysis';
import { groundSummary } from './grounding';

export const BUILTIN_ENGINE: Readonly<EngineInfo> = /* @__PURE__ */ Object.freeze({ id: 'builtin', model: null, endpoint: null });

/** The article's paragraphs, as `text` holds them. */
export function analysisParagraphs(analysis: Pick<Analysis, 'text'>): string[] {
  return analysis.text ? analysis.text.split('\n\n') : [];
}

/** The Analysis with `bullets` (a model's) as its summary, written by `engine`. `summaryParagraphs`
 *  takes each bullet's best-supporting paragraph (-1 when none shares a word with it). */
export function withEngineSummary(analysis: Analysis, bullets: readonly string[], engine: EngineInfo): Analysis {
  const summary = bullets.map((b) => b.trim()).filter(Boolean);
  const grounding = groundSummary(summary, analysisParagraphs(analysis), { lang: analysis.lang });
  return {
    ...analysis,
    summary,
    summaryParagraphs: grounding.map((g) => g.source ?? -1),
    engine: { ...engine },
    grounding,
  };
}
