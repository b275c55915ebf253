/**
 * The thinking half, run in the popup: PageFacts to an Analysis (src/interpret.ts, pure and
 * DOM-free). A chunk of its own that the popup loads while the page is being read
 * (popup/adapters.ts), so the brief never waits for a message to a background that may be asleep
 * (Chrome stops an idle service worker). The facts come from another context (the page, a
 * worker), so they are checked in depth first; a failure is an outcome, never a throw.
 */
import { interpretPage, isPageFacts, type Analysis, type Settings } from '../src/index';
import { serializeError, type SerializedError } from '../extension/protocol';

export type InterpretOutcome = { kind: 'analysis'; analysis: Analysis } | { kind: 'error'; error: SerializedError };

export function interpret(facts: unknown, settings: Pick<Settings, 'summarySentences'>, selection?: string, now = new Date()): InterpretOutcome {
  if (!isPageFacts(facts)) return { kind: 'error', error: { name: 'ProtocolError', message: 'The page’s facts are not in the expected shape.' } };
  try {
    return { kind: 'analysis', analysis: interpretPage(facts, { now, settings: { summarySentences: settings.summarySentences }, ...(selection ? { selection } : {}) }) };
  } catch (e) {
    return { kind: 'error', error: serializeError(e) };
  }
}
