/**
 * Korean wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['인공지능'],
};

export const wordings: Wordings = {
  allAnywhere: ['모든', '일부'],
  document: ['글', '기사'],
  following: ['다음', '아래'],
  image: ['그림', '사진', '이미지'],
  made: ['만든', '생성', '제작'],
  news: ['가짜', '딥페이크', '유포', '조작', '팩트', '허위', '확산'],
  // Negation follows the verb.
  notAfter: ['아니', '아닙', '않'],
  thisAnywhere: ['본', '이'],
  via: ['로'],
  written: ['번역', '작성'],
};
