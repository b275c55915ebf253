/**
 * Model engines, opt-in: a summary written by a model, from an Analysis, checked by the grounding
 * check. The built-in summary stays in the Analysis the engine started from (the caller keeps it:
 * the popup one click away, the CLI as the fallback).
 */
import type { Analysis } from '../analysis';
import { withEngineSummary } from '../summary/engine-summary';
import { summarizeWithEndpoint, type EngineResult, type SummarizeRequest } from './openai';
import type { ArticleInput } from './prompt';

/** What a model is told of the article: its title, source, times, language and cleaned text. */
export function articleInput(a: Analysis): ArticleInput {
  return {
    title: a.title,
    source: a.source.siteName ?? a.source.domain,
    published: a.published,
    modified: a.modified,
    text: a.text,
    lang: a.lang,
  };
}

export interface EngineAnalysis {
  analysis: Analysis;
  result: EngineResult;
}

/** The Analysis with the endpoint's summary in place of the built-in one, each bullet grounded. */
export async function summarizeAnalysisWithEndpoint(a: Analysis, req: Omit<SummarizeRequest, 'bullets'> & { bullets?: number }): Promise<EngineAnalysis> {
  const result = await summarizeWithEndpoint(articleInput(a), { ...req, bullets: req.bullets ?? Math.max(1, a.summary.length || 3) });
  return {
    analysis: withEngineSummary(a, result.bullets, { id: 'openai', model: result.model, endpoint: result.endpoint }),
    result,
  };
}
