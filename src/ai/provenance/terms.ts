/**
 * IPTC Digital Source Type terms (https://cv.iptc.org/newscodes/digitalsourcetype/), as XMP and
 * C2PA carry them. Generative AI = trainedAlgorithmicMedia or compositeWithTrainedAlgorithmicMedia.
 * algorithmicMedia is "created purely by an algorithm not based on any sampled training data"
 * (procedural or formula-made images): we report it as not AI-generated, quoting the term, since
 * the issue is about generative AI and IPTC keeps the two apart on purpose. Other known terms
 * (digitalCapture, digitalCreation, compositeSynthetic, …) are not AI; an unknown term is unknown.
 */
import { NOT_AI_SOURCE_TYPES } from '../phrases/iptc';

const URI = /(?:https?:\/\/cv\.iptc\.org\/newscodes\/digitalsourcetype\/)?([A-Za-z]+)/;
/** The known non-AI terms (phrases/iptc.ts), compared whole. */
const NOT_AI: ReadonlySet<string> = /*#__PURE__*/ new Set(NOT_AI_SOURCE_TYPES);

/** true = AI, false = a known non-AI source, null = not a Digital Source Type term. */
export function sourceTypeIsAi(value: string): boolean | null {
  const term = URI.exec(value.trim())?.[1] ?? '';
  if (/^(?:compositeWithT|t)rainedAlgorithmicMedia$/.test(term)) return true;
  return NOT_AI.has(term) ? false : null;
}

/** The first Digital Source Type URI (http or https) in `text`, from `from` on. */
export function findSourceType(text: string, from = 0): string | null {
  const m = /https?:\/\/cv\.iptc\.org\/newscodes\/digitalsourcetype\/[A-Za-z]+/i.exec(text.slice(from));
  return m ? m[0] : null;
}
