/**
 * Image provenance from file bytes (the first few hundred KB): the IPTC Digital Source Type in
 * XMP, and C2PA manifests with their digitalSourceType (the c2pa.actions assertion carries the
 * IPTC URI as a CBOR text string, so a byte scan finds it without a CBOR or JUMBF parser).
 * Nothing here validates signatures: a manifest is reported, not trusted as proof, and a manifest
 * alone does not mean AI. Pure: bytes in, plain data out.
 */
import { findBlocks } from './containers';
import { findSourceType, sourceTypeIsAi } from './terms';

export interface Provenance {
  /** true = says AI, false = says not AI (e.g. digitalCapture), null = nothing known. */
  aiGenerated: boolean | null;
  /** The metadata value read, e.g. the IPTC URI; '' when none. */
  evidence: string;
  evidenceKind: 'xmp' | 'c2pa' | null;
}

export const UNKNOWN: Provenance = { aiGenerated: null, evidence: '', evidenceKind: null };

const latin1 = (b: Uint8Array): string => new TextDecoder('latin1').decode(b);

/** The Digital Source Type an XMP packet states (attribute, element or rdf:resource form). */
export function xmpSourceType(xmp: string): string | null {
  const at = xmp.search(/DigitalSourceType/i);
  if (at < 0) return null;
  const near = xmp.slice(at, at + 400);
  return findSourceType(near) ?? /DigitalSourceType\s*(?:=\s*["']|>)\s*([A-Za-z]+)/i.exec(near)?.[1] ?? null;
}

/** Inflate a zlib stream (a compressed PNG XMP packet); null when it cannot. */
export type Inflate = (deflated: Uint8Array, index: number) => Uint8Array | null;

/** `inflate` reads compressed PNG XMP (Node: zlib's inflateSync); without it such a packet is skipped. */
export function readProvenance(bytes: Uint8Array, inflate?: Inflate): Provenance {
  const blocks = findBlocks(bytes);
  if (inflate) {
    blocks.zxmp.forEach((z, i) => {
      const x = inflate(z, i);
      if (x) blocks.xmp.push(x);
    });
  }
  const c2pa = blocks.c2pa.map(latin1).join('\n');
  if (c2pa) {
    const term = findSourceType(c2pa);
    const ai = term ? sourceTypeIsAi(term) : null;
    if (ai !== null) return { aiGenerated: ai, evidence: `C2PA digitalSourceType ${term}`, evidenceKind: 'c2pa' };
  }
  // A UTF-16 packet (the XMP spec allows it) reads as ASCII with NULs between: drop them.
  let xmp = blocks.xmp.map((b) => latin1(b).replace(/\0/g, '')).join('\n');
  if (!xmp && (blocks.format === 'other' || blocks.format === 'bmff')) {
    const all = latin1(bytes);
    const start = all.indexOf('<x:xmpmeta');
    if (start >= 0) xmp = all.slice(start, all.indexOf('</x:xmpmeta>', start) + 12 || undefined);
  }
  const term = xmpSourceType(xmp);
  const ai = term ? sourceTypeIsAi(term) : null;
  if (term && ai !== null) return { aiGenerated: ai, evidence: `XMP Iptc4xmpExt:DigitalSourceType ${term}`, evidenceKind: 'xmp' };
  if (c2pa) return { aiGenerated: null, evidence: 'C2PA manifest present (no digital source type read)', evidenceKind: 'c2pa' };
  return UNKNOWN;
}

/** The same, for extension pages: compressed PNG XMP is inflated with the platform's DecompressionStream. */
export async function readProvenanceAsync(bytes: Uint8Array): Promise<Provenance> {
  const inflated = await Promise.all(findBlocks(bytes).zxmp.map(inflateStream));
  return readProvenance(bytes, (_, i) => inflated[i] ?? null);
}

async function inflateStream(z: Uint8Array): Promise<Uint8Array | null> {
  try {
    const stream = new Blob([z as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return null; // truncated by the Range read, or not zlib
  }
}
