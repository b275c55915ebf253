/**
 * Tiny image-file builders for provenance tests: only the container structure the parsers walk
 * (markers, chunks, boxes), with placeholder pixel data. Every byte is written here, so nothing
 * binary is committed and each test shows exactly what it feeds the parser.
 */
import { deflateSync } from 'node:zlib';

const enc = (s: string): number[] => Array.from(new TextEncoder().encode(s));
const be16 = (n: number): number[] => [(n >> 8) & 255, n & 255];
const be32 = (n: number): number[] => [(n >>> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255];
const le32 = (n: number): number[] => [n & 255, (n >> 8) & 255, (n >> 16) & 255, (n >>> 24) & 255];

export const IPTC = 'http://cv.iptc.org/newscodes/digitalsourcetype/';

/** An XMP packet stating a Digital Source Type, in attribute or element form. */
export function xmpPacket(sourceType: string | null, form: 'attr' | 'element' = 'attr'): string {
  const dst =
    sourceType === null ? '' : form === 'attr' ? ` Iptc4xmpExt:DigitalSourceType="${sourceType}"` : '';
  const el = sourceType !== null && form === 'element' ? `<Iptc4xmpExt:DigitalSourceType>${sourceType}</Iptc4xmpExt:DigitalSourceType>` : '';
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" xmlns:dc="http://purl.org/dc/elements/1.1/"${dst}>${el}<dc:title>test</dc:title></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
}

/** A JUMBF superbox labelled "c2pa" holding a CBOR-ish actions assertion with the source type. */
export function jumbf(sourceType: string | null): number[] {
  const box = (type: string, body: number[]): number[] => [...be32(8 + body.length), ...enc(type), ...body];
  const desc = box('jumd', [...Array(16).fill(0), 0x03, ...enc('c2pa'), 0]);
  // CBOR map {"actions":[{"action":"c2pa.created","digitalSourceType":"…"}]} as text strings.
  const text = (s: string): number[] => [0x78, s.length, ...enc(s)];
  const cbor = [0xa1, ...text('actions'), 0x81, sourceType ? 0xa2 : 0xa1, ...text('action'), ...text('c2pa.created'), ...(sourceType ? [...text('digitalSourceType'), ...text(sourceType)] : [])];
  return box('jumb', [...desc, ...box('cbor', cbor)]);
}

/** UTF-16BE with a byte order mark, as the XMP spec allows a packet to be written. */
const utf16be = (s: string): number[] => [0xfe, 0xff, ...[...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 255])];

export function jpeg(opts: { xmp?: string; c2pa?: number[]; utf16?: boolean }): Uint8Array {
  const seg = (marker: number, body: number[]): number[] => [0xff, marker, ...be16(body.length + 2), ...body];
  const parts = [0xff, 0xd8, ...seg(0xe0, [...enc('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0])];
  if (opts.xmp) parts.push(...seg(0xe1, [...enc('http://ns.adobe.com/xap/1.0/'), 0, ...(opts.utf16 ? utf16be(opts.xmp) : enc(opts.xmp))]));
  // APP11: "JP", instance 0x0000, sequence number 1, then the JUMBF box.
  if (opts.c2pa) parts.push(...seg(0xeb, [...enc('JP'), 0, 0, ...be32(1), ...opts.c2pa]));
  parts.push(...seg(0xda, [0, 0, 0]), 1, 2, 3, 0xff, 0xd9);
  return new Uint8Array(parts);
}

export function png(opts: { xmp?: string; c2pa?: number[]; compressed?: boolean }): Uint8Array {
  const chunk = (type: string, body: number[]): number[] => [...be32(body.length), ...enc(type), ...body, 0, 0, 0, 0];
  const parts = [0x89, ...enc('PNG'), 0x0d, 0x0a, 0x1a, 0x0a, ...chunk('IHDR', [...be32(1), ...be32(1), 8, 2, 0, 0, 0])];
  // iTXt: keyword \0, compression flag, method 0 (zlib), language "" \0, translated keyword "" \0, text.
  if (opts.xmp) parts.push(...chunk('iTXt', [...enc('XML:com.adobe.xmp'), 0, opts.compressed ? 1 : 0, 0, 0, 0, ...(opts.compressed ? Array.from(deflateSync(Uint8Array.from(enc(opts.xmp)))) : enc(opts.xmp))]));
  if (opts.c2pa) parts.push(...chunk('caBX', opts.c2pa));
  parts.push(...chunk('IDAT', [1, 2, 3]), ...chunk('IEND', []));
  return new Uint8Array(parts);
}

export function webp(opts: { xmp?: string; c2pa?: number[] }): Uint8Array {
  const chunk = (type: string, body: number[]): number[] => [...enc(type), ...le32(body.length), ...body, ...(body.length & 1 ? [0] : [])];
  const body = [...enc('WEBP'), ...chunk('VP8X', [0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0])];
  if (opts.xmp) body.push(...chunk('XMP ', enc(opts.xmp)));
  if (opts.c2pa) body.push(...chunk('C2PA', opts.c2pa));
  body.push(...chunk('VP8L', [0x2f, 0, 0, 0, 0]));
  return new Uint8Array([...enc('RIFF'), ...le32(body.length), ...body]);
}

/** AVIF (ISO BMFF): ftyp, meta, the C2PA uuid box (purpose "manifest", version, offset, JUMBF), and
 *  an mdat holding the XMP item's bytes next to the pixels. */
export function avif(opts: { xmp?: string; c2pa?: number[] }): Uint8Array {
  const box = (type: string, body: number[]): number[] => [...be32(8 + body.length), ...enc(type), ...body];
  const uuid = [0xd8, 0xfe, 0xc3, 0xd6, 0x1b, 0x0e, 0x48, 0x3c, 0x92, 0x97, 0x58, 0x28, 0x87, 0x7e, 0xc4, 0x81];
  const parts = [...box('ftyp', [...enc('avif'), 0, 0, 0, 0, ...enc('avifmif1miaf')]), ...box('meta', [0, 0, 0, 0, ...box('hdlr', [0, 0, 0, 0, 0, 0, 0, 0, ...enc('pict'), ...Array(12).fill(0), 0])])];
  if (opts.c2pa) parts.push(...box('uuid', [...uuid, 0, 0, 0, 0, ...enc('manifest'), 0, 0, 0, 0, 0, 0, 0, 0, 0, ...opts.c2pa]));
  parts.push(...box('mdat', [1, 2, 3, ...(opts.xmp ? enc(opts.xmp) : []), 4, 5]));
  return new Uint8Array(parts);
}
