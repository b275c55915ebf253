/**
 * C2PA Manifest Stores read as JUMBF and CBOR (src/ai/provenance/c2pa.ts, jumbf.ts, cbor.ts), on image
 * files built byte by byte (tools/fixtures/image-bytes.ts) from the C2PA Technical Specification 2.4's
 * own examples, which it gives in CBOR diagnostic notation (each quoted below with its clause; `b64'…'`
 * hashes become 32 zero bytes, `0("…")` dates become tag 0), and from IPTC's Digital Source Type
 * vocabulary (http://cv.iptc.org/newscodes/digitalsourcetype/).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCbor, get } from '../../../src/ai/provenance/cbor';
import { readC2pa } from '../../../src/ai/provenance/c2pa';
import { findBlocks } from '../../../src/ai/provenance/containers';
import { readProvenance } from '../../../src/ai/provenance/index';
import { c2paType, readBoxes } from '../../../src/ai/provenance/jumbf';
import {
  app11Packets,
  assertion,
  avif,
  box,
  cbor,
  IPTC,
  jpeg,
  manifest,
  manifestStore,
  manifestUri,
  png,
  superbox,
  tag,
  thumbnail,
  webp,
  type CborIn,
} from '../../../tools/fixtures/image-bytes';

const hash = new Uint8Array(32);
const AI = `${IPTC}trainedAlgorithmicMedia`;
const CAPTURE = `${IPTC}digitalCapture`;
/** The manifest label the spec's ingredient examples point to (18.15.10, 18.16.6). */
const SPEC_INGREDIENT = 'urn:c2pa:5E7B01FC-4932-4BAB-AB32-D4F12A8AA322';
const ACTIVE = 'urn:c2pa:F095F30E-6CD5-4BF7-8C44-CE8420CA9FB7';
const JOES = { name: "Joe's Photo Editor", version: '2.0', operating_system: 'Windows 10' };

/** C2PA 2.4, 18.15.4.7, Example 8, "Example of an action for Generative AI". */
const EXAMPLE_8: CborIn = {
  actions: [
    {
      action: 'c2pa.created',
      when: tag(0, '2023-02-11T09:00:00Z'),
      softwareAgent: JOES,
      digitalSourceType: AI,
      parameters: {
        ingredients: [
          { url: 'self#jumbf=c2pa.assertions/c2pa.ingredient.v3', alg: 'sha256', hash },
          { url: 'self#jumbf=c2pa.assertions/c2pa.ingredient.v3__1', alg: 'sha256', hash },
        ],
      },
    },
  ],
};

/** C2PA 2.4, 18.15.12, Example 11, "Example of a v2 action": a filter and a crop, no source type. */
const EXAMPLE_11: CborIn = {
  actions: [
    {
      action: 'c2pa.filtered',
      when: tag(0, '2020-02-11T09:00:00Z'),
      description: 'Applied vintage filter',
      parameters: { 'com.fabrikam.multipleInstances': true },
      softwareAgent: JOES,
    },
    { action: 'c2pa.cropped', when: tag(0, '2020-02-11T09:30:00Z') },
  ],
  metadata: { dateTime: tag(0, '2021-06-28T16:34:11.457Z'), reviewRatings: [{ value: 1, explanation: 'Content bindings did not validate' }] },
};

/** C2PA 2.4, 18.15.6.1, Example 9, "Action template example": one template for a named action, whose
 *  source type is compositeSynthetic. */
const EXAMPLE_9_NAMED: CborIn = {
  actions: [
    { action: 'com.joesphoto.filter', when: tag(0, '2020-02-11T09:00:00Z') },
    { action: 'c2pa.edited', when: tag(0, '2020-02-11T09:10:00Z') },
    { action: 'com.joesphoto.filter', when: tag(0, '2020-02-11T09:20:00Z') },
    { action: 'c2pa.cropped', when: tag(0, '2020-02-11T09:30:00Z') },
  ],
  templates: [{ action: 'com.joesphoto.filter', description: 'Magic Filter', digitalSourceType: `${IPTC}compositeSynthetic`, softwareAgent: JOES }],
};

/** C2PA 2.4, 18.15.6.1, Example 9, second part: the special "*" template, humanEdits for all actions. */
const EXAMPLE_9_ALL: CborIn = {
  actions: [
    { action: 'c2pa.created', when: tag(0, '2024-03-09T20:04Z') },
    { action: 'c2pa.edited', when: tag(0, '2025-02-11T09:10:00Z') },
    { action: 'c2pa.cropped', when: tag(0, '2025-02-11T09:30:00Z') },
  ],
  templates: [{ action: '*', digitalSourceType: `${IPTC}humanEdits`, softwareAgent: { name: "Jane's Human Authoring Tool", version: '1.0' } }],
};

/** C2PA 2.4, 18.15.6.2, Example 10, "Software Agents example" (abridged to three of its six actions). */
const EXAMPLE_10: CborIn = {
  actions: [
    { action: 'com.joesphoto.magic-avatar', when: tag(0, '2020-02-11T09:00:00Z'), softwareAgentIndex: 0 },
    { action: 'c2pa.edited', when: tag(0, '2020-02-11T09:10:00Z'), softwareAgentIndex: 1 },
    { action: 'c2pa.cropped', when: tag(0, '2020-02-11T09:30:00Z'), softwareAgentIndex: 1 },
  ],
  softwareAgents: [{ name: "Joe's AI Filter", version: '1.0', operating_system: 'Windows 10' }, JOES],
};

/** C2PA 2.4, 18.16.6, the ingredient example (v3; validationResults abridged to two entries). */
const ingredientV3 = (relationship: string, label = SPEC_INGREDIENT): CborIn => ({
  metadata: { dateTime: tag(0, '2021-06-28T16:49:32.874Z'), reviewRatings: [{ value: 5, explanation: 'Content bindings validated' }] },
  'dc:format': 'image/jpeg',
  thumbnail: { url: 'self#jumbf=c2pa.assertions/c2pa.thumbnail.ingredient', hash },
  relationship,
  activeManifest: manifestUri(label),
  claimSignature: { url: `self#jumbf=/c2pa/${label}/c2pa.signature`, hash },
  validationResults: {
    activeManifest: {
      success: [{ code: 'claimSignature.validated', url: `self#jumbf=/c2pa/${label}/c2pa.signature` }],
      informational: [{ code: 'signingCredential.ocsp.skipped', url: `self#jumbf=/c2pa/${label}/c2pa.signature` }],
      failure: [],
    },
  },
});

/** C2PA 2.4, 18.15.10: "an actions assertion pointing to the ingredient", c2pa.opened, then the edits
 *  of 18.15.2's third EXAMPLE (the media desk crops a photo and adds a vignette). */
const OPENED_AND_EDITED: CborIn = {
  actions: [
    {
      action: 'c2pa.opened',
      when: tag(0, '2025-04-07T09:00:00Z'),
      softwareAgent: JOES,
      parameters: { ingredients: [{ url: 'self#jumbf=c2pa.assertions/c2pa.ingredient.v3', alg: 'sha256', hash }] },
    },
    { action: 'c2pa.cropped' },
    { action: 'c2pa.filtered', description: 'Vignette' },
  ],
};

/** C2PA 2.4, 18.15.2, first requirement: "c2pa.created … with a corresponding digitalSourceType"; a
 *  camera's (its third EXAMPLE's "photo that was captured by a photojournalist with a C2PA-enabled
 *  camera") is IPTC's digitalCapture, "The media was captured from a real-life source using a digital
 *  camera or digital recording device". */
const CAPTURED: CborIn = { action: 'c2pa.created', when: tag(0, '2025-04-07T08:00:00Z'), digitalSourceType: CAPTURE };
const CAMERA: CborIn = { actions: [CAPTURED] };

const bytes = (b: number[]): Uint8Array => Uint8Array.from(b);
const verdict = (store: number[]) => readC2pa(bytes(store));

describe('CBOR', () => {
  it('decodes the spec example 8 as written: maps, arrays, tag 0, nested maps, byte strings', () => {
    const { value, complete } = decodeCbor(bytes(cbor(EXAMPLE_8)));
    expect(complete).toBe(true);
    const action = (get(value, 'actions') as unknown[])[0]!;
    expect(get(action as never, 'action')).toBe('c2pa.created');
    expect(get(action as never, 'when')).toBe('2023-02-11T09:00:00Z');
    expect(get(get(action as never, 'softwareAgent'), 'name')).toBe("Joe's Photo Editor");
    expect(get(action as never, 'digitalSourceType')).toBe(AI);
    expect(get((get(get(action as never, 'parameters'), 'ingredients') as never[])[1]!, 'hash')).toEqual(hash);
  });

  it('reads half, single and double floats, simple values, negative integers and indefinite containers', () => {
    // RFC 8949 Appendix A: 0xf93c00 = 1.0, 0xfa47c35000 = 100000.0, 0xfb3ff199999999999a = 1.1, 0x3863 = -100
    expect(decodeCbor(bytes([0x84, 0xf9, 0x3c, 0x00, 0xfa, 0x47, 0xc3, 0x50, 0x00, 0xfb, 0x3f, 0xf1, 0x99, 0x99, 0x99, 0x99, 0x99, 0x9a, 0x38, 0x63])).value).toEqual([1, 100000, 1.1, -100]);
    expect(decodeCbor(bytes([0x83, 0xf4, 0xf5, 0xf6])).value).toEqual([false, true, null]);
    // RFC 8949 Appendix A: 0x9f018202039f0405ffff = [_ 1, [2, 3], [_ 4, 5]]; 0xbf61610161629f0203ffff = {_ "a": 1, "b": [_ 2, 3]}
    expect(decodeCbor(bytes([0x9f, 0x01, 0x82, 0x02, 0x03, 0x9f, 0x04, 0x05, 0xff, 0xff])).value).toEqual([1, [2, 3], [4, 5]]);
    expect(decodeCbor(bytes([0xbf, 0x61, 0x61, 0x01, 0x61, 0x62, 0x9f, 0x02, 0x03, 0xff, 0xff])).value).toEqual(new Map<string, unknown>([['a', 1], ['b', [2, 3]]]));
  });

  it('gives what it read from a cut item, marked incomplete', () => {
    const full = cbor(EXAMPLE_11);
    const { value, complete } = decodeCbor(bytes(full.slice(0, indexOf(full, 'c2pa.cropped') + 4))); // cut inside "c2pa.cropped"
    expect(complete).toBe(false);
    expect((get(value, 'actions') as unknown[]).length).toBe(2); // the second action began, as an empty map
    expect(get((get(value, 'actions') as never[])[0]!, 'description')).toBe('Applied vintage filter');
  });
});

describe('JUMBF', () => {
  it('parses the store, its manifests, assertion store and assertions by type UUID and label (C2PA 11.1.4)', () => {
    const [store] = readBoxes(bytes(manifestStore([manifest(ACTIVE, [assertion('c2pa.actions.v2', EXAMPLE_8)])])));
    expect(store!.sup).toMatchObject({ uuid: c2paType('c2pa'), label: 'c2pa' });
    expect(store!.sup!.uuid).toBe('63327061' + '00110010800000aa00389b71');
    const m = store!.sup!.boxes[0]!.sup!;
    expect(m).toMatchObject({ uuid: c2paType('c2ma'), label: ACTIVE });
    expect(m.boxes.map((b) => b.sup?.label)).toEqual(['c2pa.assertions', 'c2pa.claim.v2', 'c2pa.signature']);
    const a = m.boxes[0]!.sup!.boxes[0]!;
    expect(a.sup).toMatchObject({ uuid: c2paType('cbor'), label: 'c2pa.actions.v2' });
    expect(a.sup!.boxes.map((b) => b.type)).toEqual(['cbor']);
  });

  it('reads 64-bit XLBox sizes and LBox 0 (to the end)', () => {
    const xl = readBoxes(bytes(manifestStore([manifest(ACTIVE, [assertion('c2pa.actions', CAMERA)], { xl: true })], { xl: true })));
    expect(xl[0]!.sup!.boxes[0]!.sup!.label).toBe(ACTIVE);
    const toEnd = box('free', [1, 2, 3]);
    toEnd.splice(0, 4, 0, 0, 0, 0);
    expect(readBoxes(bytes(toEnd))).toMatchObject([{ type: 'free', truncated: false }]);
    expect(readBoxes(bytes(toEnd))[0]!.data).toEqual(bytes([1, 2, 3]));
  });
});

describe('the decision, on the active manifest (the last in the store, C2PA 15.5.1)', () => {
  const store = (...manifests: number[][]) => manifestStore(manifests);

  it('c2pa.actions.v2, spec example 8 (c2pa.created, trainedAlgorithmicMedia): AI', () => {
    expect(verdict(store(manifest(ACTIVE, [assertion('c2pa.actions.v2', EXAMPLE_8)])))).toEqual({ ai: true, term: AI, how: 'own' });
  });

  it('c2pa.actions (v1: softwareAgent a text string, CDDL action-items-map in 18.15.12): AI', () => {
    const v1 = { actions: [{ action: 'c2pa.created', softwareAgent: 'Joe’s Photo Editor 2.0', digitalSourceType: AI }] };
    expect(verdict(store(manifest(ACTIVE, [assertion('c2pa.actions', v1)])))).toEqual({ ai: true, term: AI, how: 'own' });
  });

  it('c2pa.created with digitalCapture (the camera of 18.15.2): not AI', () => {
    expect(verdict(store(manifest(ACTIVE, [assertion('c2pa.actions.v2', CAMERA)])))).toEqual({ ai: false, term: CAPTURE, how: 'own' });
  });

  it('spec example 9: a template gives its actions compositeSynthetic (AI, in IPTC\'s current definition)', () => {
    expect(verdict(store(manifest(ACTIVE, [assertion('c2pa.actions.v2', EXAMPLE_9_NAMED)])))).toEqual({ ai: true, term: `${IPTC}compositeSynthetic`, how: 'own' });
  });

  it('spec example 9, "*" template: c2pa.created gets humanEdits: not AI', () => {
    expect(verdict(store(manifest(ACTIVE, [assertion('c2pa.actions.v2', EXAMPLE_9_ALL)])))).toEqual({ ai: false, term: `${IPTC}humanEdits`, how: 'own' });
  });

  it('an action\'s own digitalSourceType wins over its template\'s (18.15.6.1: "overlay the values from the action")', () => {
    const own = { actions: [{ action: 'c2pa.created', digitalSourceType: AI }], templates: [{ action: '*', digitalSourceType: CAPTURE }] };
    expect(verdict(store(manifest(ACTIVE, [assertion('c2pa.actions.v2', own)])))?.ai).toBe(true);
  });

  it('spec examples 10 and 11 (no source type anywhere): unknown, the manifest reported', () => {
    for (const ex of [EXAMPLE_10, EXAMPLE_11]) expect(verdict(store(manifest(ACTIVE, [assertion('c2pa.actions.v2', ex)])))).toEqual({ ai: null, term: null, how: 'own' });
    expect(readProvenance(png({ c2pa: store(manifest(ACTIVE, [assertion('c2pa.actions.v2', EXAMPLE_11)])) }))).toEqual({
      aiGenerated: null,
      evidence: 'C2PA manifest present (no digital source type read)',
      evidenceKind: 'c2pa',
    });
  });

  it('a non-AI source type on an edit (not on c2pa.created) does not say the asset is not AI', () => {
    const edit: CborIn = { actions: [{ action: 'c2pa.opened' }, { action: 'c2pa.edited', digitalSourceType: `${IPTC}algorithmicallyEnhanced` }] };
    expect(verdict(store(manifest(ACTIVE, [assertion('c2pa.actions.v2', edit)])))?.ai).toBeNull();
  });

  it('an AI edit of a camera photo (generative fill: compositeWithTrainedAlgorithmicMedia) is AI', () => {
    const fill: CborIn = { actions: [CAPTURED, { action: 'c2pa.edited', digitalSourceType: `${IPTC}compositeWithTrainedAlgorithmicMedia` }] };
    expect(verdict(store(manifest(ACTIVE, [assertion('c2pa.actions.v2', fill)])))).toMatchObject({ ai: true, how: 'own' });
  });

  it('only the last manifest counts: an earlier AI manifest that nothing names as an ingredient does not', () => {
    const v = verdict(store(manifest(SPEC_INGREDIENT, [assertion('c2pa.actions.v2', EXAMPLE_8)]), manifest(ACTIVE, [assertion('c2pa.actions.v2', CAMERA)])));
    expect(v).toEqual({ ai: false, term: CAPTURE, how: 'own' });
  });

  it('the IPTC metadata assertion (JSON-LD) states the source type too', () => {
    const iptc = { '@context': { Iptc4xmpExt: 'http://iptc.org/std/Iptc4xmpExt/2008-02-29/' }, 'Iptc4xmpExt:DigitalSourceType': AI };
    expect(verdict(store(manifest(ACTIVE, [assertion('stds.iptc', iptc, 'json')])))).toEqual({ ai: true, term: AI, how: 'own' });
  });
});

describe('ingredients (C2PA 18.16): an edit or a composite of AI-generated media', () => {
  const aiOriginal = manifest(SPEC_INGREDIENT, [assertion('c2pa.actions.v2', EXAMPLE_8)]);
  const cameraOriginal = manifest(SPEC_INGREDIENT, [assertion('c2pa.actions.v2', CAMERA)]);

  it('opened (parentOf, 18.16.6\'s ingredient) and only edited: "edited from an AI-generated original"', () => {
    const edited = manifest(ACTIVE, [assertion('c2pa.actions.v2', OPENED_AND_EDITED), assertion('c2pa.ingredient.v3', ingredientV3('parentOf'))]);
    expect(verdict(manifestStore([aiOriginal, edited]))).toEqual({ ai: true, term: AI, how: 'parent' });
    expect(readProvenance(png({ c2pa: manifestStore([aiOriginal, edited]) }))).toEqual({
      aiGenerated: true,
      evidence: `C2PA: edited from an AI-generated original (digitalSourceType ${AI})`,
      evidenceKind: 'c2pa',
    });
  });

  it('the same with 18.15.10\'s soft-binding ingredient and an update manifest (c2um) as the active one', () => {
    const softBinding = {
      'dc:format': 'image/jpeg',
      relationship: 'parentOf',
      softBindingsMatched: true,
      softBindingAlgorithmsMatched: ['com.foo.watermark.1'],
      activeManifest: manifestUri(SPEC_INGREDIENT),
    };
    const update = manifest(ACTIVE, [assertion('c2pa.ingredient.v3', softBinding), assertion('c2pa.actions.v2', { actions: [{ action: 'c2pa.edited.metadata' }] })], { type: 'c2um' });
    expect(verdict(manifestStore([aiOriginal, update]))).toEqual({ ai: true, term: AI, how: 'parent' });
  });

  it('placed (componentOf) into a camera photo: "composite: an ingredient is AI-generated"', () => {
    const placed: CborIn = { actions: [CAPTURED, { action: 'c2pa.placed', parameters: { ingredients: [{ url: 'self#jumbf=c2pa.assertions/c2pa.ingredient.v3', hash }] } }] };
    const composite = manifest(ACTIVE, [assertion('c2pa.actions.v2', placed), assertion('c2pa.ingredient.v3', ingredientV3('componentOf'))]);
    expect(verdict(manifestStore([aiOriginal, composite]))).toEqual({ ai: true, term: AI, how: 'component' });
    expect(readProvenance(jpeg({ c2pa: manifestStore([aiOriginal, composite]) })).evidence).toBe(`C2PA composite: an ingredient is AI-generated (digitalSourceType ${AI})`);
  });

  it('an ingredient with no manifest but its own v3 digitalSourceType (18.16.6 CDDL) counts the same way', () => {
    const ing = { 'dc:format': 'image/png', relationship: 'componentOf', digitalSourceType: AI };
    const placed: CborIn = { actions: [{ action: 'c2pa.created', digitalSourceType: 'http://c2pa.org/digitalsourcetype/empty' }, { action: 'c2pa.placed' }] };
    expect(verdict(manifestStore([manifest(ACTIVE, [assertion('c2pa.actions.v2', placed), assertion('c2pa.ingredient.v3', ing)])]))).toEqual({ ai: true, term: AI, how: 'component' });
  });

  it('v1 ingredients (c2pa.ingredient, c2pa_manifest) are followed too', () => {
    const v1 = { 'dc:title': 'original.jpg', 'dc:format': 'image/jpeg', instanceID: 'xmp:iid:1', relationship: 'parentOf', c2pa_manifest: manifestUri(SPEC_INGREDIENT) };
    const edited = manifest(ACTIVE, [assertion('c2pa.actions', { actions: [{ action: 'c2pa.opened' }, { action: 'c2pa.resized' }] }), assertion('c2pa.ingredient', v1)]);
    expect(verdict(manifestStore([aiOriginal, edited]))).toEqual({ ai: true, term: AI, how: 'parent' });
  });

  it('a camera original, cropped and vignetted (18.15.2\'s media desk): not AI, said as the original\'s', () => {
    const edited = manifest(ACTIVE, [assertion('c2pa.actions.v2', OPENED_AND_EDITED), assertion('c2pa.ingredient.v3', ingredientV3('parentOf'))]);
    expect(verdict(manifestStore([cameraOriginal, edited]))).toEqual({ ai: false, term: CAPTURE, how: 'parent' });
    expect(readProvenance(webp({ c2pa: manifestStore([cameraOriginal, edited]) })).evidence).toBe(`C2PA: edited from an original (digitalSourceType ${CAPTURE})`);
  });

  it('inputTo ingredients (inputs to a process, Table 10) are not part of the picture', () => {
    const created = { actions: [{ action: 'c2pa.created', digitalSourceType: `${IPTC}digitalCreation` }] };
    const drawn = manifest(ACTIVE, [assertion('c2pa.actions.v2', created), assertion('c2pa.ingredient.v3', ingredientV3('inputTo'))]);
    expect(verdict(manifestStore([aiOriginal, drawn]))).toEqual({ ai: false, term: `${IPTC}digitalCreation`, how: 'own' });
  });

  it('an ingredient URI naming no manifest in the store, or a compressed one, adds nothing', () => {
    const edited = manifest(ACTIVE, [assertion('c2pa.actions.v2', OPENED_AND_EDITED), assertion('c2pa.ingredient.v3', ingredientV3('parentOf', 'urn:c2pa:missing'))]);
    expect(verdict(manifestStore([aiOriginal, edited]))).toEqual({ ai: null, term: null, how: 'own' });
    const compressed = superbox('c2cm', SPEC_INGREDIENT, [box('brob', [0x0b, 0x02, 0x80])]);
    const opened = manifest(ACTIVE, [assertion('c2pa.actions.v2', OPENED_AND_EDITED), assertion('c2pa.ingredient.v3', ingredientV3('parentOf'))]);
    expect(verdict(manifestStore([compressed, opened]))).toEqual({ ai: null, term: null, how: 'own' });
  });
});

describe('containers', () => {
  /** An AI original and its edit, with claim thumbnails (C2PA 18.11) that make the store ~140 KB. */
  const bigStore = (original = manifest(SPEC_INGREDIENT, [assertion('c2pa.actions.v2', EXAMPLE_8), thumbnail('c2pa.thumbnail.claim', 60_000)])) =>
    manifestStore([
      original,
      manifest(ACTIVE, [assertion('c2pa.actions.v2', OPENED_AND_EDITED), assertion('c2pa.ingredient.v3', ingredientV3('parentOf')), thumbnail('c2pa.thumbnail.claim', 80_000)]),
    ]);
  const app11Count = (b: Uint8Array): number => {
    let n = 0;
    for (let i = 0; i + 5 < b.length; i++) if (b[i] === 0xff && b[i + 1] === 0xeb && b[i + 4] === 0x4a && b[i + 5] === 0x50) n++;
    return n;
  };
  /** Byte equality without the test runner's element-by-element diff (stores are ~140 KB). */
  const same = (a: Uint8Array | undefined, b: number[]): boolean => !!a && Buffer.from(a).equals(Buffer.from(b));
  const BIG = bigStore();

  it('JPEG: a store over 3 APP11 segments (C2PA A.3.1, ISO 19566-5 D.2) is put back together', () => {
    const file = jpeg({ c2pa: BIG });
    expect(app11Count(file)).toBe(3);
    expect(findBlocks(file).c2pa).toHaveLength(1);
    expect(same(findBlocks(file).c2pa[0], BIG)).toBe(true);
    expect(readProvenance(file)).toEqual({ aiGenerated: true, evidence: `C2PA: edited from an AI-generated original (digitalSourceType ${AI})`, evidenceKind: 'c2pa' });
  });

  it('JPEG: segments in any order, a repeated one, and another JUMBF box (another En) beside it', () => {
    const shuffled = jpeg({ c2pa: BIG, order: (p) => [p[2]!, p[0]!, p[1]!, p[0]!] });
    expect(same(findBlocks(shuffled).c2pa[0], BIG)).toBe(true);
    // A JUMBF box of another kind (JSON content, ISO 19566-5 B.4) as box instance 2, before the store.
    const other = superbox('json', 'com.example.notes', [box('json', Array.from(new TextEncoder().encode('{"note":"trainedAlgorithmicMedia"}')))]);
    const beside = jpeg({ c2pa: BIG, order: (p) => [...app11Packets(other, { en: 2 }), ...p] });
    expect(findBlocks(beside).c2pa).toHaveLength(2);
    expect(readProvenance(beside).evidence).toBe(`C2PA: edited from an AI-generated original (digitalSourceType ${AI})`);
    const small = jpeg({ c2pa: manifestStore([manifest(ACTIVE, [assertion('c2pa.actions.v2', EXAMPLE_8)])]), chunk: 100 });
    expect(app11Count(small)).toBeGreaterThan(3);
    expect(readProvenance(small).aiGenerated).toBe(true);
  });

  it('JPEG: a missing segment ends the store there (what follows a gap cannot be placed)', () => {
    const file = jpeg({ c2pa: BIG, order: (p) => [p[0]!, p[2]!] });
    expect(findBlocks(file).c2pa[0]!.length).toBe(65535 - 2 - 8); // the first segment's box: all but Le, CI, En, Z
    expect(readProvenance(file)).toMatchObject({ aiGenerated: true, evidenceKind: 'c2pa' }); // the AI original was in the first segment
  });

  it('blocks with no store in them: the IPTC URI in their bytes, as before the parser, unless a store decided', () => {
    // A JUMBF box labelled "c2pa" but of no C2PA type (all-zero UUID), its CBOR straight inside.
    const layout = superbox(Array(16).fill(0), 'c2pa', [box('cbor', cbor({ actions: [{ action: 'c2pa.created', digitalSourceType: AI }] }))]);
    expect(readProvenance(png({ c2pa: layout }))).toEqual({ aiGenerated: true, evidence: `C2PA digitalSourceType ${AI}`, evidenceKind: 'c2pa' });
    const undecided = manifestStore([manifest(ACTIVE, [assertion('c2pa.actions.v2', EXAMPLE_11)])]);
    const both = jpeg({ c2pa: undecided, order: (p) => [...app11Packets(layout, { en: 2 }), ...p] });
    expect(readProvenance(both)).toEqual({ aiGenerated: null, evidence: 'C2PA manifest present (no digital source type read)', evidenceKind: 'c2pa' });
  });

  it('PNG caBX with 64-bit XLBox sizes, WebP C2PA chunk, AVIF uuid box', () => {
    const store = manifestStore([manifest(ACTIVE, [assertion('c2pa.actions.v2', EXAMPLE_8)], { xl: true })], { xl: true });
    for (const file of [png({ c2pa: store }), webp({ c2pa: store }), avif({ c2pa: store }), jpeg({ c2pa: store })]) {
      expect(findBlocks(file).c2pa).toEqual([bytes(store)]);
      expect(readProvenance(file)).toEqual({ aiGenerated: true, evidence: `C2PA digitalSourceType ${AI}`, evidenceKind: 'c2pa' });
    }
  });

  it('a compressed manifest (c2cm, brob: Brotli, C2PA 11.2.4) is reported, not read', () => {
    const compressed = superbox('c2cm', ACTIVE, [box('brob', [0x0b, 0x02, 0x80])]);
    expect(readProvenance(png({ c2pa: manifestStore([compressed]) }))).toEqual({ aiGenerated: null, evidence: 'C2PA manifest present (compressed; not read)', evidenceKind: 'c2pa' });
  });

  describe('a store cut short (the first 256 KB of a file, or a read cut mid-segment)', () => {
    it('the active manifest not reached, an AI original read: AI, said as the image\'s history', () => {
      const file = jpeg({ c2pa: BIG });
      const cut = file.subarray(0, 100_000); // into the second segment, inside the active manifest
      expect(readProvenance(cut)).toEqual({
        aiGenerated: true,
        evidence: `C2PA (store read in part): a manifest in the image's history states digitalSourceType ${AI}`,
        evidenceKind: 'c2pa',
      });
    });

    it('a 300 KB store read in its first 256 KB', () => {
      const store = manifestStore([
        manifest(SPEC_INGREDIENT, [assertion('c2pa.actions.v2', EXAMPLE_8)]),
        manifest(ACTIVE, [assertion('c2pa.actions.v2', OPENED_AND_EDITED), assertion('c2pa.ingredient.v3', ingredientV3('parentOf')), thumbnail('c2pa.thumbnail.claim', 300_000)]),
      ]);
      const file = jpeg({ c2pa: store });
      expect(app11Count(file)).toBe(5);
      expect(readProvenance(file.subarray(0, 256 * 1024))).toMatchObject({ aiGenerated: true, evidenceKind: 'c2pa' });
    });

    it('only a camera original read: unknown (the active manifest, unread, may say AI), never "not AI"', () => {
      const file = jpeg({ c2pa: bigStore(manifest(SPEC_INGREDIENT, [assertion('c2pa.actions.v2', CAMERA), thumbnail('c2pa.thumbnail.claim', 60_000)])) });
      expect(readProvenance(file.subarray(0, 100_000))).toEqual({
        aiGenerated: null,
        evidence: 'C2PA manifest present (cut short before the active manifest; no digital source type read)',
        evidenceKind: 'c2pa',
      });
    });

    it('cut inside the AI action\'s own CBOR: the URI still found in the bytes read', () => {
      const store = manifestStore([manifest(ACTIVE, [assertion('c2pa.actions.v2', EXAMPLE_8)])]);
      const at = indexOf(store, '/trainedAlgorithmicMedia') + '/trainedAlgorithmicMedia'.length;
      expect(verdict(store.slice(0, at))).toEqual({ ai: true, term: AI, how: 'history' });
      expect(verdict(store.slice(0, at - 10))).toEqual({ ai: null, term: null, how: 'cut' });
    });

    it('every cut of a 3-segment file answers (never throws) and never says "not AI"', () => {
      const file = jpeg({ c2pa: BIG });
      for (let n = 0; n < file.length; n += 997) expect(readProvenance(file.subarray(0, n)).aiGenerated).not.toBe(false);
    });
  });
});

function indexOf(haystack: number[], needle: string): number {
  const n = Array.from(new TextEncoder().encode(needle));
  for (let i = 0; i + n.length <= haystack.length; i++) if (n.every((x, k) => haystack[i + k] === x)) return i;
  return -1;
}

/** Hostile bytes: every one answers and never throws; a loop shows as the test's timeout. (How long
 *  each takes is not asserted: a timed assertion flakes on a loaded machine.) */
describe('hostile bytes', () => {
  const answer = <T>(f: () => T): T => f();
  const small = manifestStore([manifest(ACTIVE, [assertion('c2pa.actions.v2', EXAMPLE_8)])]);
  const withSize = (b: number[], at: number, size: number[]): number[] => [...b.slice(0, at), ...size, ...b.slice(at + size.length)];

  it('box sizes pointing past the end, 64-bit sizes of 2^63, sizes smaller than a header, LBox 0', () => {
    expect(answer(() => verdict(withSize(small, 0, [0xff, 0xff, 0xff, 0xf0])))).toMatchObject({ ai: true, how: 'history' });
    const xl = manifestStore([manifest(ACTIVE, [assertion('c2pa.actions.v2', CAMERA)])], { xl: true });
    expect(answer(() => verdict(withSize(xl, 8, [0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])))).toEqual({ ai: null, term: null, how: 'cut' });
    const manifestAt = indexOf(small, ACTIVE) - 8 - 17 - 8; // LBox of the manifest superbox: before its jumb, jumd header, UUID+toggles
    expect(String.fromCharCode(...small.slice(manifestAt + 4, manifestAt + 8))).toBe('jumb');
    for (const size of [[0, 0, 0, 3], [0, 0, 0, 1], [0, 0, 0, 0], [0xff, 0xff, 0xff, 0xff]]) {
      expect(() => answer(() => readProvenance(png({ c2pa: withSize(small, manifestAt, size) })))).not.toThrow();
    }
  });

  it('absurd CBOR lengths and counts: 2^64-item arrays and maps, a 4 GB text string, reserved heads', () => {
    const heads = [
      [0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x02], // array of 2^64-1 items
      [0xbb, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x61, 0x61, 0x01], // map of 2^64-1 pairs
      [0x7a, 0xff, 0xff, 0xff, 0xff, 0x61], // text of 2^32-1 bytes
      [0x5f, 0x41, 0x00, 0xff], // indefinite byte string (not read)
      [0x1c], // reserved additional information 28
      [0xff], // a lone break
    ];
    for (const h of heads) expect(answer(() => decodeCbor(bytes(h))).complete).toBe(false);
    const actions = [...cbor('actions'), ...heads[0]!];
    const store = manifestStore([manifest(ACTIVE, [superbox('cbor', 'c2pa.actions.v2', [box('cbor', [0xa1, ...actions])])])]);
    expect(answer(() => readProvenance(jpeg({ c2pa: store })))).toEqual({ aiGenerated: null, evidence: 'C2PA manifest present (no digital source type read)', evidenceKind: 'c2pa' });
  });

  it('deep nesting: 200,000 nested CBOR arrays, 200,000 tags, 10,000 nested JUMBF superboxes', () => {
    const arrays = new Uint8Array(200_001).fill(0x81);
    arrays[200_000] = 0;
    const deep = answer(() => decodeCbor(arrays));
    expect(deep.complete).toBe(false);
    let depth = 0;
    for (let v = deep.value; Array.isArray(v); v = v[0]) depth++;
    expect(depth).toBeLessThanOrEqual(33);
    const tags = new Uint8Array(400_001);
    for (let i = 0; i < 400_000; i += 2) tags.set([0xd8, 0x20], i);
    expect(answer(() => decodeCbor(tags)).complete).toBe(false);
    // 10,000 superboxes, each the only child of the one around it, written outside in.
    const levels = 10_000;
    const desc = [...box('jumd', [...Array(16).fill(0), 0x03, 0x78, 0])];
    const nested = new Uint8Array(levels * (8 + desc.length));
    for (let i = 0, at = 0; i < levels; i++, at += 8 + desc.length) {
      nested.set([...[24, 16, 8, 0].map((s) => ((nested.length - at) >>> s) & 255), ...new TextEncoder().encode('jumb'), ...desc], at);
    }
    expect(answer(() => readBoxes(nested))[0]!.sup!.label).toBe('x');
    expect(answer(() => readProvenance(png({ c2pa: Array.from(nested) })))).toEqual({ aiGenerated: null, evidence: 'C2PA manifest present (no digital source type read)', evidenceKind: 'c2pa' });
  });

  it('30,000 APP11 segments with scattered box instances and sequence numbers', () => {
    const packets: number[][] = [];
    for (let i = 0; i < 30_000; i++) packets.push([0x4a, 0x50, (i * 7) & 3, 0, 0, 0, (i * 7919) & 255, (i * 31) & 255, 0, 0, 0, 8, 0x6a, 0x75, 0x6d, 0x62]);
    const file = jpeg({ c2pa: small, order: (p) => [...packets, ...p] });
    expect(answer(() => readProvenance(file)).aiGenerated).toBe(true);
  });

  it('ingredients naming their own manifest, each other, or every earlier manifest (40 of them, 780 links)', () => {
    const self = manifest(ACTIVE, [assertion('c2pa.actions.v2', OPENED_AND_EDITED), assertion('c2pa.ingredient.v3', ingredientV3('parentOf', ACTIVE))]);
    expect(answer(() => verdict(manifestStore([self])))).toEqual({ ai: null, term: null, how: 'own' });
    const a = manifest('urn:c2pa:a', [assertion('c2pa.ingredient.v3', ingredientV3('parentOf', 'urn:c2pa:b'))]);
    const b = manifest('urn:c2pa:b', [assertion('c2pa.ingredient.v3', ingredientV3('parentOf', 'urn:c2pa:a'))]);
    expect(answer(() => verdict(manifestStore([a, b])))).toEqual({ ai: null, term: null, how: 'own' });
    const many: number[][] = [];
    for (let i = 0; i < 40; i++) {
      const earlier = Array.from({ length: i }, (_, k) => assertion(`c2pa.ingredient.v3__${k}`, { relationship: 'componentOf', activeManifest: manifestUri(`urn:c2pa:${k}`) }));
      many.push(manifest(`urn:c2pa:${i}`, [assertion('c2pa.actions.v2', EXAMPLE_11), ...earlier]));
    }
    const store = manifestStore(many);
    expect(store.length).toBeLessThan(256 * 1024);
    expect(answer(() => verdict(store))).toEqual({ ai: null, term: null, how: 'own' });
  });

  it('random bytes in every container, and random damage to a real file: always an answer', () => {
    const file = jpeg({ c2pa: manifestStore([manifest(SPEC_INGREDIENT, [assertion('c2pa.actions.v2', EXAMPLE_8)]), manifest(ACTIVE, [assertion('c2pa.actions.v2', OPENED_AND_EDITED), assertion('c2pa.ingredient.v3', ingredientV3('parentOf'))])]), chunk: 300 });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.nat(), (noise, seed) => {
        const at = seed % file.length;
        const damaged = file.slice(0, at + (seed % 2 ? noise.length : 0));
        damaged.set(noise.subarray(0, damaged.length - at), at);
        for (const f of [damaged, png({ c2pa: Array.from(noise) }), jpeg({ c2pa: Array.from(noise) }), avif({ c2pa: Array.from(noise) }), noise]) {
          const p = answer(() => readProvenance(f));
          expect([true, false, null]).toContain(p.aiGenerated);
        }
      }),
      { numRuns: 300 },
    );
  });
});
