/**
 * Chinese wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['人工智'],
};

// Simplified and traditional characters side by side.
export const wordings: Wordings = {
  above: [/上[图圖]/],
  allAnywhere: ['所有', '部分'],
  document: ['報導', '报道', /文章?/],
  following: [/下[图圖]/, '以下'],
  image: ['图', '圖', '照片'],
  made: ['制作', '生成', '製作'],
  news: [/[疯瘋]传/, /不[实實]/, '伪', '假', '偽', '查核', '核查', /流[传傳]/, '謠', '谣'],
  notAnywhere: ['不是', '並非', '并非', '未', '沒有', '没有', '非'],
  thisAnywhere: ['本', '此', '这', '這'],
  via: ['用'],
  written: ['撰', '翻'],
};
