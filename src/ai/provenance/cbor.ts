/**
 * A small, bounded CBOR (RFC 8949) decoder for C2PA assertions, which are plain CBOR: maps with text
 * keys, arrays, text and byte strings, integers, floats, simple values, tags (0 date, 32 URI, 37 UUID;
 * the tag is dropped and its content kept). Maps become Map<string, Cbor> (integer keys as their
 * decimal text; other keys are skipped), byte strings are views into the input (no copy).
 *
 * Bounds, for hostile or cut input: nesting depth, a total item count, and every length and count
 * checked against the bytes left. Decoding never throws and never loops: on a cut, a malformed item or
 * a bound, it stops and returns what it had built (containers keep their complete items), with
 * `complete: false`. Indefinite-length arrays and maps are read (C2PA forbids them, some writers don't
 * care); indefinite-length strings are not.
 */
export type Cbor = number | string | boolean | null | undefined | Uint8Array | Cbor[] | CborMap;
export type CborMap = Map<string, Cbor>;

export interface Decoded {
  value: Cbor;
  /** false when the input was cut, malformed or over a bound before the first item ended. */
  complete: boolean;
}

const MAX_DEPTH = 32;
const MAX_ITEMS = 100_000;
const STOP = Symbol('stop');
const utf8 = /*#__PURE__*/ new TextDecoder();

/** UTF-8 text of `b`; short ASCII (labels, keys, URIs: nearly all of a manifest) without the decoder's
 *  per-call cost. */
export function text(b: Uint8Array): string {
  if (b.length > 256) return utf8.decode(b);
  let s = '';
  for (let i = 0; i < b.length; i++) {
    if (b[i]! > 0x7f) return utf8.decode(b);
    s += String.fromCharCode(b[i]!);
  }
  return s;
}

export function decodeCbor(b: Uint8Array): Decoded {
  let at = 0;
  let items = 0;
  let root: Cbor;
  const stop = (): never => {
    throw STOP;
  };
  const byte = (): number => (at < b.length ? b[at++]! : stop());
  /** The argument of an item head: a count, a length or a value; -1 = indefinite. */
  const arg = (info: number): number => {
    if (info < 24) return info;
    if (info === 31) return -1;
    if (info > 27) return stop();
    let n = 0;
    for (let k = 1 << (info - 24); k > 0; k--) n = n * 256 + byte();
    return n;
  };
  const simple = (info: number): Cbor => {
    if (info === 20 || info === 21) return info === 21;
    if (info === 22) return null;
    if (info < 24) return undefined;
    if (info === 24) return (byte(), undefined);
    const size = info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : stop();
    if (at + size > b.length) stop();
    const view = new DataView(b.buffer, b.byteOffset + at, size);
    at += size;
    return size === 2 ? half(view.getUint16(0)) : size === 4 ? view.getFloat32(0) : view.getFloat64(0);
  };
  /** Whether the next byte ends an indefinite-length container (and consume it). */
  const end = (): boolean => (at < b.length && b[at] === 0xff ? (at++, true) : false);
  const read = (depth: number, put: (v: Cbor) => void): void => {
    if (++items > MAX_ITEMS || depth > MAX_DEPTH) stop();
    const head = byte();
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) return put(info === 31 ? stop() : simple(info));
    const n = arg(info);
    if (major === 0) return put(n < 0 ? stop() : n);
    if (major === 1) return put(n < 0 ? stop() : -1 - n);
    if (major === 6) return n < 0 ? stop() : read(depth + 1, put);
    if (major === 2 || major === 3) {
      if (n < 0 || n > b.length - at) stop();
      const s = b.subarray(at, (at += n));
      return put(major === 2 ? s : text(s));
    }
    if (major === 4) {
      const list: Cbor[] = [];
      put(list);
      for (let i = 0; n < 0 ? !end() : i < n; i++) read(depth + 1, (v) => list.push(v));
      return;
    }
    const map: CborMap = new Map();
    put(map);
    for (let i = 0; n < 0 ? !end() : i < n; i++) {
      let key: Cbor;
      read(depth + 1, (k) => (key = k));
      read(depth + 1, (v) => {
        if (typeof key === 'string' || typeof key === 'number') map.set(String(key), v);
      });
    }
  };
  try {
    read(0, (v) => (root = v));
    return { value: root, complete: true };
  } catch {
    return { value: root, complete: false };
  }
}

/** IEEE 754 half precision (RFC 8949, Appendix D). */
function half(h: number): number {
  const exp = (h >> 10) & 31;
  const mant = h & 1023;
  const v = exp === 0 ? mant * 2 ** -24 : exp === 31 ? (mant ? NaN : Infinity) : (mant + 1024) * 2 ** (exp - 25);
  return h & 0x8000 ? -v : v;
}

/** The value at `key` of a decoded map, or undefined when `m` is not a map. */
export const get = (m: Cbor, key: string): Cbor => (m instanceof Map ? m.get(key) : undefined);
