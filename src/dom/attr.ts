/** DOM helpers shared by the page half's collectors (never imported by the thinking half). */

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
