/**
 * IPTC Digital Source Type terms (https://cv.iptc.org/newscodes/digitalsourcetype/, release of
 * 2024-10-23) and the two C2PA adds (C2PA 2.4, 18.15.4.5), for src/ai/provenance/terms.ts. Phrase
 * tables (see src/phrases.ts): code-point order, no duplicates; entries are literal terms, compared
 * whole and case-sensitively.
 *
 * Three terms are in neither table on purpose, because they do not say whether generative AI was
 * used: `composite` ("Mix or composite of several elements, any of which may or may not be generative
 * AI"), `virtualRecording` ("Live recording of virtual event based on Generative AI and/or captured
 * elements") and C2PA's `empty` (a blank canvas at creation: what was added later decides).
 */

/** Generative AI, in IPTC's (and C2PA's) own definitions:
 *  - compositeSynthetic, "Composite including generative AI elements": "Mix or composite of several
 *    elements, at least one of which is Generative AI" (named "Composite including synthetic
 *    elements" before the 2024-09-17 release, when the definition was made explicit);
 *  - compositeWithTrainedAlgorithmicMedia, "Edited using Generative AI": "Augmentation, correction or
 *    enhancement using a Generative AI model, such as with inpainting or outpainting operations";
 *  - trainedAlgorithmicData (http://c2pa.org/digitalsourcetype/): "Data that is the result of
 *    algorithmically using a model derived from sampled content and data";
 *  - trainedAlgorithmicMedia, "Created using Generative AI". */
export const AI_SOURCE_TYPES: readonly string[] = [
  'compositeSynthetic',
  'compositeWithTrainedAlgorithmicMedia',
  'trainedAlgorithmicData',
  'trainedAlgorithmicMedia',
];

/** Known sources that are not generative AI. algorithmicMedia ("created purely by an algorithm not
 *  based on any sampled training data") is one: IPTC keeps it apart from trained models on purpose.
 *  computationalCapture merges camera frames "using digital signal processing techniques and/or
 *  non-generative AI"; algorithmicallyEnhanced is modification "without changing the main content".
 *  digitalArt, minorHumanEdits (2024) and softwareImage (2022) are retired but still found in files. */
export const NOT_AI_SOURCE_TYPES: readonly string[] = [
  'algorithmicMedia',
  'algorithmicallyEnhanced',
  'compositeCapture',
  'computationalCapture',
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
  'softwareImage',
];
