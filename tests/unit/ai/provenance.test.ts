import { describe, expect, it } from 'vitest';
import { findBlocks } from '../../../src/ai/provenance/containers';
import { inflateSync } from 'node:zlib';
import { readProvenance, readProvenanceAsync } from '../../../src/ai/provenance/index';
import { mergeProvenance } from '../../../src/ai/provenance/merge';
import { sourceTypeIsAi } from '../../../src/ai/provenance/terms';
import { avif, IPTC, jpeg, jumbf, png, webp, xmpPacket } from '../../../tools/fixtures/image-bytes';

const HTTPS = IPTC.replace('http:', 'https:');
const builders = { jpeg, png, webp };

/** The IPTC Digital Source Type vocabulary (cv.iptc.org/newscodes/digitalsourcetype/, release of
 *  2024-10-23: names and definitions quoted in src/ai/phrases/iptc.ts) and C2PA 2.4's two own values
 *  (18.15.4.5, "Digital Source Type"). */
describe('Digital Source Type terms', () => {
  const C2PA = 'http://c2pa.org/digitalsourcetype/';
  it.each([
    [`${IPTC}trainedAlgorithmicMedia`, true], // "Created using Generative AI"
    [`${HTTPS}trainedAlgorithmicMedia`, true],
    [`${IPTC}compositeWithTrainedAlgorithmicMedia`, true], // "Edited using Generative AI"
    [`${IPTC}compositeSynthetic`, true], // "at least one of which is Generative AI"
    [`${C2PA}trainedAlgorithmicData`, true],
    [`${IPTC}digitalCapture`, false],
    [`${IPTC}computationalCapture`, false], // "…and/or non-generative AI"
    [`${IPTC}algorithmicMedia`, false], // "not based on any sampled training data"
    [`${IPTC}algorithmicallyEnhanced`, false],
    [`${IPTC}humanEdits`, false],
    [`${IPTC}softwareImage`, false], // retired 2022
    [`${IPTC}composite`, null], // "any of which may or may not be generative AI"
    [`${IPTC}virtualRecording`, null], // "based on Generative AI and/or captured elements"
    [`${C2PA}empty`, null],
    ['trainedAlgorithmicMedia', true],
    [`${IPTC}somethingNew`, null],
  ])('%s → %s', (v, want) => expect(sourceTypeIsAi(v)).toBe(want));
});

it('reads an XMP packet written in UTF-16', () => {
  expect(readProvenance(jpeg({ xmp: xmpPacket(`${IPTC}trainedAlgorithmicMedia`), utf16: true }))).toMatchObject({ aiGenerated: true, evidenceKind: 'xmp' });
});

describe('PNG with compressed XMP (iTXt, compression flag 1)', () => {
  const file = png({ xmp: xmpPacket(`${IPTC}trainedAlgorithmicMedia`), compressed: true });

  it('hands the packet over still deflated, and skips it without an inflater', () => {
    const b = findBlocks(file);
    expect(b.xmp).toHaveLength(0);
    expect(b.zxmp).toHaveLength(1);
    expect(readProvenance(file)).toEqual({ aiGenerated: null, evidence: '', evidenceKind: null });
  });

  it('reads it with zlib (the CLI) and with DecompressionStream (extension pages)', async () => {
    const want = { aiGenerated: true, evidence: `XMP Iptc4xmpExt:DigitalSourceType ${IPTC}trainedAlgorithmicMedia`, evidenceKind: 'xmp' };
    expect(readProvenance(file, (z) => inflateSync(z))).toEqual(want);
    expect(await readProvenanceAsync(file)).toEqual(want);
  });

  it('survives a packet cut short by the Range read', async () => {
    const z = findBlocks(file).zxmp[0]!;
    const cut = file.subarray(0, z.byteOffset + (z.length >> 1));
    expect(findBlocks(cut).zxmp[0]!.length).toBe(z.length >> 1);
    await expect(readProvenanceAsync(cut)).resolves.toEqual({ aiGenerated: null, evidence: '', evidenceKind: null });
  });
});

describe('AVIF / HEIC (ISO BMFF)', () => {
  it('finds the C2PA uuid box', () => {
    const b = findBlocks(avif({ c2pa: jumbf(null) }));
    expect(b.format).toBe('bmff');
    expect(b.c2pa).toHaveLength(1);
  });

  it('reads the source type from the C2PA manifest, and from XMP in mdat', () => {
    expect(readProvenance(avif({ c2pa: jumbf(`${IPTC}trainedAlgorithmicMedia`) }))).toMatchObject({ aiGenerated: true, evidenceKind: 'c2pa' });
    expect(readProvenance(avif({ xmp: xmpPacket(`${IPTC}digitalCapture`) }))).toMatchObject({ aiGenerated: false, evidenceKind: 'xmp' });
    expect(readProvenance(avif({}))).toEqual({ aiGenerated: null, evidence: '', evidenceKind: null });
  });

  it('survives a truncated read and a broken box size', () => {
    const full = avif({ c2pa: jumbf(`${IPTC}trainedAlgorithmicMedia`) });
    for (const n of [10, 40, 90, full.length - 3]) expect(() => readProvenance(full.subarray(0, n))).not.toThrow();
    const broken = full.slice();
    broken.set([0, 0, 0, 3], 0); // a box claiming 3 bytes
    expect(readProvenance(broken)).toEqual({ aiGenerated: null, evidence: '', evidenceKind: null });
  });
});

describe.each(Object.entries(builders))('%s', (format, build) => {
  it('finds the container blocks', () => {
    const b = findBlocks(build({ xmp: xmpPacket(null), c2pa: jumbf(null) }));
    expect(b.format).toBe(format);
    expect(b.xmp).toHaveLength(1);
    expect(b.c2pa).toHaveLength(1);
  });

  it('reads an AI source type from XMP (attribute form, https URI)', () => {
    expect(readProvenance(build({ xmp: xmpPacket(`${HTTPS}trainedAlgorithmicMedia`) }))).toEqual({
      aiGenerated: true,
      evidence: `XMP Iptc4xmpExt:DigitalSourceType ${HTTPS}trainedAlgorithmicMedia`,
      evidenceKind: 'xmp',
    });
  });

  it('reads a composite AI source type from XMP (element form)', () => {
    const p = readProvenance(build({ xmp: xmpPacket(`${IPTC}compositeWithTrainedAlgorithmicMedia`, 'element') }));
    expect(p).toMatchObject({ aiGenerated: true, evidenceKind: 'xmp' });
  });

  it('says "not AI" for digitalCapture', () => {
    expect(readProvenance(build({ xmp: xmpPacket(`${IPTC}digitalCapture`) }))).toMatchObject({ aiGenerated: false, evidenceKind: 'xmp' });
  });

  it('reads the digitalSourceType of a C2PA manifest, preferring it over XMP', () => {
    const p = readProvenance(build({ xmp: xmpPacket(`${IPTC}digitalCapture`), c2pa: jumbf(`${IPTC}trainedAlgorithmicMedia`) }));
    expect(p).toEqual({ aiGenerated: true, evidence: `C2PA digitalSourceType ${IPTC}trainedAlgorithmicMedia`, evidenceKind: 'c2pa' });
  });

  it('a manifest alone is not AI: unknown, but reported', () => {
    expect(readProvenance(build({ c2pa: jumbf(null) }))).toMatchObject({ aiGenerated: null, evidenceKind: 'c2pa' });
  });

  it('no metadata: unknown', () => {
    expect(readProvenance(build({}))).toEqual({ aiGenerated: null, evidence: '', evidenceKind: null });
  });

  it('survives truncated input (a Range read cut mid-block)', () => {
    const full = build({ xmp: xmpPacket(`${IPTC}trainedAlgorithmicMedia`), c2pa: jumbf(null) });
    for (const n of [0, 1, 5, 13, 40, full.length - 3]) expect(() => readProvenance(full.subarray(0, n))).not.toThrow();
  });
});

it('finds a bare XMP packet in other formats', () => {
  const bytes = new TextEncoder().encode(`GIF89a....${xmpPacket(`${IPTC}trainedAlgorithmicMedia`)}`);
  expect(readProvenance(bytes)).toMatchObject({ aiGenerated: true, evidenceKind: 'xmp' });
});

it('ignores a source-type string outside the metadata blocks of a known format', () => {
  const j = jpeg({});
  const tail = new TextEncoder().encode(`Iptc4xmpExt:DigitalSourceType="${IPTC}trainedAlgorithmicMedia"`);
  const bytes = new Uint8Array([...j.subarray(0, j.length - 2), ...tail, 0xff, 0xd9]);
  expect(readProvenance(bytes).aiGenerated).toBeNull();
});

describe('mergeProvenance', () => {
  const report = {
    pageFlag: true,
    textDisclosure: null,
    images: [
      { src: 'https://x.test/a.jpg', aiGenerated: true, evidence: 'AI-generated', evidenceKind: 'caption' as const },
      { src: 'https://x.test/b.jpg', aiGenerated: false, evidence: '', evidenceKind: null },
      { src: 'https://x.test/c.jpg', aiGenerated: false, evidence: '', evidenceKind: null },
    ],
  };
  it('flags images whose files say AI, keeps the page words, records "not AI"', () => {
    const m = mergeProvenance({ ...report, pageFlag: false, images: report.images.slice(1) }, new Map([
      ['https://x.test/b.jpg', { aiGenerated: true, evidence: 'XMP …trainedAlgorithmicMedia', evidenceKind: 'xmp' as const }],
      ['https://x.test/c.jpg', { aiGenerated: false, evidence: 'XMP …digitalCapture', evidenceKind: 'xmp' as const }],
    ]));
    expect(m.pageFlag).toBe(true);
    expect(m.images.map((i) => [i.aiGenerated, i.evidenceKind])).toEqual([[true, 'xmp'], [false, 'xmp']]);
    const kept = mergeProvenance(report, new Map([['https://x.test/a.jpg', { aiGenerated: true, evidence: 'C2PA', evidenceKind: 'c2pa' as const }]]));
    expect(kept.images[0]!.evidenceKind).toBe('caption');
  });
});
