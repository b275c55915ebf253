/**
 * XMP where the formats keep it beyond one APP1 segment or chunk: JPEG Extended XMP and the XMP item
 * of AVIF/HEIF, and a C2PA manifest without a source type in every container. The files are built
 * byte by byte (tools/fixtures/image-bytes.ts) from the specifications' own layouts and values:
 * - the packet's property and value are IPTC's: the IPTC Photo Metadata Standard (TechReference
 *   2025.1, property "Digital Source Type": XMP id Iptc4xmpExt:DigitalSourceType in the namespace
 *   http://iptc.org/std/Iptc4xmpExt/2008-02-29/, a URI), with the term IPTC's user guide recommends
 *   for generative AI, "the full URI for the recommended term Trained Algorithmic Media",
 *   http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia;
 * - Extended XMP as XMP Specification Part 3 (Storage in files), 1.1.3.1 lays it out: the standard
 *   packet's xmpNote:HasExtendedXMP names the GUID (the MD5 digest of the extended serialization, 32
 *   hex digits); each APP1 segment holds "http://ns.adobe.com/xmp/extension/" and NUL, the GUID, the
 *   full length and the portion's offset, in any order;
 * - HEIF as ISO/IEC 23008-12 stores XMP: an item of type `mime`, content type
 *   "application/rdf+xml", its bytes located by `iloc` (in the file or in `idat`), optionally with a
 *   content encoding;
 * - C2PA's store is the spec's smallest: c2pa.created with no digitalSourceType (C2PA 2.4, 18.15.2).
 */
import { inflateSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findBlocks } from '../../../src/ai/provenance/containers';
import { readProvenance, readProvenanceAsync } from '../../../src/ai/provenance/index';
import { avif, extendedGuid, heif, jpeg, jumbf, png, standardPacketFor, webp, xmpPacket } from '../../../tools/fixtures/image-bytes';

const AI = 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia';
const CAPTURE = 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture';
const enc = (s: string): number[] => Array.from(new TextEncoder().encode(s));

/** An RDF serialization as IPTC's reference writes the property (element form), without the
 *  x:xmpmeta wrapper or packet header, as Extended XMP and many HEIF writers store it; `pad` makes it
 *  long, as an extension is (a depth map or history that did not fit in 64 KB). */
const rdf = (sourceType: string, pad = 0): string =>
  `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"><xmpMM:History>${'<rdf:li>saved</rdf:li>'.repeat(pad)}</xmpMM:History><Iptc4xmpExt:DigitalSourceType>${sourceType}</Iptc4xmpExt:DigitalSourceType></rdf:Description></rdf:RDF>`;

const ai = { aiGenerated: true, evidence: `XMP Iptc4xmpExt:DigitalSourceType ${AI}`, evidenceKind: 'xmp' };
const unknown = { aiGenerated: null, evidence: '', evidenceKind: null };

describe('JPEG Extended XMP (XMP Part 3, 1.1.3.1)', () => {
  // The source type sits after ~150 KB of history: the extension spans three APP1 segments.
  const extension = rdf(AI, 7000);
  const guid = extendedGuid(extension);

  it('joins the portions the standard packet names, in offset order whatever their order in the file', () => {
    const file = jpeg({ xmp: standardPacketFor(guid), extended: { packet: extension, order: (s) => [s[2]!, s[0]!, s[1]!] } });
    const blocks = findBlocks(file);
    expect(blocks.xmp).toHaveLength(2);
    expect(new TextDecoder().decode(blocks.xmp[1])).toBe(extension);
    expect(readProvenance(file)).toEqual(ai);
  });

  it('ignores an extension the standard packet does not name', () => {
    const other = jpeg({ xmp: standardPacketFor('0'.repeat(32)), extended: { packet: extension } });
    expect(readProvenance(other)).toEqual(unknown);
    const unnamed = jpeg({ xmp: xmpPacket(null), extended: { packet: extension } });
    expect(readProvenance(unnamed)).toEqual(unknown);
  });

  it('reads what a Range read holds: up to the first missing portion', () => {
    const early = rdf(AI).replace('<xmpMM:History></xmpMM:History>', '') + '<!--' + 'x'.repeat(150000) + '-->';
    const file = jpeg({ xmp: standardPacketFor(extendedGuid(early)), extended: { packet: early } });
    // Cut in the second portion: the first (with the source type) is whole.
    expect(readProvenance(file.subarray(0, 100000))).toEqual(ai);
    // The source type in the last portion, the read cut before it: nothing known.
    const late = jpeg({ xmp: standardPacketFor(guid), extended: { packet: extension } });
    expect(readProvenance(late.subarray(0, 100000))).toEqual(unknown);
    // A portion that arrives without the one before it cannot be placed.
    const gap = jpeg({ xmp: standardPacketFor(guid), extended: { packet: extension, order: (s) => [s[0]!, s[2]!] } });
    expect(readProvenance(gap)).toEqual(unknown);
  });

  it('a standard packet that says "not AI" stays so when the extension says nothing', () => {
    const file = jpeg({ xmp: standardPacketFor(guid).replace('xmpNote:HasExtendedXMP', `Iptc4xmpExt:DigitalSourceType="${CAPTURE}" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" xmpNote:HasExtendedXMP`), extended: { packet: rdf('', 10) } });
    expect(readProvenance(file)).toMatchObject({ aiGenerated: false, evidenceKind: 'xmp' });
  });
});

describe('AVIF / HEIF XMP item (ISO/IEC 23008-12: mime item, application/rdf+xml, located by iloc)', () => {
  it('reads the item in mdat, a bare rdf:RDF the raw packet search would not find', () => {
    const file = heif({ items: [{ contentType: 'application/rdf+xml', bytes: enc(rdf(AI)) }] });
    expect(findBlocks(file).xmp.map((x) => new TextDecoder().decode(x))).toEqual([rdf(AI)]);
    expect(readProvenance(file)).toEqual(ai);
    expect(readProvenance(heif({ items: [{ contentType: 'application/rdf+xml', bytes: enc(rdf(AI)) }], brand: 'heic' }))).toEqual(ai);
  });

  it('reads an item kept in idat (construction method 1), over several extents', () => {
    const file = heif({ items: [{ contentType: 'application/rdf+xml', bytes: enc(rdf(AI, 20)), method: 1, extents: 3 }] });
    expect(new TextDecoder().decode(findBlocks(file).xmp[0])).toBe(rdf(AI, 20));
    expect(readProvenance(file)).toEqual(ai);
  });

  it('hands a deflate-encoded item over still deflated, read with zlib or DecompressionStream', async () => {
    const file = heif({ items: [{ contentType: 'application/rdf+xml', bytes: Array.from(deflateSync(Buffer.from(rdf(AI)))), encoding: 'deflate' }] });
    expect(findBlocks(file).zxmp).toHaveLength(1);
    expect(readProvenance(file, (z) => inflateSync(z))).toEqual(ai);
    expect(await readProvenanceAsync(file)).toEqual(ai);
  });

  it('only the rdf+xml item is XMP: another mime item naming a source type is not read', () => {
    const note = enc(`notes: ${AI}`);
    expect(readProvenance(heif({ items: [{ contentType: 'text/plain', bytes: note }] }))).toEqual(unknown);
    const both = heif({ items: [{ contentType: 'text/plain', bytes: note }, { contentType: 'application/rdf+xml', bytes: enc(rdf(CAPTURE)) }] });
    expect(readProvenance(both)).toMatchObject({ aiGenerated: false, evidence: `XMP Iptc4xmpExt:DigitalSourceType ${CAPTURE}` });
  });

  it('an item past the end of a Range read is left out, and what is read of it still counts', () => {
    const far = heif({ items: [{ contentType: 'application/rdf+xml', bytes: enc(rdf(AI)) }], prefix: 300000 });
    expect(readProvenance(far.subarray(0, 262144))).toEqual(unknown);
    const long = heif({ items: [{ contentType: 'application/rdf+xml', bytes: enc(rdf(AI).replace('<xmpMM:History></xmpMM:History>', '') + ' '.repeat(300000)) }] });
    expect(readProvenance(long.subarray(0, 262144))).toEqual(ai);
  });
});

describe.each([
  ['jpeg', () => jpeg({ c2pa: jumbf(null) })],
  ['png', () => png({ c2pa: jumbf(null) })],
  ['webp', () => webp({ c2pa: jumbf(null) })],
  ['avif', () => avif({ c2pa: jumbf(null) })],
])('%s: a C2PA manifest without a digital source type', (_, build) => {
  it('is reported and decides nothing', () => {
    expect(readProvenance(build())).toEqual({ aiGenerated: null, evidence: 'C2PA manifest present (no digital source type read)', evidenceKind: 'c2pa' });
  });
});
