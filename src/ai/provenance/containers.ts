/**
 * Find the metadata blocks in the first bytes of an image, without decoding pixels:
 * - C2PA Manifest Stores (JUMBF): JPEG APP11 segments (JPEG XT, ISO/IEC 18477-3; a store is split over
 *   as many segments as it needs, ISO 19566-5 D.2: each has CI "JP", the box instance En, the
 *   sequence number Z and the store's repeated LBox/TBox[/XLBox], and the rest of each is appended in
 *   Z order), PNG `caBX` chunks, WebP `C2PA` chunks, and in ISO BMFF files (AVIF, HEIC) the top-level
 *   `uuid` box with the C2PA UUID (after its FullBox header, purpose "manifest" and, since C2PA 2.0,
 *   an 8-byte offset).
 * - XMP: JPEG APP1 "http://ns.adobe.com/xap/1.0/" and its Extended XMP (XMP Part 3, 1.1.3.1: APP1
 *   "http://ns.adobe.com/xmp/extension/", the GUID the standard packet names in
 *   xmpNote:HasExtendedXMP, the full length and each portion's offset), PNG iTXt "XML:com.adobe.xmp"
 *   (a compressed one is handed over still deflated, in `zxmp`: inflating is the caller's, sync in
 *   Node, async in browsers), WebP "XMP " chunks, and in AVIF/HEIC the item of type `mime` with
 *   content type "application/rdf+xml" (ISO/IEC 23008-12: `meta` → `iinf`/`infe` names it, `iloc`
 *   says where its bytes are, in the file or in `idat`; a "deflate" content encoding goes to
 *   `zxmp`). For other formats, or when no item is found, the raw `<x:xmpmeta>` packet is searched.
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
    /** Extended XMP portions by GUID. */
    const extended = new Map<string, { at: number; data: Uint8Array }[]>();
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
      if (marker === 0xe1 && data.length > 75 && ascii(data, 0, 35) === 'http://ns.adobe.com/xmp/extension/\0') {
        const guid = ascii(data, 35, 32);
        const portions = extended.get(guid) ?? [];
        portions.push({ at: u32be(data, 71), data: data.subarray(75) });
        extended.set(guid, portions);
      }
      i += 2 + len;
    }
    for (const packets of app11.values()) out.c2pa.push(joinPackets(packets));
    // Only the extension the standard packet names is the image's (XMP Part 3: others are ignored).
    const named = /HasExtendedXMP\s*(?:=\s*["']|>)\s*([0-9A-Fa-f]{32})/.exec(out.xmp.map((x) => ascii(x, 0, x.length)).join(''))?.[1];
    const portions = named ? extended.get(named) : undefined;
    if (portions) out.xmp.push(joinPortions(portions));
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
      if (ascii(b, i + 4, 4) === 'meta') xmpItems(b, b.subarray(i + head + 4, i + len), out);
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

/** The Extended XMP from its portions: each placed at its offset, up to the first gap (a portion the
 *  read did not reach); a repeated offset is read once. */
function joinPortions(portions: { at: number; data: Uint8Array }[]): Uint8Array {
  portions.sort((p, q) => p.at - q.at);
  const parts: Uint8Array[] = [];
  let end = 0;
  for (const p of portions) {
    if (p.at > end) break;
    if (p.at + p.data.length > end) parts.push(p.data.subarray(end - p.at));
    end = Math.max(end, p.at + p.data.length);
  }
  const out = new Uint8Array(end);
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

/** An unsigned big-endian integer of `n` bytes (0, 4 or 8; a Range read never needs more than 53 bits). */
const uint = (b: Uint8Array, i: number, n: number): number => (n === 0 ? 0 : n === 4 ? u32be(b, i) : n === 8 ? u32be(b, i) * 2 ** 32 + u32be(b, i + 4) : n === 2 ? (b[i]! << 8) + b[i + 1]! : 0);

/** The child boxes of a box's payload: type, payload start and end (within `p`). */
function* children(p: Uint8Array): Generator<[string, number, number]> {
  for (let i = 0; i + 8 <= p.length; ) {
    let len = u32be(p, i);
    let head = 8;
    if (len === 1) {
      len = u32be(p, i + 12) + u32be(p, i + 8) * 2 ** 32;
      head = 16;
    } else if (len === 0) len = p.length - i;
    if (len < head) return;
    yield [ascii(p, i + 4, 4), i + head, Math.min(i + len, p.length)];
    i += len;
  }
}

/**
 * XMP items of an ISO BMFF `meta` box (its payload after the FullBox header): the `infe` entries
 * (versions 2 and 3) of type `mime` with content type application/rdf+xml, and their extents in
 * `iloc` (versions 0-2; construction method 0: offsets in the file, 1: in the `idat` box). Bytes
 * past the end of the read are left out.
 */
function xmpItems(file: Uint8Array, meta: Uint8Array, out: Blocks): void {
  const xmp = new Map<number, boolean>(); // item ID → deflated
  let iloc: Uint8Array | null = null;
  let idat: Uint8Array | null = null;
  for (const [type, from, to] of children(meta)) {
    const p = meta.subarray(from, to);
    if (type === 'iloc') iloc = p;
    if (type === 'idat') idat = p;
    if (type !== 'iinf' || p.length < 6) continue;
    for (const [t, f, e] of children(p.subarray(p[0] === 0 ? 6 : 8))) {
      const infe = p.subarray(p[0] === 0 ? 6 : 8).subarray(f, e);
      const version = infe[0]!;
      if (t !== 'infe' || version < 2) continue;
      const idSize = version === 2 ? 2 : 4;
      const id = uint(infe, 4, idSize);
      const at = 4 + idSize + 2;
      if (ascii(infe, at, 4) !== 'mime') continue;
      const nameEnd = infe.indexOf(0, at + 4);
      const typeEnd = nameEnd < 0 ? -1 : infe.indexOf(0, nameEnd + 1);
      if (typeEnd < 0 || ascii(infe, nameEnd + 1, typeEnd - nameEnd - 1) !== 'application/rdf+xml') continue;
      const encEnd = infe.indexOf(0, typeEnd + 1);
      const encoding = encEnd > typeEnd + 1 ? ascii(infe, typeEnd + 1, encEnd - typeEnd - 1) : '';
      xmp.set(id, encoding === 'deflate');
    }
  }
  if (!iloc || !xmp.size || iloc.length < 8) return;
  const version = iloc[0]!;
  const offsetSize = iloc[4]! >> 4, lengthSize = iloc[4]! & 15, baseSize = iloc[5]! >> 4, indexSize = version > 0 ? iloc[5]! & 15 : 0;
  let i = version < 2 ? 8 : 10;
  const count = version < 2 ? uint(iloc, 6, 2) : uint(iloc, 6, 4);
  for (let k = 0; k < count && i < iloc.length; k++) {
    const id = uint(iloc, i, version < 2 ? 2 : 4);
    i += version < 2 ? 2 : 4;
    const method = version > 0 ? iloc[i + 1]! & 15 : 0;
    if (version > 0) i += 2;
    i += 2; // data_reference_index
    const base = uint(iloc, i, baseSize);
    i += baseSize;
    const extents = uint(iloc, i, 2);
    i += 2;
    const parts: Uint8Array[] = [];
    for (let e = 0; e < extents; e++) {
      i += indexSize;
      const offset = uint(iloc, i, offsetSize);
      const length = uint(iloc, i + offsetSize, lengthSize);
      i += offsetSize + lengthSize;
      const from = method === 0 ? file : method === 1 ? idat : null;
      if (from) parts.push(from.subarray(base + offset, length ? base + offset + length : from.length));
    }
    if (!xmp.has(id) || !parts.length) continue;
    let data = parts[0]!;
    if (parts.length > 1) {
      data = new Uint8Array(parts.reduce((n, x) => n + x.length, 0));
      parts.reduce((at, x) => (data.set(x, at), at + x.length), 0);
    }
    (xmp.get(id) ? out.zxmp : out.xmp).push(data);
  }
}
