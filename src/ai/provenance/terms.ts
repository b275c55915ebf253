/**
 * Digital Source Type terms, as XMP and C2PA carry them: IPTC's
 * (http://cv.iptc.org/newscodes/digitalsourcetype/<term>) and C2PA's own
 * (http://c2pa.org/digitalsourcetype/<term>). The tables and the reading of each term are in
 * src/ai/phrases/iptc.ts: generative AI = trainedAlgorithmicMedia, compositeWithTrainedAlgorithmicMedia,
 * compositeSynthetic (IPTC: "at least one of which is Generative AI") and C2PA's
 * trainedAlgorithmicData; algorithmicMedia (no training data) and the capture, scan and human terms
 * are not AI; composite, virtualRecording, empty and any unknown term say neither.
 */
import { AI_SOURCE_TYPES, NOT_AI_SOURCE_TYPES } from '../phrases/iptc';

const URI = /(?:https?:\/\/(?:cv\.iptc\.org\/newscodes|c2pa\.org)\/digitalsourcetype\/)?([A-Za-z]+)/;
const AI: ReadonlySet<string> = /*#__PURE__*/ new Set(AI_SOURCE_TYPES);
const NOT_AI: ReadonlySet<string> = /*#__PURE__*/ new Set(NOT_AI_SOURCE_TYPES);

/** true = AI, false = a known non-AI source, null = says neither, or not a Digital Source Type term. */
export function sourceTypeIsAi(value: string): boolean | null {
  const term = URI.exec(value.trim())?.[1] ?? '';
  return AI.has(term) ? true : NOT_AI.has(term) ? false : null;
}

const SOURCE_TYPE_URI = /https?:\/\/(?:cv\.iptc\.org\/newscodes|c2pa\.org)\/digitalsourcetype\/[A-Za-z]+/gi;

/** The first Digital Source Type URI (http or https, IPTC's or C2PA's) in `text`. */
export function findSourceType(text: string): string | null {
  return findSourceTypes(text)[0] ?? null;
}

/** Every Digital Source Type URI in `text`, in order. */
export function findSourceTypes(text: string): string[] {
  return text.match(SOURCE_TYPE_URI) ?? [];
}

/** `v` when it is a Digital Source Type value as C2PA writes one (a URI, or a bare term), else null:
 *  values read from a manifest are strings of any length and content, so only this shape is quoted. */
export function asSourceType(v: unknown): string | null {
  return typeof v === 'string' && /^(?:https?:\/\/(?:cv\.iptc\.org\/newscodes|c2pa\.org)\/digitalsourcetype\/)?[A-Za-z]{1,64}$/.test(v) ? v : null;
}
