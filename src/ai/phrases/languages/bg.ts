/**
 * Bulgarian wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: [/ИИ(?![А-Яа-я])/],
  ai: [/изкуствен(?:(?!изкуствен)\S)* интелект/],
};

export const wordings: Wordings = {
  about: ['алтернатив', 'описани', 'резюме'],
  above: ['по-горе'],
  allAnywhere: ['всички', 'някои'],
  document: ['галери', 'материал', 'статия', 'статията', 'текст'],
  following: ['по-долу', 'следващ'],
  gallery: ['галери'],
  image: ['график', 'изображени', 'илюстрац', 'картин', 'снимк', 'фотограф'],
  made: ['генерир', 'направен', 'представен', 'създад'],
  news: ['дезинформ', 'извин', 'манипул', 'разпростран', 'фалшив', 'фейк'],
  notAnywhere: [/(?:^|\s)(?:без|не|нито)\s/],
  thisAnywhere: ['тази', 'тези', 'това', 'този'],
  via: ['помощта на', 'чрез'],
  written: ['написан', 'преведен'],
};
