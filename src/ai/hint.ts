/**
 * The words that make a text worth classifying: AI terms in 15 languages and generator names.
 * Page side (collect.ts) uses `hint` to keep the facts small; language.ts builds its spans from
 * the same patterns, so the two never disagree about what "mentions AI".
 */

/** AI abbreviations, case-sensitive so "si"/"ia"/"Ai Weiwei" do not match; CJK neighbours allowed. */
export const ABBR = /(?<![A-Za-z0-9])(?:A\.I\.|AI|KI|IA|SI|YZ|GenAI)(?![A-Za-z0-9])/;
export const AI_WORDS =
  /artificial intelligence|k[üu]nstliche\w* intelligenz|intell?ig[eê]n[cz]\S* artifici|kunstmatige intelligentie|sztuczn\S* inteligencj|yapay zek[aâ]|kecerdasan buatan|एआई|कृत्रिम बुद्धि|ذكاء (?:ال)?اصطناعي|人工知能|人工智|인공지능|\bai(?=[- ](?:generated|image|art))/i;
/** Generators named in credits. "Imagen"/"Flux" are common words: only with a version or maker. */
export const TOOL =
  /midjourney|dall[\s·‧•.-]?e|stable diffusion|firefly|google imagen|imagen \d|flux(?:\.\d| \d| pro| dev| schnell)|ideogram|leonardo(?:\.ai| ai)|nano banana|image creator|chatgpt|gpt-4o|gemini|grok|copilot|recraft/i;

/** Cheap pre-check: could this text hold a disclosure at all? (Non-global patterns: `test` keeps no state.) */
export const hint = (s: string): boolean => ABBR.test(s) || AI_WORDS.test(s) || TOOL.test(s);
