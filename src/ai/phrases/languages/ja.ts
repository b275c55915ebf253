/**
 * Japanese wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  ai: ['人工知能'],
};

export const wordings: Wordings = {
  about: ['代替テキスト', '要約', '説明文'],
  above: ['上の'],
  allAnywhere: ['すべて', '一部'],
  document: [/文章?/, '記事'],
  following: ['下の', '以下'],
  gallery: ['ギャラリー'],
  image: ['イメージ', 'イラスト', 'ポスター', '写真', '画像', '絵'],
  labels: ['AI情報'],
  lead: ['アイキャッチ', 'サムネイル', 'トップ画像', 'メイン画像'],
  like: ['まるで'],
  likeAfter: ['っぽ', 'のよう', 'みたい', 'ような'],
  made: [/作[らっ]/, '作成', '制作', '加工', '合成', '想像', '描', '生成', '製作'],
  news: ['によると', 'フェイク', '偽', '拡散', '指摘', '認め', '誤', '謝罪'],
  // Negation follows the verb: "AIで生成したものではない".
  // …or "stopped" using it: "ブログ画像にAIを使うのをやめた理由".
  notAfter: ['じゃな', 'ていな', 'ではな', 'ません', 'やめ'],
  // …or "without" AI, inside the phrase: "AIに頼らず手描きした", "AIを使わずに".
  notAnywhere: ['使わず', '使用せず', '頼らず'],
  presuppose: ['どう思', '気づきましたか', '知っていましたか'],
  thisAnywhere: ['この', '本'],
  via: ['で'],
  written: ['執筆', '翻'],
};
