/**
 * What a C2PA Manifest Store says about AI (C2PA 2.4: 11.1.4 box details, 15.5 the active manifest,
 * 18.15 actions, 18.16 ingredients). The store is the JUMBF superbox of type `c2pa`; its manifests are
 * the superboxes of type `c2ma` (standard), `c2um` (update), `c2md` (standard, older) or `c2cm`
 * (compressed with Brotli: not read here); the last one is the active manifest. Its assertion store
 * (`c2as`, "c2pa.assertions") holds the assertions, CBOR in `cbor` content boxes.
 *
 * The decision, for the active manifest and then, through ingredients, the manifests it names:
 * 1. an action (c2pa.actions or c2pa.actions.v2, v2 templates merged in: "*" first, then the templates
 *    of the same action in order, then the action's own fields) whose digitalSourceType is a generative
 *    AI term → AI ("own");
 * 2. else a parentOf or componentOf ingredient (c2pa.ingredient, .v2, .v3) whose own manifest (found by
 *    its JUMBF URI, self#jumbf=/c2pa/<label>) says AI by these same rules, or whose v3 digitalSourceType
 *    does → AI, said as "parent" (edited from an AI-generated original) or "component" (a composite with
 *    an AI-generated part). inputTo ingredients (inputs to a process) are not part of the picture: skipped;
 * 3. else a non-AI source type on the c2pa.created action (the asset's origin; a non-AI type on an edit
 *    describes the edit, not the asset) or in the IPTC metadata assertion → not AI ("own");
 * 4. else a parentOf ingredient that says not AI → not AI ("parent"): the asset is that original, edited;
 * 5. else unknown; the term is kept when one was read that says neither (composite, empty, …).
 * A store cut short (the first 256 KB of a file) may not reach its active manifest, which is last: then
 * any manifest read, or any Digital Source Type URI in the store's bytes, that says AI → AI ("history":
 * every manifest in a store belongs to the image's provenance); otherwise unknown ("cut"). Nothing
 * here validates signatures or hashes: this reports what the manifest states.
 */
import { decodeCbor, get, type Cbor } from './cbor';
import { c2paType, readBoxes, type JBox, type Superbox } from './jumbf';
import { asSourceType, findSourceType, findSourceTypes, sourceTypeIsAi } from './terms';

export interface C2paVerdict {
  ai: boolean | null;
  /** The Digital Source Type value the verdict rests on, null when none was read. */
  term: string | null;
  how: 'own' | 'parent' | 'component' | 'history' | 'cut' | 'compressed';
}

interface Manifest {
  label: string;
  compressed: boolean;
  /** Assertion label → its content boxes. */
  assertions: Map<string, JBox[]>;
}

const STORE = /*#__PURE__*/ c2paType('c2pa');
const ASSERTIONS = /*#__PURE__*/ c2paType('c2as');
const MANIFESTS = /*#__PURE__*/ ['c2ma', 'c2um', 'c2md', 'c2cm'].map(c2paType);
const COMPRESSED = /*#__PURE__*/ c2paType('c2cm');
const ACTIONS = /^c2pa\.actions(?:\.v2)?(?:__\d+)?$/;
const INGREDIENT = /^c2pa\.ingredient(?:\.v[23])?(?:__\d+)?$/;
const METADATA = /^(?:stds\.iptc(?:\.photo-metadata)?|c2pa\.metadata)(?:__\d+)?$/;
/** Ingredient manifests followed, at most, from one active manifest. */
const MAX_JUDGED = 64;

const latin1 = (b: Uint8Array): string => new TextDecoder('latin1').decode(b);

/** The verdict of the C2PA Manifest Store in `jumbf`; null when the bytes hold no store. */
export function readC2pa(jumbf: Uint8Array): C2paVerdict | null {
  const box = readBoxes(jumbf).find((b) => b.sup?.uuid === STORE);
  if (!box?.sup) return null;
  const manifests = box.sup.boxes.filter((b) => b.sup && MANIFESTS.includes(b.sup.uuid)).map((b) => manifest(b.sup!));
  if (!box.truncated) {
    const active = manifests.at(-1);
    if (!active) return { ai: null, term: null, how: 'own' };
    if (active.compressed) return { ai: null, term: null, how: 'compressed' };
    return judge(active, manifests, new Map(), { left: MAX_JUDGED });
  }
  for (const m of manifests) {
    const ai = sourceTypes(m).find((t) => sourceTypeIsAi(t.value) === true);
    if (ai) return { ai: true, term: ai.value, how: 'history' };
  }
  const term = findSourceTypes(latin1(box.data)).find((t) => sourceTypeIsAi(t));
  return term ? { ai: true, term, how: 'history' } : { ai: null, term: null, how: 'cut' };
}

function manifest(sup: Superbox): Manifest {
  const assertions = new Map<string, JBox[]>();
  const store = sup.boxes.find((b) => b.sup?.uuid === ASSERTIONS)?.sup;
  for (const a of store?.boxes ?? []) if (a.sup && !assertions.has(a.sup.label)) assertions.set(a.sup.label, a.sup.boxes);
  return { label: sup.label, compressed: sup.uuid === COMPRESSED || sup.boxes.some((b) => b.type === 'brob'), assertions };
}

/** The decoded CBOR content of each assertion whose label matches `re`. */
function decoded(m: Manifest, re: RegExp): Cbor[] {
  const out: Cbor[] = [];
  for (const [label, boxes] of m.assertions) {
    if (re.test(label)) for (const b of boxes) if (b.type === 'cbor') out.push(decodeCbor(b.data).value);
  }
  return out;
}

const list = (v: Cbor): Cbor[] => (Array.isArray(v) ? v : []);

/** Every Digital Source Type the manifest states about its asset or its actions, in order. */
function sourceTypes(m: Manifest): Array<{ value: string; created: boolean }> {
  const out: Array<{ value: string; created: boolean }> = [];
  for (const assertion of decoded(m, ACTIONS)) {
    const templates = list(get(assertion, 'templates'));
    const template = (name: string): string | null => {
      let dst: string | null = null;
      for (const t of templates) if (get(t, 'action') === '*') dst = asSourceType(get(t, 'digitalSourceType')) ?? dst;
      for (const t of templates) if (get(t, 'action') === name) dst = asSourceType(get(t, 'digitalSourceType')) ?? dst;
      return dst;
    };
    for (const action of list(get(assertion, 'actions'))) {
      const name = get(action, 'action');
      if (typeof name !== 'string') continue;
      const value = asSourceType(get(action, 'digitalSourceType')) ?? template(name);
      if (value) out.push({ value, created: name === 'c2pa.created' });
      // v2 related actions: subsets of the primary action, merged over it.
      for (const r of list(get(action, 'related'))) {
        const rv = asSourceType(get(r, 'digitalSourceType'));
        if (rv) out.push({ value: rv, created: false });
      }
    }
  }
  for (const [label, boxes] of m.assertions) {
    if (!METADATA.test(label)) continue;
    for (const b of boxes) {
      const text = latin1(b.data.subarray(0, 65_536));
      const at = text.search(/DigitalSourceType/);
      const value = at < 0 ? null : findSourceType(text.slice(at, at + 400));
      if (value) out.push({ value, created: true });
    }
  }
  return out;
}

/** The manifest a JUMBF URI such as "self#jumbf=/c2pa/urn:c2pa:…" points to. */
function target(url: Cbor, manifests: Manifest[]): Manifest | undefined {
  if (typeof url !== 'string') return undefined;
  const path = url.slice(url.indexOf('jumbf=') + 6).replace(/^\//, '').split('/');
  return path[0] === 'c2pa' && path[1] ? manifests.find((m) => m.label === path[1]) : undefined;
}

function judge(m: Manifest, manifests: Manifest[], seen: Map<Manifest, C2paVerdict | null>, budget: { left: number }): C2paVerdict {
  const own = sourceTypes(m);
  const ai = own.find((t) => sourceTypeIsAi(t.value) === true);
  if (ai) return { ai: true, term: ai.value, how: 'own' };
  let parent: C2paVerdict | null = null;
  for (const ing of decoded(m, INGREDIENT)) {
    const relationship = get(ing, 'relationship');
    if (relationship === 'inputTo') continue;
    const of = target(get(get(ing, 'activeManifest'), 'url') ?? get(get(ing, 'c2pa_manifest'), 'url'), manifests);
    let v: C2paVerdict | null = null;
    if (of && !seen.has(of) && budget.left-- > 0) {
      seen.set(of, null); // in progress: a manifest naming itself, directly or not, adds nothing
      seen.set(of, (v = of.compressed ? null : judge(of, manifests, seen, budget)));
    } else if (of) v = seen.get(of) ?? null;
    else {
      const dst = asSourceType(get(ing, 'digitalSourceType'));
      v = dst ? { ai: sourceTypeIsAi(dst), term: dst, how: 'own' } : null;
    }
    if (v?.ai) return { ai: true, term: v.term, how: relationship === 'parentOf' && v.how !== 'component' ? 'parent' : 'component' };
    if (v?.ai === false && relationship === 'parentOf') parent ??= v;
  }
  const origin = own.find((t) => t.created && sourceTypeIsAi(t.value) === false);
  if (origin) return { ai: false, term: origin.value, how: 'own' };
  if (parent) return { ai: false, term: parent.term, how: 'parent' };
  return { ai: null, term: own[0]?.value ?? null, how: 'own' };
}
