/**
 * Words of bylines and credit lines (src/metadata/authors.ts).
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates, keyed by language code where
 * language-bound; 'quoted' entries are literal phrases, /slashed/ ones regex fragments. Matched
 * case-insensitively.
 */
import type { Table, Tables } from '../../phrases';

/** News agencies: a byline part that is one of them is a credit, not an author. */
export const AGENCIES: Table = [
  'adnkronos',
  'afp',
  'agence france-presse',
  'agi',
  'agência brasil',
  'ani',
  'anp',
  'ansa',
  'ap',
  'apa',
  'associated press',
  'ats',
  'belga',
  'bloomberg',
  'canadian press',
  'ctk',
  'deutsche presse-agentur',
  'dpa',
  'efe',
  'epa',
  'epd',
  'estadão conteúdo',
  'europa press',
  'folhapress',
  'ians',
  'interfax',
  'kna',
  'kyodo',
  'la presse canadienne',
  'lusa',
  'ntb',
  'pap',
  'presse canadienne',
  'pti',
  'qna',
  'reuters',
  'ria novosti',
  'sda',
  'sid',
  'tass',
  'the canadian press',
  'tt',
  'wam',
  'xinhua',
  'yonhap',
  'čtk',
  'интерфакс',
  'риа новости',
  'тасс',
  'رويترز',
  'فرانس برس',
  'قنا',
  '中央社',
  '中新社',
  '共同',
  '共同通信',
  '新华社',
  '時事',
  '時事通信',
  '뉴스1',
  '뉴시스',
  '연합뉴스',
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
  pt: ['agencia', 'agência'],
};

/** "And" between two writers' names ("Jane Doe and John Roe", "Anna Schmidt und Max Weber"). Arabic "و"
 *  is also written onto the next name (authors.ts splits it off first). */
export const JOIN_WORDS: Tables = {
  ar: ['و'],
  ca: ['i'],
  de: ['und'],
  en: ['and'],
  es: ['e', 'y'],
  fr: ['et'],
  it: ['e'],
  nl: ['en'],
  pl: ['i'],
  pt: ['e'],
  ru: ['и'],
  sv: ['och'],
  tr: ['ve'],
};

/** "By" in the languages bylines are read in. */
export const BY: Tables = {
  ar: ['بقلم', 'بواسطة'],
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

/** A label before the name: "Autor: …", "Text: …", "Redactie: …"; and the heading of an author's card
 *  ("About the author", "O autorze") printed above the name. */
export const AUTHOR_LABELS: Tables = {
  ar: ['إعداد', 'تقرير', 'كتب', 'كتبت'],
  bn: ['লেখক'],
  da: ['skrevet af'],
  de: [/aus \S+ berichte[nt]/, /autor(?:in|en|innen)?/, 'das gespräch führte', 'ein gastbeitrag von', 'ein kommentar von', 'eine analyse von', 'text', 'über den autor', 'über die autorin'],
  en: ['about the author', /authors?/, 'words'],
  es: ['autor', 'escrito por', 'redacción', 'sobre el autor', 'texto'],
  fr: ['article rédigé par', 'auteur', 'propos recueillis par', 'rédigé par', 'texte', "à propos de l'auteur", 'écrit par'],
  hi: ['लेखक'],
  it: ['a cura di', 'autore', "l'autore", 'testo'],
  ja: ['取材・文', '執筆', '執筆者', '投稿者', '文', '文と写真', '文・写真', '筆者', '著者', '記者'],
  ko: ['글'],
  nl: ['auteur', 'over de auteur', 'redactie'],
  pl: ['autor', 'autorka', 'autorzy', 'o autorze', 'oprac.', /rozmawia(?:ł|ła|li|ły)/, 'tekst'],
  pt: ['autor', 'sobre o autor', 'texto'],
  ru: ['автор', 'авторы', /беседовал[аи]?/, 'об авторе', 'текст'],
  sv: ['text', 'textförfattare'],
  tr: ['haber', 'muhabir', 'yazan', 'yazar'],
  zh: ['中新社记者', '作者', '撰文', '文', '新华社记者', '本報記者', '本报记者', '特约记者', '記者', '记者', '通訊員', '通讯员'],
};

/** Links printed beside a byline ("Follow", "More from Jane Doe", "Otros artículos de …"): no name. */
export const BUTTONS: Tables = {
  de: ['folgen', 'mehr von', 'weitere artikel', 'weitere beiträge', 'zum profil'],
  en: ['contact', 'follow', 'more articles', 'more by', 'more from', 'view'],
  es: ['más de', 'otros artículos', 'seguir'],
  fr: ['autres articles', 'plus de', 'suivre'],
  it: ['altri articoli', 'segui'],
  nl: ['meer van', 'volg'],
  pl: ['obserwuj', 'więcej'],
  pt: ['mais de', 'outros artigos', 'seguir'],
};

/** A label before a name that did not write the story: an editor, a source ("责任编辑：王五",
 *  "来源：新华社", "по материалам РИА Новости"). A byline part that opens with one names no author. */
export const NOT_AUTHOR_LABELS: Tables = {
  ar: ['المصدر'],
  de: ['quelle'],
  en: ['edited by', 'editing by', 'source'],
  es: ['fuente'],
  fr: ['source'],
  it: ['fonte'],
  ja: ['出典', '監修', '編集'],
  ko: ['출처', '편집'],
  pl: ['źródło'],
  pt: ['fonte'],
  ru: ['источник', 'по материалам', 'редактор'],
  sv: ['källa'],
  tr: ['editör', 'kaynak'],
  zh: ['來源', '来源', '編輯', '编辑', '責任編輯', '责任编辑'],
};

/** The newsroom itself, not a person ("Da Redação", "Di Redazione", "The Editors"): a byline that is
 *  only these words, roles and particles names no author. */
export const NEWSROOM_WORDS: Tables = {
  ar: ['التحرير'],
  bn: ['নিজস্ব', 'স্টাফ'],
  de: ['redaktion'],
  en: ['desk', 'editorial', 'editors', 'newsroom', 'team', 'the'],
  es: ['redacción'],
  fr: ['rédaction'],
  hi: ['निज', 'स्टाफ'],
  it: ['redazione'],
  ja: ['編集部'],
  ko: ['편집국'],
  nl: ['redactie'],
  pl: ['redakcja'],
  pt: ['redação'],
  ru: ['редакция'],
  zh: ['編輯部', '编辑部'],
};

/** A job title printed with the name ("Jane Doe, Staff Writer", "홍길동 기자"): never a name itself. */
export const ROLES: Tables = {
  ar: ['محرر', 'مراسل'],
  bn: ['প্রতিবেদক', 'রিপোর্টার', 'সংবাদদাতা'],
  de: [/journalist(?:in)?/, /korrespondent(?:in)?/, /redakteur(?:in)?/, /reporter(?:in)?/],
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
  es: ['corresponsal', 'enviada', 'enviado', 'periodista', 'redactor'],
  fr: ['correspondant', 'correspondante', 'envoyé', 'envoyée', 'journaliste'],
  hi: ['रिपोर्टर', 'संवाददाता'],
  it: ['corrispondente', 'giornalista', 'inviata', 'inviato'],
  ja: ['特派員', '編集委員', '編集部', '著', '記者', '論説委員'],
  ko: ['객원기자', '기자', '논설위원', '대기자', '선임기자', '수습기자', '인턴기자', '전문기자', '칼럼니스트', '특파원', '편집위원'],
  nl: ['correspondent', 'redacteur', 'verslaggeefster', 'verslaggever'],
  pl: ['dziennikarka', 'dziennikarz', 'korespondent', 'redaktor', 'reporter', 'reporterka'],
  pt: ['correspondente', 'enviada', 'enviado', 'jornalista', 'repórter'],
  ru: ['корреспондент', 'обозреватель', 'редактор'],
  zh: ['特派员', '记者', '评论员'],
};

/** A role after a name that makes it no author's: "嶋田 健志 監訳" (supervising translator), "… 写真". */
export const OTHER_ROLES: Tables = {
  ar: ['تصوير'],
  en: ['illustrator', 'photographer', 'translator'],
  ja: ['写真', '撮影', '監修', '監訳', '編', '編集', '翻訳', '訳'],
  zh: ['图', '圖', '摄影', '编辑', '翻译'],
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
    'gazette',
    'group',
    'herald',
    'inc',
    'journal',
    'magazine',
    'media',
    'nast',
    'network',
    'news',
    'newsroom',
    'post',
    'press',
    'publishing',
    'staff',
    'team',
    'times',
    'tribune',
    'weekly',
  ],
  es: ['redacción'],
  fr: ['rédaction'],
};

/** A credit line, by how it opens: "With inputs from agencies", "Photo: …", "Mit Material von dpa"; with
 *  a colon, a byline's part that names no writer ("Texto: X / Fotos: Y", "Текст: X / Фото: Y"). */
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
  fr: [/avec (?:l')?afp/, /photos?/],
  it: [/fotos?/],
  ko: ['사진'],
  nl: ['beeld', /fotos?/, 'met medewerking'],
  pl: ['fot.', 'zdjęcia'],
  pt: ['com informações', /fotos?/],
  ru: ['по материалам', 'фото'],
  sv: ['bild', 'foto'],
  tr: ['foto', 'fotoğraf'],
  zh: ['來源', '来源'],
};

/** The word that opens an agency's name ("Agência Centro-Oeste", "Agence Nordique"): a byline part
 *  of it and capitalised words is an agency, a credit, even one not in AGENCIES. */
export const AGENCY_OPENINGS: Tables = {
  ar: ['وكالة'],
  de: ['agentur'],
  en: ['agency'],
  es: ['agencia'],
  fr: ['agence'],
  it: ['agenzia'],
  pl: ['agencja'],
  pt: ['agencia', 'agência'],
  ru: ['агентство'],
};

/** The word before a place after a writer's name ("Ana Souza, de São Paulo", "Jane Roe, from
 *  London"): that part is where the writer is, not a co-author. */
export const PLACE_OPENINGS: Tables = {
  de: ['aus'],
  en: ['from'],
  es: ['desde'],
  fr: ['depuis'],
  it: ['da'],
  nl: ['uit'],
  pt: ['da', 'de', 'desde', 'do'],
  ru: ['из'],
};

/** "Onze redacteur", "unserem Korrespondenten", "our correspondent": the writer's role said before the
 *  name, after "By" ("Door onze redacteur Eva Jansen"). */
export const OUR_ROLES: Tables = {
  de: [/unser(?:em|er) (?:korrespondent(?:en|in)|redakteur(?:in)?)/],
  en: [/(?:from )?our (?:correspondent|reporter)/],
  es: [/nuestr[ao] (?:corresponsal|enviad[ao] especial)/],
  fr: [/(?:de )?notre (?:correspondante?|envoyée? spéciale?)/],
  it: [/(?:il |la |dal |dalla )?nostr[ao] (?:corrispondente|inviat[ao])/],
  nl: [/(?:van )?onze (?:correspondent|redacteur|verslaggever)/],
};

/** The kind of piece before "by" ("Guest column by Jane Doe", "Opinion by …", "An analysis by …"):
 *  the words before the name, as "Written by" is. */
export const PIECE_KINDS: Table = [
  'analysis',
  'column',
  'commentary',
  'essay',
  'guest column',
  'guest essay',
  'guest post',
  'interview',
  'letter',
  'opinion',
  'perspective',
  'review',
  'story',
];

/** The heading of a writer's card that names them: "About Jane Doe", "Über Anna Schmidt". */
export const ABOUT: Tables = {
  de: ['über'],
  en: ['about'],
  es: ['sobre'],
  fr: ['à propos de'],
  nl: ['over'],
  pt: ['sobre'],
};

/** What a sign-off says before "by" and the reporters' names, at the story's end ("Reporting by Tom
 *  Hale; Editing by …"); "Additional reporting by" credits others. */
export const REPORTING_BY: Table = ['reported', 'reporting', 'reporting and writing', 'writing', 'writing and reporting'];

/** Academic titles before a name ("Ein Gastbeitrag von Prof. Dr. Katrin Albers"): no part of the name a
 *  reader gives the writer. */
export const ACADEMIC_TITLES: Table = ['dr.', 'mag.', 'pd', 'prof.'];

/** How an organisation's name ends in a script written without spaces ("信州日報社", "한빛일보",
 *  "江南晚报"): a meta author so named is the paper, not a writer. */
export const ORGANISATION_ENDINGS: Table = ['新聞', '日報', '日报', '晚报', '社', '編集部', '通信', '뉴스', '방송', '신문', '일보', '통신'];
