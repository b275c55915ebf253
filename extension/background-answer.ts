/**
 * The background's one job besides the menu: turn a page's facts into an Analysis. Requests are
 * answered only for the extension's own pages (the popup, in its window or in a tab); content
 * scripts and other extensions are ignored.
 */
import { interpretPage } from '../src/index';
import { isBackgroundRequest, serializeError, type BackgroundReply } from './protocol';
import type { Runtime } from './browser';

export function fromOwnPage(sender: Runtime.MessageSender, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

/** The reply for `message`, or null when the message is not ours to answer. */
export function answer(message: unknown): BackgroundReply | null {
  if (!isBackgroundRequest(message)) return null;
  try {
    const analysis = interpretPage(message.facts, {
      now: message.now ? new Date(message.now) : new Date(),
      settings: { summarySentences: message.sentences },
      ...(message.selection ? { selection: message.selection } : {}),
    });
    return { kind: 'analysis', analysis };
  } catch (e) {
    return { kind: 'error', error: serializeError(e) };
  }
}
