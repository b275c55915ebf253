/**
 * Image provenance from file bytes (the first few hundred KB): C2PA Manifest Stores, read as JUMBF
 * and CBOR (c2pa.ts: the active manifest's actions, then its ingredients' manifests), and the IPTC
 * Digital Source Type in XMP. A block that holds no store the parser can read is still scanned for
 * the IPTC URI, as before the parser. Nothing here validates signatures: a manifest is reported, not
 * trusted as proof, and a manifest alone does not mean AI. Pure: bytes in, plain data out.
 */
import { readC2pa, type C2paVerdict } from './c2pa';
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
  const c2pa = fromC2pa(blocks.c2pa);
  if (typeof c2pa !== 'string') return c2pa;
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
  if (c2pa) return { aiGenerated: null, evidence: c2pa, evidenceKind: 'c2pa' };
  return UNKNOWN;
}

const C2PA_PRESENT = 'C2PA manifest present (no digital source type read)';

/** What the C2PA blocks say: a decided Provenance, or the evidence line of a manifest that decided
 *  nothing ('' when there is no manifest). */
function fromC2pa(blocks: Uint8Array[]): Provenance | string {
  const verdicts = blocks.map(readC2pa);
  const decided = verdicts.find((v) => v?.ai != null);
  if (decided) return { aiGenerated: decided.ai, evidence: c2paEvidence(decided), evidenceKind: 'c2pa' };
  const store = verdicts.find((v) => v);
  if (store) return c2paEvidence(store); // a store that decided nothing is not overruled by a byte scan
  // No store the parser can read (a layout it does not know): the IPTC URI anywhere, as before the parser.
  const term = findSourceType(blocks.map(latin1).join('\n'));
  const ai = term ? sourceTypeIsAi(term) : null;
  if (ai !== null) return { aiGenerated: ai, evidence: `C2PA digitalSourceType ${term}`, evidenceKind: 'c2pa' };
  return blocks.some((b) => b.length) ? C2PA_PRESENT : '';
}

/** The evidence line for a C2PA verdict: the value read, and where in the provenance it was found. */
function c2paEvidence({ ai, term, how }: C2paVerdict): string {
  if (how === 'compressed') return 'C2PA manifest present (compressed; not read)';
  if (how === 'cut') return 'C2PA manifest present (cut short before the active manifest; no digital source type read)';
  if (!term) return C2PA_PRESENT;
  if (how === 'parent') return `C2PA: edited from ${ai ? 'an AI-generated original' : 'an original'} (digitalSourceType ${term})`;
  if (how === 'component') return `C2PA composite: an ingredient is AI-generated (digitalSourceType ${term})`;
  if (how === 'history') return `C2PA (store read in part): a manifest in the image's history states digitalSourceType ${term}`;
  return `C2PA digitalSourceType ${term}`;
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
