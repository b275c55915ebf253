/**
 * Bytes of an HTML page → text. The order is the HTML Standard's ("determining the character
 * encoding") with one change that saved and re-served pages need:
 *   1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
 *   2. bytes that are valid UTF-8 and not plain ASCII are UTF-8, whatever the labels say. Text in a
 *      legacy encoding (Shift_JIS, windows-1251…) is practically never valid UTF-8 by chance, while a
 *      wrong label on UTF-8 bytes is common: a server's default "charset=ISO-8859-1", or a page
 *      converted to UTF-8 that kept its `<meta charset="gb2312">` (Readability's qq test page);
 *   3. the transport's charset (Content-Type header), when there is one;
 *   4. the prescan: `<meta charset>` or `<meta http-equiv=Content-Type content="…charset=…">` in the
 *      first 1024 bytes (an XML declaration's encoding too, for XHTML saved to disk);
 *   5. else windows-1252 (browsers' default for Western pages, and what they use for "ISO-8859-1").
 * Decoding is the platform's TextDecoder (every WHATWG encoding label: Shift_JIS, GBK, EUC-KR,
 * windows-1251, KOI8-R…). A label TextDecoder does not know is skipped, never fatal. Pure: no I/O.
 */

export interface DecodedHtml {
  text: string;
  /** The WHATWG name of the encoding used ("utf-8", "shift_jis", "windows-1252"…). */
  encoding: string;
  /** Where the encoding came from. */
  source: 'bom' | 'utf-8-valid' | 'transport' | 'meta' | 'default';
}

/** windows-1252's bytes 0x80–0x9F (five are unassigned and stay as they are). Node's TextDecoder
 *  decodes them as Latin-1 C1 controls under every windows-1252 label; browsers do not. */
const CP1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

function decode(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? text.replace(/[\x80-\x9f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]!) : text;
}

/** A decoder for a label, or null when the label is unknown. UTF-16 labels in a meta tag mean UTF-8
 *  (the spec: the bytes being ASCII-readable proves they are not UTF-16); x-user-defined means windows-1252. */
function decoderFor(label: string, fromMeta: boolean): TextDecoder | null {
  let l = label.trim().toLowerCase();
  if (fromMeta && /^(?:utf-16|utf-16le|utf-16be|unicode|ucs-2|csunicode|iso-10646-ucs-2|unicodefffe|unicodefeff)$/.test(l)) l = 'utf-8';
  if (l === 'x-user-defined') l = 'windows-1252';
  try {
    return new TextDecoder(l);
  } catch {
    return null;
  }
}

/** The charset parameter of a Content-Type value ("text/html; charset=Shift_JIS"). */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;]+))/i.exec(contentType ?? '');
  return m ? (m[1] ?? m[2] ?? m[3] ?? '').trim() || null : null;
}

/** The encoding label a page declares in its first 1024 bytes, or null. */
export function prescanCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps each byte to one char, so positions and ASCII markup survive any real encoding.
  let head = '';
  const end = Math.min(bytes.length, 1024);
  for (let i = 0; i < end; i++) head += String.fromCharCode(bytes[i]!);
  head = head.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  const xml = /^<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return xml[1]!;
  for (const tag of head.match(/<meta[\s/][^>]*>?/gi) ?? []) {
    // Attributes in order, each value consumed whole, so "charset=" inside a value is not one.
    const attrs = new Map<string, string>();
    for (const m of tag.slice(5).matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      const name = m[1]!.toLowerCase();
      if (!attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? '');
    }
    const charset = attrs.get('charset')?.trim();
    if (charset) return charset;
    if (attrs.get('http-equiv')?.trim().toLowerCase() === 'content-type') {
      const c = charsetOf(attrs.get('content'));
      if (c) return c;
    }
  }
  return null;
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): DecodedHtml {
  const b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(b.subarray(3)), encoding: 'utf-8', source: 'bom' };
  if (b[0] === 0xff && b[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(b.subarray(2)), encoding: 'utf-16le', source: 'bom' };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(b.subarray(2)), encoding: 'utf-16be', source: 'bom' };
  if (b.some((x) => x >= 0x80)) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8', source: 'utf-8-valid' };
    } catch {
      // not UTF-8: the labels decide
    }
  }
  const transport = charsetOf(contentType);
  const fromTransport = transport ? decoderFor(transport, false) : null;
  if (fromTransport) return { text: decode(fromTransport, b), encoding: fromTransport.encoding, source: 'transport' };
  const meta = prescanCharset(b);
  const fromMeta = meta ? decoderFor(meta, true) : null;
  if (fromMeta) return { text: decode(fromMeta, b), encoding: fromMeta.encoding, source: 'meta' };
  // Plain ASCII reads the same in UTF-8; anything else here is not UTF-8.
  const ascii = !b.some((x) => x >= 0x80);
  return ascii
    ? { text: new TextDecoder('utf-8').decode(b), encoding: 'utf-8', source: 'utf-8-valid' }
    : { text: decode(new TextDecoder('windows-1252'), b), encoding: 'windows-1252', source: 'default' };
}
