/**
 * The popup's side of its thinking half (popup/interpret.ts, a chunk of its own): load the chunk
 * once, while the page is read, and turn what it answers into a PopupState. Used for a tab's facts
 * (popup/adapters.ts) and a linked page's (popup/link-flow.ts) alike.
 */
import { serializeError } from '../extension/protocol';
import type { Settings } from '../src/index';
import type { InterpretOutcome } from './interpret';
import { mark } from './marks';
import { stateFromInterpretation, type PopupState } from './state';

export type Interpreter = typeof import('./interpret');

let interpreter: Promise<Interpreter> | undefined;

/** The chunk, loaded once: asked for while the page is read, so it is there when the facts are. */
export const loadInterpreter = (): Promise<Interpreter> => (interpreter ??= import('./interpret'));

/** Facts to a PopupState, by the thinking half in this popup. */
export async function interpretFacts(
  facts: unknown,
  settings: Pick<Settings, 'summarySentences'>,
  selection: string | undefined,
  notes: string[] = [],
  load: () => Promise<Interpreter> = loadInterpreter,
): Promise<PopupState> {
  let outcome: InterpretOutcome;
  try {
    outcome = (await load()).interpret(facts, settings, selection);
  } catch (e) {
    // The chunk did not load (the extension was updated or removed under the open popup).
    outcome = { kind: 'error', error: serializeError(e) };
  }
  mark('interpreted');
  return stateFromInterpretation(outcome, Boolean(selection), notes);
}
