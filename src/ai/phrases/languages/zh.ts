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
  about: ['描述', '摘要', '替代文字'],
  above: [/上[图圖]/],
  allAnywhere: ['所有', '部分'],
  document: ['報導', '报道', /文章?/],
  following: [/下[图圖]/, '以下'],
  gallery: ['图集', '圖集'],
  image: ['图', '圖', '影像', '插圖', '插画', '插畫', '海報', '海报', '照片', '相片'],
  lead: ['头图', '封面', '頭圖', '題圖', '题图'],
  like: ['仿佛', '似乎', '像是', '好像', '宛如', '彷彿'],
  made: [/[画畫]出/, '作图', '作圖', '创作', '制作', '創作', '合成', '想像', '想象', '生成', '繪製', '绘制', '製作'],
  news: [
    /[疯瘋]传/,
    /不[实實]/,
    '伪',
    '假',
    '偽',
    '声称',
    '承認',
    '承认',
    '据报',
    '據報',
    '查核',
    '查證',
    '查证',
    '标识',
    '核查',
    '標識',
    /流[传傳]/,
    '聲稱',
    '謠',
    '證實',
    '证实',
    '谣',
    '轉發',
    '转发',
    '道歉',
  ],
  notAnywhere: ['不是', '並非', '勿', '并非', '未', '沒有', '没有', '非'],
  presuppose: ['你知道吗', '你觉得', '您觉得', '觉得怎么样'],
  thisAnywhere: ['本', '此', '这', '這'],
  via: ['用'],
  written: ['写', '寫', '撰', '润色', '潤色', '翻', '輔助', '辅助'],
};
