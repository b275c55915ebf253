/**
 * The popup's side of the background protocol, as extension/page.ts is its side of the tab: send
 * the page's facts to be interpreted and narrow the answer. A service worker stopped or restarted
 * mid-request rejects the message or answers nothing; the request holds everything, so it is
 * simply sent once more.
 */
import type { PageFacts } from '../src/index';
import type { Settings } from '../src/index';
import { browser } from './browser';
import { isBackgroundReply, serializeError, type BackgroundReply, type BackgroundRequest, type SerializedError } from './protocol';

/** The background's reply, or why there was none after the second try. */
export type InterpretOutcome = BackgroundReply | { kind: 'no-answer'; error: SerializedError };

export async function interpretInBackground(facts: PageFacts, settings: Pick<Settings, 'summarySentences'>, selection?: string): Promise<InterpretOutcome> {
  const request: BackgroundRequest = { type: 'interpret', facts, sentences: settings.summarySentences, ...(selection ? { selection } : {}) };
  let error: SerializedError = { name: 'Error', message: 'The background page did not answer.' };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const reply: unknown = await browser.runtime.sendMessage(request);
      if (isBackgroundReply(reply)) return reply;
    } catch (e) {
      error = serializeError(e);
    }
  }
  return { kind: 'no-answer', error };
}
