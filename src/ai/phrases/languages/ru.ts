/**
 * Russian wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: [/ИИ(?![А-Яа-яЁё])/],
  ai: [/искусственн(?:(?!искусственн)\S)* интеллект/, 'нейросет'],
};

export const wordings: Wordings = {
  about: ['альтернатив', 'описани', 'пересказ'],
  above: ['выше'],
  allAnywhere: [/все\s/, 'некоторые'],
  asked: [/(?:^|[\s,])(?:мы|я)\s[^.!?]{0,40}?(?:попросил|спросил)/],
  contrast: ['но', 'однако'],
  document: ['галере', 'материал', 'публикац', 'стать', 'текст'],
  following: ['ниже', 'следующ'],
  gallery: ['галере'],
  here: [/(?:видите|видим|видишь) здесь|здесь (?:видите|изображен|показан)/],
  image: ['график', 'изображени', 'иллюстрац', 'картин', 'снимк', 'снимок', 'фото'],
  lead: ['главное изображение', 'главное фото', 'заглавн', 'обложк'],
  made: ['генерир', 'нарисовал', 'нарисован', 'представлен', 'сделан', 'создал', 'создан'],
  news: [
    'дезинформ',
    'извин',
    'ложн',
    'манипул',
    'опубликован',
    'поддел',
    'подтверд',
    'распростран',
    'соцсет',
    'утвержда',
    'фейк',
    'якобы',
  ],
  notAnywhere: [/(?:^|\s)(?:без|не|ни)\s/],
  subject: ['рубрика', 'тема'],
  thisAnywhere: ['данн', 'эта', 'эти', 'это', 'этой', 'этот'],
  via: ['при помощи', 'с помощью', 'через'],
  which: ['которая', 'которое', 'который'],
  written: ['написан', 'переведен', 'переведён'],
};
