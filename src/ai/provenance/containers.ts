/**
 * Find the metadata blocks in the first bytes of an image, without decoding pixels:
 * - C2PA manifests: JPEG APP11 segments holding JUMBF, PNG `caBX` chunks, WebP `C2PA` chunks, and in
 *   ISO BMFF files (AVIF, HEIC) the top-level `uuid` box with the C2PA UUID.
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
    for (let i = 2; i + 4 <= b.length && b[i] === 0xff; ) {
      const marker = b[i + 1]!;
      if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
        i += 2;
        continue;
      }
      if (marker === 0xda || marker === 0xd9) break; // image data starts: no more metadata segments
      const len = (b[i + 2]! << 8) + b[i + 3]!;
      const data = b.subarray(i + 4, i + 2 + len);
      if (marker === 0xeb && ascii(data, 0, 2) === 'JP') out.c2pa.push(data);
      if (marker === 0xe1 && ascii(data, 0, 28) === 'http://ns.adobe.com/xap/1.0/') out.xmp.push(data);
      i += 2 + len;
    }
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
      if (ascii(b, i + 4, 4) === 'uuid' && hex(b.subarray(i + head, i + head + 16)) === C2PA_UUID) out.c2pa.push(b.subarray(i + head + 16, i + len));
      i += len;
    }
  }
  return out;
}
