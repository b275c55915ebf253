/**
 * IPTC Digital Source Type terms (https://cv.iptc.org/newscodes/digitalsourcetype/), for
 * src/ai/provenance/terms.ts. Phrase tables (see src/phrases.ts): code-point order, no duplicates;
 * entries are literal terms, compared whole and case-sensitively.
 */

/** Known sources that are not generative AI. algorithmicMedia ("created purely by an algorithm not
 *  based on any sampled training data") is one: IPTC keeps it apart from trained models on purpose. */
export const NOT_AI_SOURCE_TYPES: readonly string[] = [
  'algorithmicMedia',
  'algorithmicallyEnhanced',
  'composite',
  'compositeCapture',
  'compositeSynthetic',
  'dataDrivenMedia',
  'digitalArt',
  'digitalCapture',
  'digitalCreation',
  'humanEdits',
  'minorHumanEdits',
  'negativeFilm',
  'positiveFilm',
  'print',
  'screenCapture',
  'virtualRecording',
];
