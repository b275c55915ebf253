/**
 * The wordings of page furniture that src/text/furniture.ts compiles into its line patterns.
 *
 * Phrase tables (the convention of every phrases/ file, see src/phrases.ts): each table in code-point
 * order without duplicates; language-bound ones keyed by language code; 'quoted' entries are literal
 * phrases, /slashed/ ones regex fragments. Matched case-insensitively unless a table says otherwise.
 */
import type { Table, Tables } from '../../phrases';

// ---- FURNITURE_LINE: lines that go whatever their position ----

/** AI-image disclaimers, the AI: "This image is AI-generated…", "Symbolbild: KI-generiert". */
export const AI_TERMS: Tables = {
  de: ['ki'],
  en: ['ai', /artificial(?:ly| intelligence)/],
  es: ['ia'],
  fr: ['ia'],
  it: ['ia'],
  pt: ['ia'],
};

/** …and the participle right after it (a hyphen or space between). */
export const AI_GENERATED: Tables = {
  de: ['generiert'],
  en: ['generated'],
  es: [/generad[ao]s?/],
  fr: [/générée?s?/],
  it: [/generat[ao]/],
  nl: ['gegenereerd'],
  pt: [/gerad[ao]s?/],
};

/** Datelines: "Devdiscourse News Desk | Updated: 28-04-2025 09:57 IST", "Publié le 3 mai". */
export const DATELINE_LABELS: Tables = {
  de: ['aktualisiert', 'veröffentlicht'],
  en: ['created', /last (?:updated|modified)/, 'posted', 'published', 'updated'],
  es: ['actualizado', 'publicado'],
  fr: ['mis à jour', 'publié le'],
  it: ['aggiornato', 'pubblicato'],
  nl: ['bijgewerkt', 'gepubliceerd'],
  pt: ['publicado'],
};

/** …and the preposition that may follow the label ("Updated on 3 May", "aktualisiert am 3. Mai"). */
export const DATELINE_PREPOSITIONS: Tables = {
  de: ['am'],
  en: ['on'],
  es: ['el'],
  fr: ['le'],
  it: ['il'],
  nl: ['op'],
  pt: ['em'],
};

/** Agency and reporting credits: "(With inputs from agencies.)", "(Reporting by …; Editing by …)". */
export const CREDITS: Tables = {
  de: ['mit material von'],
  en: [/(?:additional )?reporting by/, /(?:with )?inputs from/, 'compiled by', 'editing by', 'writing by'],
  es: ['con información de'],
  fr: [/avec (?:l['’])?afp/],
  pt: ['com agências'],
};

/** Share, follow, click and newsletter prompts: the line opens with one. */
export const PROMPTS: Tables = {
  de: ['folgen sie', 'hier klicken', 'jetzt abonnieren', 'klicken sie hier', 'teilen sie'],
  en: [
    /become a (?:member|subscriber|supporter|patron)\b/,
    'click here',
    /click to (?:share|email|print|tweet)\b/,
    /download (?:our|the) app/,
    'follow us',
    'scroll down for',
    /share (?:this|on|via)/,
    'sign up',
    /subscribe (?:to|for|now)/,
    /support (?:our|independent|quality|local) journalism/,
    'tap here',
  ],
  es: ['comparte', 'haz clic', 'suscríbete', 'síguenos'],
  fr: [/(?:relisez|retrouvez|revivez|suivez) (?:le|notre|en) direct/, 'abonnez-vous', 'cliquez ici', 'partagez', 'suivez-nous'],
  it: ['clicca qui', 'condividi', 'iscriviti', 'seguici'],
  ja: ['シェアする'],
  ko: ['공유하기'],
  nl: ['deel dit', 'klik hier', 'volg ons'],
  pt: ['clique aqui', 'compartilhe', 'siga-nos'],
  zh: ['分享到', '分享至', '转播到'],
};

/** A newsletter or channel prompt anywhere in the line: "Sign up for our daily newsletter", "Join
 *  us on WhatsApp"; the verb… */
export const SIGN_UP: Tables = {
  de: ['abonnieren'],
  en: ['get', 'join', 'register', 'sign up', 'subscribe'],
  es: ['suscríbete'],
  fr: ['inscrivez-vous'],
  it: ['iscriviti'],
  nl: ['meld je aan'],
  pt: ['assine'],
};

/** …and the channel, at most 60 characters on. */
export const CHANNELS: Table = ['google news', 'newsletter', 'telegram', 'whatsapp'];

/** An editor's promo set in brackets, by the words in it: "[Listen to the podcast here.]". */
export const BRACKETED_PROMOS: Tables = {
  en: ['download', 'follow', 'listen', 'newsletter', 'podcast', 'read more', 'sign up', 'subscribe', 'watch'],
};

/** "… Check it out here.": what comes before the final "here". */
export const HERE_PROMPTS: Tables = {
  en: ['check it out', 'find out more', 'learn more', 'read it', 'read more', 'watch it'],
};

/** Player labels, before a colon: "Now playing:". */
export const PLAYER_LABELS: Tables = {
  en: ['now playing', 'watch this'],
  es: ['mira esto', 'reproduciendo'],
};

/** "Follow Backchannel: Twitter | Facebook": the networks. */
export const SOCIAL_NETWORKS: Table = ['bluesky', 'facebook', 'instagram', 'linkedin', 'threads', 'twitter'];

/** Chinese editor and source lines ("[责任编辑:肖春芳]", "作者︱春春"), simplified and traditional. */
export const EDITOR_LABELS: Tables = {
  zh: ['作者', '來源', '来源', '編輯', '编辑', '責任編輯', '责任编辑'],
};

/** Copyright notices ("Copyright 2019 The Associated Press. All rights reserved."): how they end. */
export const RIGHTS_RESERVED: Tables = {
  de: ['alle rechte vorbehalten'],
  en: ['all rights reserved'],
  es: ['todos los derechos reservados'],
  fr: ['tous droits réservés'],
  it: ['tutti i diritti riservati'],
  nl: ['alle rechten voorbehouden'],
  pt: ['todos os direitos reservados'],
};

// ---- LABEL_LINE ----

/** A whole line that is a page label, never a sentence of a story: an ad slot ("Advertisement",
 *  "Story continues below advertisement", "Anzeige"), an audio or reading-time badge ("Listen to
 *  this article", "5 min read", "Lesezeit: 3 Min."), a relative dateline ("Updated 3 hours ago"), a
 *  blog's like button ("Like this:", "Loading..."), a player's stand-in ("Media playback is unsupported
 *  on your device"), a widget's sponsor ("Powered by SmartAsset.com"), a byline's "By" whose name was
 *  a furniture element of its own. */
export const PAGE_LABELS: Tables = {
  de: ['anzeige', /lesezeit\s*(?::\s*)?\d+\s*min(?:uten)?/, 'von', 'werbung'],
  en: [
    /(?:estimated )?reading time\s*(?::\s*)?\d+\s*min(?:ute)?s?/,
    /(?:like )?loading(?:\.{3}|…)/,
    /(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?/,
    /(?:updated |published |posted )?(?<!\d)\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago/,
    /(?<!\d)\d+\s*(?:[-–]\s*)?min(?:ute)?s?\.? read/,
    'advertisement',
    'advertising',
    'by',
    /continue reading(?: the main story| below)?/,
    'like this:',
    /listen to (?:this )?(?:article|story)(?:\s*[\d:]+\s*(?:min(?:ute)?s?)?)?/,
    /media playback is (?:unsupported|not supported) on your device/,
    /powered by [\w.&'’ -]{1,40}/,
    /sponsored(?: content)?/,
  ],
  es: ['por', 'publicidad', /tiempo de lectura\s*(?::\s*)?\d+\s*min(?:utos)?/],
  fr: ['par', 'publicité', /temps de lecture\s*(?::\s*)?\d+\s*min(?:utes)?/],
  it: ['pubblicità', /tempo di lettura\s*(?::\s*)?\d+\s*min(?:uti)?/],
  nl: ['advertentie', 'door', /leestijd\s*(?::\s*)?\d+\s*min(?:uten)?/],
  pt: ['por', 'publicidade', /tempo de leitura\s*(?::\s*)?\d+\s*min(?:utos)?/],
};

// ---- BYLINE_LINE (case-sensitive: a name is capitalised) ----

/** "By Jane Doe and John Smith", "Von Max Muster | dpa": the "By". */
export const BYLINE_BY: Tables = {
  de: [/[Vv]on/],
  en: [/(?:[Pp]osted |[Ww]ritten )?(?:[Bb]y|BY)/],
  es: [/[Pp]or/],
  fr: [/[Pp]ar/],
  it: [/[Dd]i/],
  nl: [/[Dd]oor/],
  pt: [/[Pp]or/],
};

/** Lower-case words between the capitalised ones of a byline: "and", particles ("Ursula von der Leyen"). */
export const BYLINE_JOINERS: Tables = {
  de: ['der', 'und', 'von'],
  en: ['and'],
  es: ['de', 'del', 'y'],
  fr: ['de', 'et'],
  it: ['da', 'del', 'di', 'e'],
  nl: ['de', 'der', 'en', 'van'],
  pt: ['da', 'de', 'e'],
};

// ---- PHOTO_CREDIT ----

/** Photo credit lines: "Photo: Reuters", "Image Credits: …", "Top photo by …"; which photo… */
export const PHOTO_POSITIONS: Tables = {
  en: ['all', 'cover', 'featured', 'header', 'lead', 'main', 'top'],
};

/** …and the word for it (a plural, "credit(s)" and a colon, "©", "/" or "by" may follow). */
export const PHOTO_WORDS: Tables = {
  de: ['bild', 'foto', 'quelle'],
  en: ['credit', 'illustration', 'image', 'photo', 'photograph', 'picture', 'source'],
  es: ['crédito', 'foto', 'fuente'],
  fr: ['crédit', 'illustration', 'image', 'photo', 'source'],
  it: ['fonte', 'foto'],
  nl: ['foto'],
  pt: ['crédito', 'fonte', 'foto'],
};

/** A credit line that opens with the agency: "(Getty Images)", "Reuters". */
export const PHOTO_AGENCIES: Table = ['afp', 'ap photo', 'dpa', 'epa', 'getty images', 'istock', 'reuters', 'shutterstock'];

/** A credit after the photographer's name and a slash: "Jane Doe/AFP via Getty Images". */
export const PHOTO_AGENCIES_AFTER_NAME: Table = [
  'afp',
  'alamy',
  'anadolu',
  'ap',
  'bloomberg',
  'dpa',
  'epa',
  'getty images',
  'istock',
  'reuters',
  'shutterstock',
  'sipa',
  'xinhua',
];

// ---- RELATED_LABEL (how much of the line the label takes matters: see src/text/clean.ts) ----

/** Section labels that open a block of links to other stories ("Also read:", "Lesen Sie auch"; "More
 *  games news" only as a line of its own: "More bad news: …" is a sentence). A word boundary follows. */
export const RELATED_LABELS: Tables = {
  de: ['auch interessant', 'das könnte sie auch interessieren', 'lesen sie auch', 'mehr zum thema', 'weitere artikel'],
  en: [
    /(?:read|video|photos|listen)(?=\s*:)/,
    'also read',
    /don['’]t miss/,
    /editor['’]?s['’]? picks/,
    'keep reading',
    'learn more',
    'more',
    /more (?:[a-z-]+ ){1,2}(?:news|stories|headlines|coverage|reviews|articles)(?=\s*(?:[:：»>]\s*)?$)/,
    'more about',
    'more from',
    'more on this',
    /most (?:read|popular)/,
    /must[- ]reads?/,
    /popular(?: now)?/,
    'read also',
    'read more',
    'recommended',
    'recommended for you',
    'recommended reading',
    /related(?: (?:article|stor(?:y|ies)|news|coverage|content|links?|videos?|reading)s?)?/,
    'see also',
    'top stories',
    /trending(?: now| news)?/,
    'up next',
    'watch',
    'what to read next',
    'you may also like',
  ],
  es: ['lee también', 'leer más', 'más noticias', 'noticias relacionadas', 'te puede interesar', 'te recomendamos'],
  fr: ['lire aussi', 'sur le même sujet', 'à lire aussi', 'à voir aussi'],
  it: ['guarda anche', 'leggi anche', 'potrebbe interessarti'],
  nl: ['lees meer', 'lees ook', 'meer over'],
  pt: ['leia mais', 'leia também', 'veja também', 'ver também'],
};

/** The same in scripts without spaces ("相关阅读：", "関連記事"): no word boundary to follow. */
export const RELATED_LABELS_UNSPACED: Tables = {
  ja: ['あわせて読みたい', '関連ニュース', '関連記事'],
  zh: [
    '延伸閱讀',
    '延伸阅读',
    '推荐阅读',
    '推薦閱讀',
    '热门推荐',
    '熱門推薦',
    '猜你喜欢',
    '相关新闻',
    '相关阅读',
    '相關新聞',
    '相關閱讀',
    '精彩推荐',
    '精彩推薦',
    '精彩视频推荐',
  ],
};

// ---- CORRECTION_PROMPT ----

/** A request to report errors, at an article's foot, as a whole line: "Report an error". */
export const CORRECTION_LINES: Tables = {
  en: [/report (?:an? )?(?:error|typo|mistake|correction)/, 'submit a correction', 'suggest a correction'],
  es: [/(?:reportar|notificar) un error/],
  fr: ['signaler une erreur'],
  it: [/segnala (?:un )?errore/],
};

/** …or opening the line ("Did we get something wrong?", "Fehler gefunden?", "Pokud jste v článku
 *  zaznamenali chybu…, dejte nám vědět"), so a quote ("“If you see a mistake, tell us,” she said")
 *  stays. Each entry says where it ends (most at a word boundary). */
export const CORRECTION_OPENINGS: Tables = {
  cs: [/našli jste (?:v článku )?chybu/, 'pokud jste v článku zaznamenali chybu'],
  de: [/fehler gefunden\b/, /haben sie einen fehler (?:gefunden|entdeckt)\b/],
  en: [/did we get something wrong\b/],
  es: [/¿?(?:has|ha) (?:visto|encontrado) (?:un|algún) error\b/],
  fr: [/vous avez (?:repéré|trouvé|remarqué) une (?:erreur|faute)\b/],
  nl: [/fout (?:gezien|gevonden)\b/],
  pt: [/encontrou (?:um|algum) erro\b/],
};

/** "Spotted an error? Let us know.", "If you notice any typos, email us": the seeing… */
export const ERROR_SEEN: Tables = {
  en: ['find', 'found', /notice[ds]?/, 'see', 'seen', 'spot', 'spotted'],
};

/** …the error… */
export const ERRORS: Tables = {
  en: [/errors?/, /inaccurac(?:y|ies)/, /mistakes?/, /typos?/],
};

/** …and the request, within 80 characters. */
export const TELL_US: Tables = {
  en: ['contact us', 'email us', 'let us know', 'report it', 'tell us', 'write to us'],
};

// ---- isTailStart: where the page's tail begins ----

/** An author box's heading, as a whole line: "About the Author". */
export const AUTHOR_BOX_LABELS: Tables = {
  de: [/über (?:den|die) autor(?:in)?/],
  en: [/about the authors?/],
  es: [/sobre (?:el|la) autora?/],
  fr: [/à propos de l['’]auteur/],
  it: [/l['’]autore/],
  nl: ['over de auteur'],
  pt: [/sobre (?:o|a) autora?/],
};

/** A comment section's heading: "Comments (12)", "3 Kommentare"… */
export const COMMENTS: Tables = {
  de: [/kommentare?/],
  en: [/(?:reader )?comments?/],
  es: [/comentarios?/],
  fr: [/commentaires?/],
  it: ['commenti'],
  nl: [/reacties?/],
  pt: [/comentários?/],
};

/** …or its call to comment: "Leave a Reply", "Join the conversation". */
export const LEAVE_A_COMMENT: Tables = {
  de: ['schreiben sie einen kommentar'],
  en: [/join the (?:discussion|conversation)/, /leave a (?:reply|comment)/, 'post a comment'],
  es: ['deja un comentario'],
  fr: ['laisser un commentaire'],
  it: ['lascia un commento'],
  nl: ['laat een reactie achter'],
  pt: ['deixe um comentário'],
};

/** A heading that names the post: "2 comments on “These Weeks in Firefox: Issue 85”", "3 Kommentare zu
 *  „…“"; the count in words… */
export const FEW: Tables = {
  de: ['ein'],
  en: ['one', 'three', 'two'],
  es: ['un', 'uno'],
  fr: ['un', 'une'],
  it: ['un', 'uno'],
  nl: ['één'],
  pt: ['um'],
};

/** …what is counted… */
export const RESPONSES: Tables = {
  de: [/kommentare?/],
  en: [/comments?/, 'replies', 'reply', /responses?/, /thoughts?/],
  es: [/comentarios?/],
  fr: [/commentaires?/],
  it: ['commenti'],
  nl: [/reacties?/],
  pt: [/comentários?/],
};

/** …and the preposition before the quoted title. */
export const RESPONSES_ON: Tables = {
  de: ['zu'],
  en: ['on', 'to'],
  es: ['a', 'en'],
  fr: ['sur', 'à'],
  it: ['a', 'su'],
  nl: ['op'],
  pt: ['em'],
};

// ---- isAuthorBio (case-sensitive verbs: a box set in capitals is lower-cased first) ----

/** What an author's box says right after the name: "Corey Kilgannon is a Metro reporter…", "Steven
 *  Mufson covers the White House.", "Andrés Malamud es periodista…". */
export const BIO_VERBS: Tables = {
  de: ['arbeitet', 'ist', 'schreibt', 'war'],
  en: ['contributed', 'covers', 'edits', 'has', 'is', 'joined', 'lives', 'reports', 'teaches', 'was', 'writes'],
  es: ['es', 'escribe', 'fue', 'trabaja'],
  fr: ['est', 'travaille', 'écrit'],
  it: ['lavora', 'scrive', 'è'],
  nl: ['schrijft', 'werkt'],
  pt: ['escreve', 'foi', 'trabalha', 'é'],
};

/** …and what it is about: the job, the beat, the handle ("Lucas Nolan is a reporter for Breitbart
 *  Tech. Follow him on Twitter"). */
export const BIO_WORDS: Tables = {
  de: [/korrespondent(?:in)?/, /redakteur(?:in)?/],
  en: [
    'analyst',
    'author',
    'based in',
    'columnist',
    'contributor',
    'correspondent',
    'covered',
    'covering',
    'covers',
    'critic',
    'editor',
    'freelance',
    'historian',
    'journalist',
    'photographer',
    'producer',
    'reporter',
    'staff',
    'twitter',
    'writer',
  ],
  es: ['corresponsal', 'periodista', /redactora?/],
  fr: ['correspondant', 'journaliste', /rédact(?:eur|rice)/],
  it: ['corrispondente', 'giornalista', 'redattore'],
  nl: ['correspondent', 'redacteur', 'verslaggever'],
  pt: ['correspondente', 'jornalista', 'repórter'],
};

// ---- TAGS_LINE ----

/** A tag or category line at the end of a post: "Tags: bridges, steel", "Filed under: City Hall". */
export const TAG_LABELS: Tables = {
  de: ['schlagworte', 'themen'],
  en: ['categories', 'category', 'filed under', 'posted in', 'related topics', /tagged(?: with)?/, /tags?/, /topics?/],
  es: ['etiquetas', 'temas'],
  fr: ['mots-clés', 'étiquettes'],
  it: ['argomenti'],
  nl: ['trefwoorden'],
  pt: ['etiquetas', 'temas'],
};
