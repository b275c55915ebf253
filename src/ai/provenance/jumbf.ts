/**
 * JUMBF (ISO/IEC 19566-5) box trees, as C2PA stores its manifests: boxes are LBox (u32), TBox (four
 * characters), an XLBox (u64) when LBox is 1, and the payload; LBox 0 runs to the end of the
 * enclosing box. A superbox (`jumb`) starts with a description box (`jumd`: 16-byte type UUID, a
 * toggles byte, then a NUL-terminated UTF-8 label when toggle 0x02 is set) followed by content boxes
 * (`cbor`, `json`, `uuid`, `bfdb`/`bidb`, `brob`, …) and nested superboxes.
 *
 * Bounds: nesting depth and a total box count; a box whose size points past the end of the bytes is
 * kept, cut to what is there and marked `truncated` (a Range read stops mid-store), and the walk of
 * its siblings stops there; a size smaller than its own header ends the walk. Never throws, never
 * loops (every step moves forward by at least one header).
 */
import { text } from './cbor';

export interface JBox {
  type: string;
  /** The payload (after the header), cut to the bytes available. */
  data: Uint8Array;
  /** The box, or one inside it, extends past the bytes available. */
  truncated: boolean;
  /** For a `jumb` superbox within the depth bound: its description and children. */
  sup?: Superbox;
}

export interface Superbox {
  /** The JUMBF type UUID, 32 lowercase hex digits; '' when there is no description box. */
  uuid: string;
  label: string;
  /** The boxes after the description box. */
  boxes: JBox[];
}

const MAX_DEPTH = 12;
const MAX_BOXES = 20_000;

const u32 = (b: Uint8Array, i: number): number => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
const hex = (b: Uint8Array): string => {
  let s = '';
  for (let i = 0; i < b.length; i++) s += (b[i]! < 16 ? '0' : '') + b[i]!.toString(16);
  return s;
};

/** The boxes in `b`, one level deep, superboxes parsed within the bounds. */
export function readBoxes(b: Uint8Array): JBox[] {
  return walk(b, { left: MAX_BOXES }, 0);
}

function walk(b: Uint8Array, budget: { left: number }, depth: number): JBox[] {
  const out: JBox[] = [];
  for (let i = 0; i + 8 <= b.length && budget.left-- > 0; ) {
    let len = u32(b, i);
    let head = 8;
    if (len === 1) {
      if (i + 16 > b.length) break;
      len = u32(b, i + 8) * 2 ** 32 + u32(b, i + 12);
      head = 16;
    } else if (len === 0) len = b.length - i;
    if (len < head) break;
    const cut = len > b.length - i;
    const box: JBox = { type: text(b.subarray(i + 4, i + 8)), data: b.subarray(i + head, cut ? b.length : i + len), truncated: cut };
    if (box.type === 'jumb' && depth < MAX_DEPTH) {
      const children = walk(box.data, budget, depth + 1);
      const desc = children[0]?.type === 'jumd' ? children.shift()!.data : null;
      box.sup = { uuid: desc ? hex(desc.subarray(0, 16)) : '', label: desc ? label(desc) : '', boxes: children };
      box.truncated ||= children.some((c) => c.truncated);
    }
    out.push(box);
    if (cut) break;
    i += len;
  }
  return out;
}

/** The label of a description box payload (UUID, toggles, label), '' when toggle 0x02 is not set. */
function label(desc: Uint8Array): string {
  if (desc.length < 17 || !(desc[16]! & 0x02)) return '';
  const end = desc.indexOf(0, 17);
  return text(desc.subarray(17, end < 0 ? Math.min(desc.length, 17 + 256) : Math.min(end, 17 + 256)));
}

/** A C2PA JUMBF type UUID from its four-character code: 4CC then 0011-0010-8000-00AA00389B71. */
export const c2paType = (fourcc: string): string => hex(Uint8Array.from(fourcc, (c) => c.charCodeAt(0))) + '00110010800000aa00389b71';
