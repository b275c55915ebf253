/**
 * The thinking half, run in the popup: PageFacts to an Analysis (src/interpret.ts, pure and
 * DOM-free). A chunk of its own that the popup loads while the page is being read
 * (popup/adapters.ts), so the brief never waits for a message to a background that may be asleep
 * (Chrome stops an idle service worker). The facts come from another context (the page, a
 * worker), so they are checked in depth first; a failure is an outcome, never a throw.
 */
import { interpretPage, interpretTop, isPageFacts, topAnalysis, type Analysis, type InterpretOptions, type PageFacts, type Settings } from '../src/index';
import { serializeError, type SerializedError } from '../extension/protocol';
import { mark } from './marks';

export type InterpretOutcome = { kind: 'analysis'; analysis: Analysis } | { kind: 'error'; error: SerializedError };

const BAD_SHAPE: InterpretOutcome = { kind: 'error', error: { name: 'ProtocolError', message: 'The page’s facts are not in the expected shape.' } };

const optionsOf = (settings: Pick<Settings, 'summarySentences'>, selection: string | undefined, now: Date): InterpretOptions => ({
  now,
  settings: { summarySentences: settings.summarySentences },
  ...(selection ? { selection } : {}),
});

export function interpret(facts: unknown, settings: Pick<Settings, 'summarySentences'>, selection?: string, now = new Date()): InterpretOutcome {
  if (!isPageFacts(facts)) return BAD_SHAPE;
  try {
    return { kind: 'analysis', analysis: interpretPage(facts, optionsOf(settings, selection, now)) };
  } catch (e) {
    return { kind: 'error', error: serializeError(e) };
  }
}

/**
 * An article's text below this many characters (before cleaning) may yet turn out too short to
 * summarize (src/interpret.ts: 40 words once cleaned): its brief is not shown in two steps, so that
 * a top is never followed by "not an article".
 */
const TOP_MIN_CHARS = 1_000;

/**
 * The same interpretation in two steps (issue #13, "the brief at once"): the brief's top (its
 * metadata and AI notice, no summary yet) goes to `showTop` as soon as it is known, which resolves
 * once it is on screen; then the rest, without interpreting the metadata again. No top for a page
 * that may yet be no article, nor on a failure.
 */
export async function interpretWithTop(
  facts: unknown,
  settings: Pick<Settings, 'summarySentences'>,
  selection: string | undefined,
  showTop: (top: Analysis) => Promise<void>,
  now = new Date(),
): Promise<InterpretOutcome> {
  if (!isPageFacts(facts)) return BAD_SHAPE;
  const options = optionsOf(settings, selection, now);
  try {
    const top = interpretTop(facts, options);
    if (selection?.trim() || (!top.notArticle && articleChars(facts) >= TOP_MIN_CHARS)) {
      mark('top');
      await showTop(topAnalysis(facts, top));
    }
    return { kind: 'analysis', analysis: interpretPage(facts, options, top) };
  } catch (e) {
    return { kind: 'error', error: serializeError(e) };
  }
}

function articleChars(facts: PageFacts): number {
  let n = 0;
  for (const b of facts.blocks ?? []) n += b.text.length;
  return n;
}
