/**
 * Ukrainian wordings of AI disclosures (what each table is for, and how it is matched: index.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are
 * literal phrases, /slashed/ ones regex fragments.
 */
import type { Terms, Wordings } from './index';

export const terms: Terms = {
  abbreviations: [/ШІ(?![А-Яа-яІіЇїЄєҐґ])/],
  ai: ['нейромереж', /штучн(?:(?!штучн)\S)* інтелект/],
};

export const wordings: Wordings = {
  about: ['альтернатив', 'опис'],
  above: ['вище'],
  allAnywhere: ['всі', 'деякі', 'усі'],
  asked: ['ми запитали', 'ми попросили', 'попросили ми', 'я запитав', 'я попросив', 'я попросила'],
  contrast: ['але', 'однак', 'проте'],
  document: ['галере', 'матеріал', 'публікац', 'статт', 'текст'],
  following: ['наступн', 'нижче'],
  gallery: ['галере'],
  here: [/(?:бачите|бачимо|бачиш) тут|тут (?:бачите|зображен|показан)/],
  image: ['графік', 'знімк', 'знімок', 'зображенн', 'картин', 'фото', 'ілюстрац'],
  lead: ['головне зображення', 'головне фото', 'обкладинк'],
  made: ['генеров', 'зроблен', 'намалюв', 'створен', 'створив', 'створил', 'уявлен'],
  news: [
    'вибач',
    'дезінформ',
    'маніпул',
    'неправдив',
    'нібито',
    'опублікован',
    'поширю',
    'підробл',
    'підтверд',
    'соцмереж',
    'фейк',
  ],
  notAnywhere: [/(?:^|\s)(?:без|не|ні)\s/],
  presuppose: ['ви знали', 'помітили', 'чи знали ви', 'що ви думаєте', 'як вам'],
  subject: ['рубрика', 'тема'],
  thisAnywhere: [/це\s/, 'цей', 'цьому', 'ця', /ці\s/, 'цій'],
  via: ['за допомогою', 'через'],
  we: ['ми', /наш\p{L}*/u, 'я'],
  which: ['що', 'яка', 'яке', 'який'],
  written: ['написан', 'перекладен'],
};
