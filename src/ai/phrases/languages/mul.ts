/**
 * Terms shared by every language (BCP 47 `mul`, "multiple languages"): the loan-word "AI", written
 * so in captions of most languages ("Dette billede er lavet med AI", "ภาพนี้สร้างด้วย AI", "AI로
 * 생성"), so it is no language's own and stays when one language's tables are left out.
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates.
 */
import type { Terms } from './index';

export const terms: Terms = {
  abbreviations: ['A.I.', 'AI', 'GenAI'],
  ai: [],
};
