/**
 * Find the metadata blocks in the first bytes of an image, without decoding pixels:
 * - C2PA Manifest Stores (JUMBF): JPEG APP11 segments (JPEG XT, ISO/IEC 18477-3; a store is split over
 *   as many segments as it needs, ISO 19566-5 D.2: each has CI "JP", the box instance En, the
 *   sequence number Z and the store's repeated LBox/TBox[/XLBox], and the rest of each is appended in
 *   Z order), PNG `caBX` chunks, WebP `C2PA` chunks, and in ISO BMFF files (AVIF, HEIC) the top-level
 *   `uuid` box with the C2PA UUID (after its FullBox header, purpose "manifest" and, since C2PA 2.0,
 *   an 8-byte offset).
 * - XMP: JPEG APP1 "http://ns.adobe.com/xap/1.0/", PNG iTXt "XML:com.adobe.xmp" (a compressed one is
 *   handed over still deflated, in `zxmp`: inflating is the caller's, sync in Node, async in browsers),
 *   WebP "XMP " chunks; for other formats (AVIF/HEIC keep XMP as an item in `mdat`) the raw
 *   `<x:xmpmeta>` packet is searched.
 * Truncated input (a Range read) is fine: walks stop at the end of the bytes.
 */
export interface Blocks {
  format: 'jpeg' | 'png' | 'webp' | 'bmff' | 'other';
  c2pa: Uint8Array[];
  xmp: Uint8Array[];
  /** zlib streams of compressed PNG iTXt XMP packets. */
  zxmp: Uint8Array[];
}

/** The C2PA manifest box's UUID in ISO BMFF (C2PA 2.x, "Embedding manifests into BMFF"). */
const C2PA_UUID = 'd8fec3d61b0e483c92975828877ec481';
const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

const ascii = (b: Uint8Array, at: number, n: number): string => String.fromCharCode(...b.subarray(at, at + n));
const u32be = (b: Uint8Array, i: number): number => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
const u32le = (b: Uint8Array, i: number): number => b[i]! + (b[i + 1]! << 8) + (b[i + 2]! << 16) + ((b[i + 3]! << 24) >>> 0);

export function findBlocks(b: Uint8Array): Blocks {
  const out: Blocks = { format: 'other', c2pa: [], xmp: [], zxmp: [] };
  if (b[0] === 0xff && b[1] === 0xd8) {
    out.format = 'jpeg';
    /** APP11 JUMBF packets by box instance number En. */
    const app11 = new Map<number, Packet[]>();
    for (let i = 2; i + 4 <= b.length && b[i] === 0xff; ) {
      const marker = b[i + 1]!;
      if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
        i += 2;
        continue;
      }
      if (marker === 0xda || marker === 0xd9) break; // image data starts: no more metadata segments
      const len = (b[i + 2]! << 8) + b[i + 3]!;
      const data = b.subarray(i + 4, i + 2 + len);
      if (marker === 0xeb && ascii(data, 0, 2) === 'JP' && data.length >= 16) {
        const en = (data[2]! << 8) + data[3]!;
        const packets = app11.get(en) ?? [];
        packets.push({ z: u32be(data, 4), box: data.subarray(8) });
        app11.set(en, packets);
      }
      if (marker === 0xe1 && ascii(data, 0, 28) === 'http://ns.adobe.com/xap/1.0/') out.xmp.push(data);
      i += 2 + len;
    }
    for (const packets of app11.values()) out.c2pa.push(joinPackets(packets));
  } else if (ascii(b, 1, 3) === 'PNG') {
    out.format = 'png';
    for (let i = 8; i + 8 <= b.length; ) {
      const len = u32be(b, i);
      const type = ascii(b, i + 4, 4);
      const data = b.subarray(i + 8, i + 8 + len);
      if (type === 'caBX') out.c2pa.push(data);
      if (type === 'iTXt' && ascii(data, 0, 18) === 'XML:com.adobe.xmp\0') {
        // keyword \0, compression flag, method, language \0, translated keyword \0, text
        const lang = data.indexOf(0, 20);
        const text = lang < 0 ? -1 : data.indexOf(0, lang + 1);
        if (data[18] === 1 && text > 0) out.zxmp.push(data.subarray(text + 1));
        else out.xmp.push(data);
      }
      if (type === 'IEND') break;
      i += 12 + len;
    }
  } else if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') {
    out.format = 'webp';
    for (let i = 12; i + 8 <= b.length; ) {
      const len = u32le(b, i + 4);
      const type = ascii(b, i, 4);
      const data = b.subarray(i + 8, i + 8 + len);
      if (type === 'C2PA') out.c2pa.push(data);
      if (type === 'XMP ') out.xmp.push(data);
      i += 8 + len + (len & 1);
    }
  } else if (ascii(b, 4, 4) === 'ftyp') {
    out.format = 'bmff';
    for (let i = 0; i + 8 <= b.length; ) {
      let len = u32be(b, i);
      let head = 8;
      if (len === 1) {
        // 64-bit size: the high word is 0 for anything a Range read can hold.
        len = u32be(b, i + 12) + u32be(b, i + 8) * 2 ** 32;
        head = 16;
      } else if (len === 0) len = b.length - i;
      if (len < head) break;
      if (ascii(b, i + 4, 4) === 'uuid' && hex(b.subarray(i + head, i + head + 16)) === C2PA_UUID) {
        const store = bmffStore(b.subarray(i + head + 16, i + len));
        if (store) out.c2pa.push(store);
      }
      i += len;
    }
  }
  return out;
}

interface Packet {
  z: number;
  /** The JUMBF box bytes of this segment: the repeated LBox/TBox[/XLBox] header, then its part. */
  box: Uint8Array;
}

/** One JUMBF box from its APP11 packets: the first packet whole, then the rest of each following
 *  packet in Z order; a repeated Z is dropped, and a missing one ends the box (what follows a gap
 *  cannot be placed). The result is never larger than the packets. */
function joinPackets(packets: Packet[]): Uint8Array {
  packets.sort((p, q) => p.z - q.z);
  const first = packets[0]!;
  const head = u32be(first.box, 0) === 1 ? 16 : 8;
  const parts = [first.box];
  for (let k = 1, z = first.z; k < packets.length && packets[k]!.z <= z + 1; k++) {
    if (packets[k]!.z === z + 1) parts.push(packets[k]!.box.subarray(head));
    z = packets[k]!.z;
  }
  if (parts.length === 1) return first.box;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

/** The manifest store in a C2PA `uuid` box's payload (after the UUID): version and flags (4 bytes), the
 *  NUL-terminated box_purpose, then for "manifest" an 8-byte offset (C2PA 2.x) or none (1.x): the store
 *  is where a `jumb` box starts. A "merkle" box holds no store. */
function bmffStore(p: Uint8Array): Uint8Array | null {
  const nul = p.indexOf(0, 4);
  if (nul < 0 || nul > 68) return p;
  if (ascii(p, 4, nul - 4) === 'merkle') return null;
  const rest = p.subarray(nul + 1);
  return ascii(rest, 4, 4) === 'jumb' ? rest : ascii(rest, 12, 4) === 'jumb' ? rest.subarray(8) : rest;
}
