/** The few helpers every part of the core shares. */

/** A non-null object (arrays included): the first step of every guard on data from elsewhere. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Whitespace runs to one space, trimmed. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

let nativeGetAttribute: boolean | undefined;
/** An attribute's value ('' when absent), read the cheap way for the DOM at hand: browsers answer
 *  getAttribute with no allocation (getAttributeNode creates an Attr object); linkedom (the CLI)
 *  answers getAttribute('class') by building a DOMTokenList per element, so there the attribute node
 *  is read. Same value either way. Decided on first use, so importing this module does nothing. */
export function attrOf(el: Element | null | undefined, name: string): string {
  if (!el) return '';
  nativeGetAttribute ??= typeof Element === 'function' && String(Element.prototype.getAttribute).includes('[native code]');
  return (nativeGetAttribute ? el.getAttribute(name) : el.getAttributeNode(name)?.value) ?? '';
}
