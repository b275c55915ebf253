/**
 * Words of bylines and credit lines (src/metadata/authors.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates, keyed by language code where
 * language-bound; 'quoted' entries are literal phrases, /slashed/ ones regex fragments. Matched
 * case-insensitively.
 */
import type { Table, Tables } from '../../phrases';

/** News agencies: a byline part that is one of them is a credit, not an author. */
export const AGENCIES: Table = [
  'afp',
  'agence france-presse',
  'ani',
  'anp',
  'ansa',
  'ap',
  'apa',
  'associated press',
  'ats',
  'belga',
  'bloomberg',
  'ctk',
  'deutsche presse-agentur',
  'dpa',
  'efe',
  'epa',
  'epd',
  'ians',
  'kna',
  'kyodo',
  'ntb',
  'pti',
  'reuters',
  'ria novosti',
  'sda',
  'sid',
  'tass',
  'tt',
  'xinhua',
  'yonhap',
  'čtk',
];

/** What opens a surname written with a capital inside ("McDonald", "DeShawn", "LeBlanc", "MacArthur"):
 *  a capital after these is still the name's; after other letters it starts the next element's text,
 *  glued on ("Jane DoeWashington", "John RoeStaff Writer"). */
export const NAME_PREFIXES: Table = ['d', 'da', 'de', 'del', 'di', 'du', 'fitz', 'la', 'le', 'mac', 'mc', 'o', 'st', 'van', 'von'];

/** …and the words for one ("By Agencies", "Staff"). */
export const AGENCY_WORDS: Tables = {
  de: ['agenturen', 'redaktion'],
  en: [/agenc(?:y|ies)/, 'staff'],
  es: ['agencia'],
  fr: [/agences?/],
  pt: ['agencia'],
};

/** "By" in the languages bylines are read in. */
export const BY: Tables = {
  da: ['af'],
  de: ['von'],
  en: ['by'],
  es: ['por'],
  fr: ['par'],
  it: ['di'],
  nb: ['av'],
  nl: ['door'],
  pt: ['por'],
  ru: ['от'],
  sv: ['av'],
};

/** A label before the name: "Autor: …", "Text: …", "Redactie: …". */
export const AUTHOR_LABELS: Tables = {
  da: ['skrevet af'],
  de: [/autor(?:in)?/, 'text'],
  en: [/authors?/, 'words'],
  es: ['autor', 'redacción', 'texto'],
  fr: ['auteur', 'texte'],
  it: ['autore'],
  ja: ['取材・文', '執筆', '投稿者', '文', '筆者', '著者', '記者'],
  ko: ['글'],
  nl: ['auteur', 'redactie'],
  pt: ['autor', 'texto'],
  ru: ['автор', 'текст'],
  zh: ['作者', '撰文', '文', '記者', '记者'],
};

/** A job title printed with the name ("Jane Doe, Staff Writer", "홍길동 기자"): never a name itself. */
export const ROLES: Tables = {
  de: ['korrespondent', /redakteur(?:in)?/],
  en: [
    'chief',
    'columnist',
    'contributing',
    'contributor',
    'correspondent',
    'editor',
    'journalist',
    'photographer',
    'producer',
    'reporter',
    'senior',
    'staff',
    'writer',
  ],
  es: ['corresponsal', 'periodista', 'redactor'],
  fr: ['correspondant', 'journaliste'],
  ja: ['特派員', '編集部', '著', '記者'],
  ko: ['객원기자', '기자', '특파원'],
  zh: ['特派员', '记者'],
};

/** A role after a name that makes it no author's: "嶋田 健志 監訳" (supervising translator), "… 写真". */
export const OTHER_ROLES: Tables = {
  en: ['illustrator', 'photographer', 'translator'],
  ja: ['写真', '撮影', '監修', '監訳', '編', '翻訳', '訳'],
  zh: ['摄影', '编辑', '翻译'],
};

/** Words that make an author an organisation ("ABC News", "Condé Nast", "Us Weekly Staff"): such an
 *  author in meta tags or JSON-LD gives way to the people a visible byline names. */
export const ORGANISATION_WORDS: Tables = {
  de: ['redaktion', 'verlag', 'zeitung'],
  en: [
    'corp',
    'daily',
    'desk',
    'editors',
    'group',
    'inc',
    'magazine',
    'media',
    'nast',
    'network',
    'news',
    'newsroom',
    'press',
    'publishing',
    'staff',
    'team',
    'times',
    'weekly',
  ],
  es: ['redacción'],
  fr: ['rédaction'],
};

/** A credit line, by how it opens: "With inputs from agencies", "Photo: …", "Mit Material von dpa". */
export const CREDIT_OPENINGS: Tables = {
  de: ['bild', /fotos?/, 'mit material', 'quelle'],
  en: [
    'additional reporting',
    'compiled by',
    'credit',
    'edited by',
    'editing by',
    'image',
    /photos?/,
    'reporting by',
    'source',
    'with inputs from',
    'writing by',
  ],
  es: ['con información', /fotos?/],
  fr: [/avec (?:l')?afp/],
  nl: [/fotos?/, 'met medewerking'],
  pt: ['com informações', /fotos?/],
};
