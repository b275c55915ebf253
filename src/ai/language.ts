/**
 * The language of AI disclosures: what counts as "this image was made with AI" in 47 languages,
 * and what looks like it but is not (news about AI images, fact-checks, negations, explainers).
 *
 * A sentence is a disclosure when it holds an AI term (or a generator's name) close to a
 * "made/generated" participle (or right next to an image noun: "AI image", "KI-Bild"), is not
 * negated just before that phrase (or, for languages that negate after the verb, just after it),
 * and carries none of the cues of reporting *about* AI images. Rules stay word-class based, not
 * phrase lists, so unseen wording in a known language still matches.
 */
import { column, regex, type Table } from '../phrases';
import * as H from './hint';
import { dropEnd } from '../trim';
import { matchesOf } from '../matches';
import { WORDINGS, type Wordings } from './phrases/languages';
import { PLURAL_IMAGES } from './phrases/plural';

/** One table of every language (see phrases/languages/index.ts for what each is). */
const all = (key: keyof Wordings): Readonly<Record<string, Table>> => column(WORDINGS, key);

/** A whole word, whatever its script: `\\b` knows only ASCII letters, so "vygenerováno" would end in the word "no". */
const WORD = '(?<![\\p{L}\\p{N}])(?:';
const END = ')(?![\\p{L}\\p{N}])|';

/** The patterns, built on first use from the languages' tables (importing this module builds nothing). */
function build() {
  return {
    // Global copies of the hint patterns, for every match's span.
    ABBR: regex('g', H.ABBR),
    AI_WORDS: regex('gi', H.AI_WORDS),
    TOOL: regex('gi', H.TOOL),
    GEN: regex('gi', all('made')),
    ASKED: regex('giu', all('asked')),
    IMG: regex('gi', all('image')),
    ABOUT: regex('gi', all('about')),
    LABEL_ONLY: regex('i', '^\\W*(?:', all('labels'), ')\\W*$'),
    NEWS: regex('i', all('news')),
    NEG_BEFORE: regex('iu', WORD, all('not'), END, all('notAnywhere')),
    NEG_AFTER: regex('', all('notAfter')),
    LIKE: regex('iu', all('like')),
    LIKE_AFTER: regex('iu', all('likeAfter')),
    DEM: regex('giu', WORD, all('this'), END, all('thisAnywhere')),
    DOC: regex('gi', all('document')),
    QUANT: regex('giu', WORD, all('all'), END, all('allAnywhere')),
    INI: regex('i', all('documentThis')),
    FOLLOWING: regex('i', all('following')),
    ABOVE: regex('i', all('above')),
    TEXT_VERB: regex('gi', all('written')),
    // (Not the end of a word: Tagalog "ng" in "prompting Midjourney"; a script without spaces, or Arabic's attached
    // prepositions, may run on from the word before.)
    PREP: regex('iu', '(?<![\\p{sc=Latin}\\p{sc=Cyrillic}\\p{sc=Greek}])(?:', all('via'), ')\\s*$'),
    PRESUPPOSE: regex('iu', all('presuppose')),
    IMG_IN: regex('i', all('image')),
    GALLERY: regex('i', all('gallery')),
    HERE: regex('iu', all('here')),
    CONTRAST: regex('iu', '^[^\\p{L}\\p{N}]*(?:', all('contrast'), ')(?![\\p{L}\\p{N}])'),
    WHICH: regex('iu', '^\\s*(?:,\\s*)?(?:', all('which'), ')(?![\\p{L}\\p{N}])'),
    MID_CONTRAST: regex('giu', '(?<![\\p{L}\\p{N}])(?:', all('contrast'), ')(?![\\p{L}\\p{N}])'),
    LEAD: regex('i', all('lead')),
    AUX: regex('iu', '^(?:', all('aux'), ')$'),
    PLURAL: regex('iu', WORD, PLURAL_IMAGES, ')(?![\\p{L}\\p{N}])'),
    SUBJECT: regex('iu', '(?<![\\p{L}\\p{N}])(?:', all('subject'), ')\\s*[:：|]\\s*$'),
    WE: regex('giu', WORD, all('we'), ')(?![\\p{L}\\p{N}])'),
    HOW: regex('iu', '^[^\\p{L}\\p{N}]*(?:', all('how'), ')(?![\\p{L}\\p{N}])'),
    SEES: regex('giu', WORD, all('sees'), ')(?![\\p{L}\\p{N}])'),
  };
}
let matchers: ReturnType<typeof build> | undefined;
const patterns = (): ReturnType<typeof build> => (matchers ??= build());

/** "Image:", "Bild:", "Credit:" … a credit label right before the source: up to 20 letters and spaces
 *  after the start or a bracket, or up to 20 letters after a space (the last space, not each in turn),
 *  then up to 30 letters, spaces and hyphens ("Εικόνα: δημιουργήθηκε από το", "תמונה: נוצרה ב-"). Letters
 *  with their marks: Indic and Thai vowel signs are marks (\p{M}), not letters; quotation marks too
 *  ("Изображение: Светлана К. и нейросеть «Шедеврум»"). */
const LABEL = /(?:(?:^|[(|])[\p{L}\p{M}\s]{0,20}|\s[\p{L}\p{M}]{0,20})[:：=|/©][\p{L}\p{M}\s.·"'«»„“”-]{0,30}$/u;

type Span = [number, number];
/** Marks that split a word without changing it: Arabic vowel signs and tatweel, soft hyphen, zero-width (non-)joiners. */
const MARKS = /[\u00AD\u200B-\u200D\u0640\u064B-\u065F\u0670]/g;
/** A preposition that makes what follows a topic, right before the AI term. */
const TOPIC = /(?:^|\s)(?:about|on|sobre|sur|über)\s+$/i;
/** A word that makes the AI term that follows a topic or an object, in a short label ("the future of AI", "Gespräch über KI", "Europa regula la IA"). */
const SHORT_TOPIC = /(?:^|\s)(?:a|about|an|and|das|de|del|den|der|des|die|el|for|la|las|le|les|los|o|of|om|on|sobre|sur|the|to|vs|über|и|про)\s*$/iu;
/** Scripts written without spaces between words: Thai, Lao, Myanmar, Khmer, kana, CJK. */
const UNSPACED = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u4E00-\u9FFF]/u;
/** A quantifier of an image noun: before it ("all images", "alla bilder", "tutte le immagini") or one
 *  short verb after it ("the images are all…", "画像はすべて"). Not a word two words on: Italian "La foto
 *  del padre alla laurea" ("at the") is no Swedish "alla" ("all"). */
function quantifies(q: Span[], img: Span[]): boolean {
  return q.some((x) => img.some((y) => (x[1] <= y[0] ? y[0] - x[1] <= 12 : x[0] >= y[1] && x[0] - y[1] <= 6)));
}

/** One letter or mark (for `dropEnd`). */
const LETTER = /^[\p{L}\p{M}]$/u;
/** One character that is neither a letter, a mark nor a digit (for `dropEnd`). */
const NOT_WORD_CHAR = /^[^\p{L}\p{M}\p{N}]$/u;

/** Where a clause ends: punctuation, or "and" in the languages that join clauses with a word. */
const CLAUSE_END = /[,;:.!?()（），。、；：]|\s(?:a|aber|ale|and|but|e|en|et|és|i|ja|ma|maar|mais|men|mas|nhưng|og|och|pero|sowie|und|ve|và|y|și|и|і|но)\s/;
/** Where a phrase ends: the end of the text, a punctuation mark, a bracket or a slash. */
const PHRASE_END = /^\s*(?:$|[.,;:!?)\]|/·–—])/;
/** The words of a stretch of text, less the auxiliaries that may close a clause after a participle ("किया गया है"). */
const words = (s: string): string[] => s.trim().split(/\s+/).filter((w) => w && !patterns().AUX.test(dropEnd(w, NOT_WORD_CHAR)));
/** Does the noun at `i` open the text, as its subject: at most a word before it (a determiner), or, in a script
 *  written without spaces, at most two characters ("本文", "该图片"). */
const opening = (s: string, i: number): boolean =>
  UNSPACED.test(s.slice(0, i + 1)) ? i <= 2 : words(dropEnd(s.slice(0, i), LETTER)).length <= 1;
const spans = (re: RegExp, s: string): Span[] => matchesOf(re, s).map((m) => [m.index, m.index + m[0].length]);
/** An image noun's span runs to the end of its word (the tables hold stems: "obráz" of "obrázek"), except in a script written without spaces. */
const wordSpans = (re: RegExp, s: string): Span[] =>
  spans(re, s).map(([a, b]) => [a, UNSPACED.test(s[b - 1] ?? '') ? b : b + /^[\p{L}\p{M}]*/u.exec(s.slice(b))![0].length]);

/** The first pair of spans (one from each list) at most `gap` characters apart, joined. */
function near(a: Span[], b: Span[], gap: number): Span | null {
  for (const x of a) for (const y of b) if (Math.max(x[0], y[0]) - Math.min(x[1], y[1]) <= gap) return [Math.min(x[0], y[0]), Math.max(x[1], y[1])];
  return null;
}

/** Where a clause ends: a negation before it says nothing of what follows ("not a photo, but made with AI"). */
const CLAUSE = /[,;:，、；：–—]|\b(?:but|sondern|mais|sino|ma|mas|maar|men|ale)\b/gi;

function negated(s: string, [a, b]: Span): boolean {
  const { NEG_BEFORE, NEG_AFTER, LIKE, LIKE_AFTER } = patterns();
  // A likeness is a hedge: "ảnh đẹp đến mức như do AI tạo ra" (photos so fine they look AI-made).
  if (LIKE.test(s.slice(Math.max(0, a - 12), a)) || LIKE_AFTER.test(s.slice(b, b + 12))) return true;
  const before = s.slice(Math.max(0, a - 60), a);
  let cut = 0;
  for (const m of matchesOf(CLAUSE, before)) cut = m.index + m[0].length;
  return NEG_BEFORE.test(before.slice(cut) + s.slice(a, b)) || NEG_AFTER.test(s.slice(b, b + 25).split(/[,，、。.]/)[0]!);
}

/** A short phrase in double quotation marks or corner brackets (not single quotes: "l’IA" holds an apostrophe). */
const QUOTED = /“[^“”\n]{1,60}”|„[^„“”\n]{1,60}[“”]|«[^«»\n]{1,60}»|「[^「」\n]{1,60}」|『[^『』\n]{1,60}』|"[^"\n]{1,60}"/g;

/**
 * A label in quotation marks inside a sentence of its own is mentioned, not used: "Although most
 * pictures carry the small note “AI生成”, many believed them", "Phrases such as “AI tarafından
 * üretildi” hide the author's part", a platform's rule quoting its label. The quoted phrases that say
 * "made" or are a standing label are blanked (their length kept) when at least 20 letters stand outside
 * the quotes; a caption that is all its quote ("“AI-generated”") is read as it is.
 */
function unquoted(s: string): string {
  if (!/["“„«「『]/.test(s)) return s;
  const outside = s.replace(QUOTED, '');
  if (outside === s || (outside.match(/\p{L}/gu) ?? []).length < 20) return s;
  // (Only a quoted phrase that says "made" or is a platform's label: a generator's quoted name is its credit,
  // "нейросеть «Кандинский 3.1»".)
  const { GEN, LABEL_ONLY } = patterns();
  return s.replace(QUOTED, (q) => (q.search(GEN) >= 0 || LABEL_ONLY.test(q.slice(1, -1)) ? q[0] + ' '.repeat(q.length - 2) + q[q.length - 1] : q));
}

/**
 * What a statement covers: 'self' the image it sits with; 'page' every article image (or its
 * gallery); 'next' / 'prev' the images after or before it; 'one' an image named in the singular
 * by a statement standing apart ("The image was made with AI."): the image right before it, or the
 * article's only image; else the page is flagged and no image. 'lead' the article's lead image
 * ("the cover image was made with AI"): its first. 'text' the article's text.
 */
export type Scope = 'self' | 'page' | 'next' | 'prev' | 'one' | 'lead' | 'text';

/**
 * Classify one sentence. `attached` says the text sits with an image (its caption, credit, alt,
 * badge); unattached text must name its scope ("the following image", "images in this article").
 */
export function classifySentence(text: string, attached: boolean, credit = false): Scope | null {
  // (A question among other sentences is read on its own: "Is this image AI-generated? Experts say no.")
  const parts = sentences(text);
  if (parts.length > 1 && parts.some(asks)) {
    for (const part of parts) {
      const scope = classifySentence(part, attached, credit);
      if (scope) return scope;
    }
    return null;
  }
  const scope = classifyMade(text, attached, credit) ?? classifyRequest(text, attached) ?? classifySees(text, attached) ?? (attached ? null : classifyAccount(text));
  return scope && asks(text) ? null : scope;
}

/** A question mark closing the text (quotation marks and brackets aside), or a Spanish one opening it. */
const QUESTION = /[?？؟][\s"'”’»)\]」』]*$|^[\s"'“‘«(]*¿/u;

/**
 * A question asks what it says ("Was this photo generated by AI?", "Ist dieses Bild KI-generiert?",
 * "¿Fue creada con IA esta imagen?"): it discloses nothing, whatever its words. Unless it takes the origin as given:
 * a verb of knowing or noticing over it ("Ville du lagt merke til at dette bildet er helt syntetisk?") or a request
 * for an opinion of the work ("Yapay zeka ile İstiklal Marşımızın resmedilmesini nasıl buldunuz?").
 */
const asks = (text: string): boolean => QUESTION.test(text) && !patterns().PRESUPPOSE.test(text);

/**
 * A request to an AI in the first person, the AI or a generator its addressee: "We prompted the AI software to
 * generate a photo of Leeds …", "La misma pregunta le hicimos a Gemini, la IA de Google, y este es el resultado:",
 * "Мы задались этим вопросом и попросили нейросеть «оживить» …". The answer is the pictures: under or right before
 * them, theirs; standing apart, the article's, when the note names an image ("Ho chiesto ad uno dei motori di IA …
 * per la creazione di immagini …"; not "We asked ChatGPT what it thinks of …", whose answer is words).
 */
function classifyRequest(text: string, attached: boolean): Scope | null {
  const s = unquoted(text.replace(MARKS, ''));
  const { ABBR, AI_WORDS, TOOL, ASKED, GEN, NEWS, IMG_IN, ABOUT, FOLLOWING, ABOVE } = patterns();
  if (s.length > 600) return null;
  const request = near([...spans(ABBR, s), ...spans(AI_WORDS, s), ...spans(TOOL, s)], spans(ASKED, s), 40);
  // (Not what a report says others asked, nor a request for a description or a summary.)
  if (!request || NEWS.test(s) || negated(s, request) || /[?？]\s*$/.test(s) || near([request], spans(ABOUT, s), 40)) return null;
  // What was asked for is made, the making verb right after the AI's phrase ("the AI software to generate a photo",
  // "a un'intelligenza artificiale di generare", "нейросеть сгенерировать"), or the note introduces the pictures with
  // a colon: not an interview, "We asked an AI expert how to spot generated images".
  const addressee = [...spans(ABBR, s), ...spans(AI_WORDS, s), ...spans(TOOL, s)].filter(([a, b]) => a >= request[0] && b <= request[1]);
  const made = spans(GEN, s).some(([g]) => addressee.some(([, b]) => g >= b && g - b <= 16));
  if (attached) return made || /[:：]\s*$/.test(s) ? 'self' : null;
  if (!made || !IMG_IN.test(s)) return null;
  return FOLLOWING.test(s) ? 'next' : ABOVE.test(s) ? 'prev' : 'page';
}

/**
 * "As the AI sees it": a sentence that opens with "this is how" and whose verb of seeing or imagining has the AI or a
 * generator for its subject ("So sieht die KI …", "Вот так Midjourney видит татар …", "Nõnda näeb Eesti
 * jõulumaastikku tehisintellekt."). Under an image, its caption; standing apart, the line before the pictures (or
 * after the one above it). Not a report, a question, nor a negation.
 */
function classifySees(text: string, attached: boolean): Scope | null {
  const s = unquoted(text.replace(MARKS, ''));
  const { HOW, SEES, ABBR, AI_WORDS, TOOL, NEWS, ABOVE, NEG_BEFORE } = patterns();
  const how = HOW.exec(s);
  if (!how || s.length > 200 || NEWS.test(s) || /[?？؟]\s*$/.test(s)) return null;
  // (The verb among the three words after it, as the sentence's own: not "So far, researchers say AI sees …".)
  const word = /\S+/g;
  word.lastIndex = how[0].length;
  for (let k = 0; k < 3 && word.exec(s); k++);
  const head = word.lastIndex || s.length;
  const pair = near([...spans(ABBR, s), ...spans(AI_WORDS, s), ...spans(TOOL, s)], spans(SEES, s).filter(([a]) => a < head), 30);
  // (Negated before it, or after the verb in its clause: "So sieht die KI das Bild nicht: …".)
  if (!pair || negated(s, pair) || NEG_BEFORE.test(s.slice(pair[1]).split(/[,;:.!?]/)[0]!)) return null;
  return attached ? 'self' : ABOVE.test(s) ? 'prev' : 'next';
}

/**
 * The writer's own account, standing apart, of how the pictures were made: a sentence in the first person that names
 * the AI or a generator and, close to it, an image or what the AI made ("Se nos ha ocurrido preguntarle a la
 * inteligencia artificial generativa de imágenes DALL-E …", "Im Posting verwenden wir ein mit KI erstelltes Symbolbild
 * …", "Ainsi, j'ai demandé à Midjourney d'illustrer …", "Мы решили дать этому искусственному интеллекту задание —
 * сгенерировать изображения …"). Its scope is the pictures it speaks of: those that follow it ("… the same
 * instructions:"), the one above it, the cover; "this picture", the image it stands with ('one'); else the article's. Not a report (its cues veto it), a question, a step of an argument, a negated AI phrase, nor a note about
 * the text or a description ("we used AI to translate …", "… to describe the photos").
 */
function classifyAccount(text: string): Scope | null {
  const s = unquoted(text.replace(MARKS, ''));
  const { WE, ASKED, ABBR, AI_WORDS, TOOL, IMG, GEN, NEWS, ABOUT, TEXT_VERB, FOLLOWING, ABOVE, LEAD, GALLERY, CONTRAST, DEM, NEG_BEFORE } = patterns();
  // (The first person: a word of its own, or a request's verb, which the tables hold in the first person: "pedi", "I asked".)
  if (s.length > 300 || NEWS.test(s) || /[?？؟]\s*$/.test(s) || CONTRAST.test(s)) return null;
  const ai = [...spans(ABBR, s), ...spans(AI_WORDS, s), ...spans(TOOL, s)];
  // (Not the AI term itself: Hungarian "MI" is the AI, Slovenian "mi" the writers.)
  const we = [...spans(WE, s).filter(([a, b]) => !ai.some(([c, d]) => a < d && c < b)), ...spans(ASKED, s)];
  if (!we.length) return null;
  // What the AI made, after its phrase: an image noun close to it, or a making verb right after it ("preguntarle a la
  // inteligencia artificial … de imágenes", "нейросеть нарисовать"; not "generative", the AI term's own adjective). An
  // image noun before it is what the writer saw or was given ("мы видим картинки, созданные нейросетями").
  const img = wordSpans(IMG, s);
  const gen = spans(GEN, s).filter(([a]) => !/^g[eéę]n[eé]rati/i.test(s.slice(a)));
  // (In the AI's sentence part: not across a full stop, colon or semicolon, "… l'IA pour traduire cet article ; les photos …".)
  const after = (x: Span[], gap: number): [Span, Span] | null => {
    for (const a of ai) for (const y of x) if (y[0] >= a[0] && y[0] - a[1] <= gap && !/[.;:!?]\s/.test(s.slice(a[1], y[0]))) return [a, y];
    return null;
  };
  const made = after(img, 80) ?? after(gen, 30);
  // (Nor what the AI was to write or describe, after it: "… ChatGPT to translate the captions". A text verb before it
  // is the writer's: "we used Midjourney to picture …".)
  if (!made || after([...spans(TEXT_VERB, s), ...spans(ABOUT, s)], 30)) return null;
  // Negated: a negation right before the writer's verb ("No usamos IA …"), or between the writer's word and what the AI
  // made ("Wir haben keine KI verwendet …"); not before an AI the writer's word follows ("Entrei no ChatGPT e pedi …":
  // Portuguese "no" is "in the").
  const [a, y] = made;
  const w = Math.min(...we.map(([x]) => x));
  if (NEG_BEFORE.test(s.slice(Math.max(0, w - 12), w)) || NEG_BEFORE.test(s.slice(w < a[0] ? w : a[1], y[1]))) return null;
  if (FOLLOWING.test(s) || /[:：]\s*$/.test(s)) return 'next';
  if (ABOVE.test(s)) return 'prev';
  if (LEAD.test(s)) return 'lead';
  return img.length && !namesImages(s) && !GALLERY.test(s) && near(spans(DEM, s), img, 2) ? 'one' : 'page';
}

function classifyMade(text: string, attached: boolean, credit: boolean): Scope | null {
  const s = unquoted(text.replace(MARKS, ''));
  const { NEWS, ABBR, AI_WORDS, TOOL, GEN, IMG, IMG_IN, ABOUT, LABEL_ONLY, PREP, DEM, DOC, QUANT, INI, HERE, TEXT_VERB, FOLLOWING, ABOVE, SUBJECT, CONTRAST, WHICH, LEAD, MID_CONTRAST, NEG_BEFORE, GALLERY } =
    patterns();
  // A credit's label, not a topic's ("Thema: KI" names what a teaser is about).
  const credited = (before: string): boolean => LABEL.test(before) && !SUBJECT.test(before);
  if (s.length > 600) return null;
  // Reporting about AI images vetoes an image statement (not a platform's label, which may say
  // "Meta said…"); a notice about the text may say "fact-checked".
  const news = NEWS.test(s);
  // (A post's header line may hold the label among its other parts: "2 h · KI-Info", "Harbour City • AI info".)
  if (attached && s.split(/\s[·•|]\s/).some((part) => LABEL_ONLY.test(part))) return 'self';
  const ai = [...spans(ABBR, s), ...spans(AI_WORDS, s)];
  const tools = spans(TOOL, s);
  // (Not "generative", which the international stem of "generated" matches: it is the AI term's own adjective,
  // "Generative AI is the topic of this post" no notice.)
  // (Nor a making stem that modifies the AI term right after it, "generative" as Korean, Chinese and Japanese build it:
  // "생성형 인공지능(AI) 활용기사", "生成式人工智能", "生成AIの使い方": the AI's kind, not what it made.)
  // (Only there: "luotu tekoälyllä", "dijana AI" put the participle first, "made [by] AI".)
  const modifiesAi = (e: number): boolean =>
    /[\u4E00-\u9FFF\uAC00-\uD7AF]/u.test(s[e - 1] ?? '') && ai.some(([x]) => x >= e && /^(?:형\s?|[式型]?)$/u.test(s.slice(e, x)));
  const gen = spans(GEN, s).filter(([a, e]) => !/^g[eéę]n[eé]rati/i.test(s.slice(a)) && !modifiesAi(e));
  const img = wordSpans(IMG, s);
  // "AI image", "Bild: KI": an image noun next to the AI term; across a label's colon only when the
  // term ends the phrase ("Bild: KI / Redaktion"), not when it heads one ("Image: AI researchers at work").
  const compound = near(ai.filter(([a, b]) => !/[:：|]\s*$/.test(s.slice(Math.max(0, a - 3), a)) || PHRASE_END.test(s.slice(b))), img, 3);
  // "dette bildet er helt syntetisk", "this image is entirely AI": a demonstrative and its image noun, at most
  // two words, then the AI term closing the phrase (the AI term's table may hold a stem: its word runs on).
  let predicate: Span | null = null;
  for (const d of spans(DEM, s)) for (const i of img) for (const a of ai) {
    const e = a[1] + (UNSPACED.test(s[a[1]] ?? '') ? 0 : /^[\p{L}\p{M}-]*/u.exec(s.slice(a[1]))![0].length);
    if (!predicate && i[0] >= d[1] && i[0] - d[1] <= 2 && a[0] >= i[1] && a[0] - i[1] <= 16 && words(s.slice(i[1], a[0])).length <= 2 && PHRASE_END.test(s.slice(e))) predicate = [d[0], e];
  }
  // "Midjourney created this image", "Gemini confeccionó esta imagen", "Нейросеть нарисовала эту картинку": the AI or
  // its generator, its making verb (a finite past: the tables hold "creó", "нарисовал"), then a demonstrative and the
  // image noun, the active voice of "this image was made with AI".
  const wordEnd = (i: number): number => i + /^[\p{L}\p{M}]*/u.exec(s.slice(i))![0].length;
  let active: Span | null = null;
  for (const a of [...ai, ...tools]) for (const g of gen) for (const d of spans(DEM, s)) for (const i of img) {
    const e = wordEnd(g[1]);
    if (!active && g[0] >= a[1] && g[0] - wordEnd(a[1]) <= 1 && d[0] >= e && d[0] - e <= 1 && i[0] >= d[1] && i[0] - d[1] <= 2) active = [a[0], i[1]];
  }
  let hit = near(ai, gen, 50) ?? compound ?? predicate ?? active;
  // A credit line that names the AI or its generator as the source: the reporting cues of its words do
  // not veto it ("Foto: Falsa IA", a fake's credit, says who made the picture).
  let creditHit = false;
  if (!hit) {
    for (const t of tools) {
      const before = s.slice(Math.max(0, t[0] - 40), t[0]);
      // A generator after a bare preposition made the picture when its phrase closes the clause ("Paris in 2050,
      // by Midjourney"), or the caption names its image; not a tool that is a topic, a topic's preposition a few
      // words before it ("A talk on painting with DALL-E"), nor one the clause goes on from ("A workshop on
      // prompting Midjourney drew forty visitors": no making verb, no image).
      const topic = before.trim().split(/\s+/).slice(-4).some((w) => /^(?:about|on|sobre|sur|über)$/i.test(w));
      const goesOn = !img.length && words(s.slice(t[1]).split(CLAUSE_END)[0]!).length > 2;
      const byPrep = PREP.test(before) && !topic && !goesOn;
      if (credit || credited(before) || byPrep || near([t], gen, 40)) {
        hit = t;
        creditHit = credit || credited(before);
      }
      if (hit) break;
    }
  }
  // A generator's name in brackets closing a text under an image is its credit, whatever the caption
  // reports ("Mange har latt seg lure av det datagenererte bildet av paven … (Midjourney)", "(Foto: Midjourney)").
  const lastTool = tools[tools.length - 1];
  if ((attached || credit) && lastTool && /\([^()]{0,20}$/.test(s.slice(Math.max(0, lastTool[0] - 20), lastTool[0])) &&
    /^[^()]{0,12}\)[^\p{L}\p{N}]*$/u.test(s.slice(lastTool[1])) && !negated(s, lastTool)) return 'self';
  // ("Illustration: KI", "איור: בינה מלאכותית": the AI term's table may hold a stem, its word runs on.)
  const term: Span | undefined = ai[0] && [ai[0][0], ai[0][1] + (UNSPACED.test(s[ai[0][1]] ?? '') ? 0 : /^[\p{L}\p{M}]*/u.exec(s.slice(ai[0][1]))![0].length)];
  if (!hit && term && (credit || attached) && s.length < 40 && credited(s.slice(0, term[0])) && PHRASE_END.test(s.slice(term[1]))) {
    hit = term;
    creditHit = true;
  }
  // The last part of a credit line of parts, the AI term with at most a word before it: "Fot. ArtMediaFactory /
  // Shutterstock / przeróbka AI" (AI's rework), "Foto: dpa | KI". (Not "Politik / KI-Regeln": the term ends the line.)
  const lastAi = ai[ai.length - 1];
  if (!hit && lastAi && (credit || attached) && s.length <= 80 && PHRASE_END.test(s.slice(lastAi[1])) &&
    /(?:^|\s)[/|]\s*(?:[\p{L}\p{M}-]+\s+)?$/u.test(s.slice(0, lastAi[0]))) {
    hit = lastAi;
    creditHit = true;
  }
  // An image noun, then "with / by / using" AI, the AI term ending the phrase: "Recreación artística
  // con IA", "Bild mit KI.", "Illustration by AI". (Not "photos by AI researchers".)
  for (const a of hit ? [] : ai) {
    const before = s.slice(Math.max(0, a[0] - 40), a[0]);
    if (PREP.test(before.slice(-20)) && IMG_IN.test(before) && PHRASE_END.test(s.slice(a[1]))) hit = [a[0] - before.length, a[1]];
    if (hit) break;
  }
  // A short caption naming its image, the AI term in brackets: "صورة تعبيرية (ذكاء اصطناعي)", "Symbolbild (KI)".
  if (!hit && (attached || credit) && s.length < 60 && img.length) {
    // (Not the abbreviation of the AI term spelled out right before it, "Artificial Intelligence (AI)", "인공지능(AI)":
    // the caption's topic, glossed, no label.)
    const glossed = (x: Span): boolean => ai.some((y) => y[1] <= x[0] && /^\s*\(\s*$/.test(s.slice(y[1], x[0])));
    const a = ai.find((x) => /\(\s*$/.test(s.slice(Math.max(0, x[0] - 15), x[0])) && /^[^()]{0,15}\)/.test(s.slice(x[1])) && !glossed(x));
    if (a) hit = a;
  }
  // A bare "AI" badge (nothing else that is a letter or digit: \W would let any non-Latin text by).
  if (!hit && attached && /^[^\p{L}\p{N}]*(?:AI|KI|IA|YZ)[^\p{L}\p{N}]*$/u.test(s)) return 'self';
  // A platform's standing label under one image, a few words that end with the AI term: "Made with AI",
  // "Forestillet med AI", "Généré par IA", "จินตนาการด้วย AI": a participle and a preposition before the
  // loan-word, in any language. Not a topic ("Sam Altman on AI", "the future of AI": a topic word or a
  // name before it), nor a short negation ("Ikke AI", "Sin IA": fewer than 7 letters besides the term),
  // nor a sentence run together in a script without spaces ("ภาพนี้เป็นภาพจริง ไม่ได้ตกแต่ง ไม่ใช่ AI": more
  // than 22 letters, or a clause mark, before it).
  const last = ai[ai.length - 1];
  if (!hit && attached && last && s.length <= 40 && !/\d/.test(s) && PHRASE_END.test(s.slice(last[1]))) {
    const rest = s.slice(0, last[0]);
    const words = rest.trim().split(/\s+/);
    const letters = (rest.match(/[\p{L}\p{M}]/gu) ?? []).length;
    // The word before the term is a preposition (at most 4 letters: "med", "par", "с", "avec" l'), or,
    // in a script written without spaces, the label is one run ("จินตนาการด้วย AI"); not a verb's object
    // ("Europe regulates AI", "Europa regula la IA").
    const prev = words[words.length - 1]!.replace(/[ldLD][’']$/u, '');
    const prep = words.length > 1 && (prev.match(/[\p{L}\p{M}]/gu) ?? []).length <= 4;
    if ((prep || (words.length === 1 && UNSPACED.test(prev))) && words.length <= 3 && letters >= 7 && letters <= 22 && !/[,;:.!?،，。]/.test(rest) && !SHORT_TOPIC.test(rest) && !words.slice(1).some((w) => /^\p{Lu}/u.test(w))) hit = last;
  }
  // What was made is no image: "AI-generated description / alt text / summary".
  // ("The alt text of this image was generated by AI": the description comes first, the image after it.)
  // (Not the participle of a text verb that holds the noun's stem: "summarised by AI" is a notice about the text.)
  const textVerbs = spans(TEXT_VERB, s);
  const about = spans(ABOUT, s).filter(([a, b]) => !textVerbs.some(([c, d]) => c <= a && b <= d));
  // ("Tämän kuvan vaihtoehtoinen teksti", "image description": the image noun right before it modifies it;
  // "Bildbeschreibung": or heads the compound whose last part it is.)
  const described = about.some(([a]) => img.some(([b, e]) => a > b && a - e <= 3));
  // (With no image noun known, the description named before the AI phrase is what was made:
  // "Alternativteksten til dette billede er genereret af AI" in a language whose image noun is unknown.)
  // (Or the description is the subject of the AI phrase's own sentence, an image named in a sentence before it: "All
  // images in this series are real photographs. — Their descriptions, on the other hand, are all generated by AI.")
  // (interpret.ts joins them with a dash.)
  const joint = hit ? s.lastIndexOf(' — ', hit[0]) : -1;
  const describedHere = joint >= 0 && about.some(([a]) => a > joint && a < hit![0]) && !img.some(([b]) => b > joint && b < hit![0]);
  if (hit && (near([hit], about, 12) || described || describedHere || (about.length && about[0]![0] < (img[0]?.[0] ?? hit[0])))) return null;
  // AI as a topic: "Conceptual illustration on AI image generation", "Grafik über KI".
  // (Not "Kuva on tekoälyn tuottama", the Finnish and Estonian "is": the AI term then a making
  // participle that ends the phrase is what made the image, not a topic.)
  const madeBy = (a: Span): boolean => gen.some(([g, e]) => g >= a[1] && /^[\p{L}\p{M}]{0,3}\s?$/u.test(s.slice(a[1], g)) && PHRASE_END.test(s.slice(e).replace(/^[\p{L}\p{M}]*/u, '')));
  if (hit && ai.length && TOPIC.test(s.slice(Math.max(0, ai[0]![0] - 12), ai[0]![0])) && !madeBy(ai[0]!)) return null;
  // ("The photos in the article were made with AI", a note standing apart: the image noun opens it, as
  // its subject, and the article's noun follows it closely, a word of its own, no name between or
  // after them: not "the photos in the Guardian article", "w artykule Reutersa".)
  const docs = spans(DOC, s);
  const ofDoc = !attached && img.length > 0 && img[0]![0] < 24 && docs.some(([a, b]) => {
    const e = img[0]![1];
    return a >= e && a - e <= 20 && !/[\p{L}\p{M}]/u.test(s[a - 1] ?? '') && !/\s\p{Lu}/u.test(s.slice(e, a)) && !/^[\p{L}\p{M}]*\s+\p{Lu}/u.test(s.slice(b));
  });
  // ("The illustrations you see here were made with AI": the images shown with the note, the article's.)
  const scoped = !!(near(spans(DEM, s), docs, 2) ?? quantifies(spans(QUANT, s), img)) || INI.test(s) || ofDoc || (img.length > 0 && HERE.test(s));
  if (!img.length) {
    // No image named: a notice about the text ("this article was translated with AI"; a short
    // "Translated with AI" line), or a bare label under an image.
    // (Under an image, a making verb says what was made of the post it sits in, its image: "Generative AI may
    // have been used to create or edit content in this post", a platform's label; only a text verb, "written",
    // "translated", names the text there. A text verb inside a making phrase, "used to create", is that phrase.)
    const textOnly = textVerbs.filter(([a, b]) => !gen.some(([c, d]) => c <= a && b <= d));
    const tv = near([...ai, ...tools], attached ? textOnly : [...textVerbs, ...gen], 50);
    // (Such a label runs long in most languages, "L'IA générative a peut-être été utilisée pour créer ou modifier du
    // contenu dans cette publication": under an image, a making verb and "this post" are enough.)
    const making = near([...ai, ...tools], gen, 50);
    if (attached && !tv && making && scoped && !news && !negated(s, making) && !/[?？]\s*$/.test(s)) return 'self';
    // (Or the document's noun opens it as its subject, standing apart: "Der Text wurde mithilfe künstlicher
    // Intelligenz erstellt …", "Texto produzido com apoio de IA."), the AI phrase closing its clause (not "El texto
    // generado por IA fue retirado por el diario tras las críticas": what became of a text, reported).)
    const docFirst = !attached && !news && !!tv && docs.length > 0 && docs[0]![0] < tv[0] && opening(s, docs[0]![0]) &&
      words(s.slice(tv[1]).replace(/^[\p{L}\p{M}]*/u, '').split(CLAUSE_END)[0]!).length <= 2;
    // (Or, in a short note standing apart, the article's noun is the object right before the making verb that closes the
    // note, the AI or its generator the tool: "※ChatGPTを使用して記事を作成しています。", "챗GPT로 기사를 작성했습니다."; not
    // "ChatGPTで記事を作成する方法", a how-to's title, whose verb a noun follows.)
    const closesNote = (e: number): boolean => {
      const rest = s.slice(e);
      return UNSPACED.test(s[e - 1] ?? '') ? /^[\u3040-\u309F\s。.!！]*$/u.test(rest) : words(rest.replace(/^[\p{L}\p{M}]*/u, '').split(CLAUSE_END)[0]!).length === 0 && /^[\p{L}\p{M}]*[\s.!。]*$/u.test(rest);
    };
    const docMade = !attached && !news && !!tv && s.length < 60 &&
      docs.some(([, d]) => [...gen, ...textVerbs].some(([g, e]) => g >= d && g - d <= 2 && closesNote(e)));
    // (A gallery's note whose verb makes, no text verb near the AI: its pictures, "In questa gallery, abbiamo chiesto al
    // programma con AI che realizza creazioni realistiche …".)
    if (!attached && !news && GALLERY.test(s) && making && !near([...ai, ...tools], textOnly, 50) && !negated(s, making)) return 'page';
    if (tv && (scoped || docFirst || docMade || (!attached && !news && s.length < 60 && near([...ai, ...tools], textVerbs, 30))) && !negated(s, tv)) return 'text';
    // (Not a question: "Made with AI?" in a post's reply asks, it does not label.)
    // (A longer caption whose last clause is the AI phrase: "One is Leonardo's original, the other was
    // generated by artificial intelligence.")
    const clause = s.length - Math.max(s.lastIndexOf(','), s.lastIndexOf(';'), s.lastIndexOf('，')) - 1;
    const short = s.length < 80 || (!!hit && hit[0] >= s.length - clause && clause < 60 && PHRASE_END.test(s.slice(hit[1]).replace(/^[\p{L}\p{M}]*/u, '')));
    return hit && (!news || creditHit) && !negated(s, hit) && attached && short && !/[?？؟]\s*$/.test(s) ? 'self' : null;
  }
  // A short caption that names its image an AI image ("Falešný obrázek z AI generátoru", "Fake AI image
  // of the pope") speaks of the image it sits under, fake or not: the reporting cues do not veto it.
  // (Only the "AI image" compound: "AI로 생성한 가짜 사진이 확산", a fake made with AI spreading, is news.)
  const short = attached && !!compound && s.split(/\s+/).length <= 6;
  // ("Afbeelding gegenereerd door Midjourney op basis van de prompt: …": a caption that opens with the
  // image noun and its making participle, "Image generated by …", names its image whatever follows,
  // even when it goes on to report: "Imagen generada por IA que difundieron algunos medios…". Not
  // "Le foto generate dall'IA superano la realtà": with its article, the noun is a sentence's subject.)
  // ("La imagen generada por la IA que difundieron algunos medios…": under its image, the noun with its
  // article opens a caption all the same when a relative clause follows the AI phrase: a noun phrase.)
  const article = attached && !!hit && WHICH.test(s.slice(hit[1])) ? /^(?:[\p{L}\p{M}]{1,3}[\s'’])?[\p{L}\p{M}-]*$/u : /^[\p{L}\p{M}-]*$/u;
  // (Or it opens with the image noun and the AI phrase, set off by a comma, closes it: "Foto difundida en redes
  // sociales sobre la captura de Maduro, creada con IA.": an apposition saying what the photo is; not "Zdjęcie
  // podejrzewane o wygenerowanie przez AI", suspected of.)
  const opens = !!hit && img.length > 0 && article.test(s.slice(0, img[0]![0])) &&
    (gen.some(([a]) => a > img[0]![1] && /^\s[\p{L}\p{M}]{0,4}$/u.test(s.slice(img[0]![1], a))) ||
      (hit[0] > img[0]![1] && /,\s*$/.test(s.slice(0, hit[0])) && /^[\s.!?。]*$/.test(s.slice(hit[1]))));
  if (!hit || (news && !short && !(attached && opens) && !creditHit) || negated(s, hit)) return null;
  if (FOLLOWING.test(s)) return 'next';
  if (ABOVE.test(s)) return 'prev';
  if (scoped) return LEAD.test(s) ? 'lead' : 'page';
  // A longer sentence says what its image is only when the AI phrase ends its clause ("This image
  // is AI-generated and does not depict…"), not when another verb follows ("Le foto generate
  // dall'IA superano la realtà", "the AI-generated image … sparked a debate").
  // ("AI-generated image of a street": the image noun right after the AI phrase heads it, and names the image.)
  // (Auxiliaries closing a verb-final clause are no words of another verb: "AI द्वारा क्रिएट किया गया है".)
  const heads = img.some(([a]) => a >= hit[0] && a - hit[1] <= 12 && words(dropEnd(s.slice(hit[1], a).replace(/^[\p{L}\p{M}]*/u, ''), LETTER)).length === 0);
  // (Or the generator's phrase closes its clause, whatever an apposition then says of it: "This image was generated
  // by Midjourney, an AI model trained on …".)
  const closes = (x: Span): boolean => words(s.slice(x[1]).split(CLAUSE_END)[0]!).length <= 2;
  const toolEnds = tools.some((t) => (PREP.test(s.slice(Math.max(0, t[0] - 40), t[0])) || !!near([t], gen, 40)) && closes(t));
  const ends = closes(hit) || heads || toolEnds;
  // (Under its image, with the image noun its subject, opening it, a short phrase that opens with a
  // preposition may close the clause: "The image was generated with AI from the planners' drawings",
  // "This image was generated with artificial intelligence by the newsroom"; not "Many people share
  // images generated by Midjourney on social media this week".)
  const tail = s.slice(hit[1]).split(CLAUSE_END)[0]!.trim().split(/\s+/).filter(Boolean);
  const prepTail = img[0]![0] < 12 && tail.length <= 4 && /^\p{Ll}{1,4}$/u.test(tail[0] ?? '');
  // (Or the AI phrase heads an image noun, anywhere in the caption: "ताजमहल AI द्वारा बनाई गई तस्वीर में …", the Taj
  // Mahal in the AI-made picture; "Pave Frans … å lage datagenererte bilder av".)
  // (Or the caption is a noun phrase its image noun closes, as head-final languages build them: "DALL-E에 “아보카도
  // 의자”를 입력하여 얻을 수 있는 이미지", the image one gets by putting "avocado chair" into DALL-E; "生成AIで作ったイメージ画像".)
  const closedByImage = img.some(([, e]) => /^[^\p{L}\p{N}]*$/u.test(s.slice(e)));
  if (attached) return s.split(/\s+/).length <= 8 || credit || opens || (img[0]![0] < 24 && ends) || heads || !!predicate || !!active || prepTail || closedByImage ? 'self' : null;
  // Standing apart, the image named first, as the subject: "The image was created with AI" (not a
  // step of an argument: "But the image was made with AI", a fact-check's finding).
  // ("The cover image was generated with AI", "Das Titelbild wurde mit KI erstellt": the article's first image.)
  // (Not a fact-check's correction, "Gambar itu bukan foto asli, melainkan dibuat dengan kecerdasan buatan": a negation,
  // then "but rather" before the AI phrase; nor a subject whose relative clause the sentence goes on with, "Foto hasil
  // rekayasa AI, yang memperlihatkan ledakan …, sempat membuat pasar saham AS anjlok"; nor an image noun in a phrase
  // of its own, "В качестве иллюстрации использовали созданное ИИ изображение", as an illustration they used …:
  // the subject has at most a word before it, the lead's nouns aside.)
  // (Or a colon or dash for the "but rather": "La foto … non è autentica: è un'immagine generata con l'IA". Not
  // "This image is not a photograph: it was made with AI": the page's own image, named with a demonstrative.)
  const corrected = [...matchesOf(MID_CONTRAST, s.slice(0, hit[0])), ...s.slice(0, hit[0]).matchAll(/\s?[:：–—]\s/g)]
    .some((m) => m.index > 0 && NEG_BEFORE.test(s.slice(0, m.index))) && !near(spans(DEM, s), [img[0]!], 2);
  const subject = opening(s, img[0]![0]) || LEAD.test(s);
  // (The active voice standing apart, its subject the AI: "Midjourney created this image.", the image it names.)
  // (Not an exclamation that names no image of its own: a headline or a fact-check's teaser exclaims, "صورة مصنوعة بالذكاء
  // الاصطناعي حيّرت الجميع!", an AI-made picture puzzled everyone!; a note may, pointing at its pictures: "이 그림들은 DALL-E
  // 2라는 놀라운 인공지능이 그린 그림입니다!", these pictures were drawn by an AI.)
  const exclaims = /[!！]\s*$/.test(s) && !spans(DEM, s).length;
  if (active && s.length < 150 && !exclaims && !corrected && !WHICH.test(s.slice(active[1])) && !/[?？]\s*$/.test(s) && !CONTRAST.test(s)) return 'one';
  if (img[0]![0] < hit[0] && img[0]![0] < 24 && s.length < 150 && ends && subject && !exclaims && !corrected && !WHICH.test(s.slice(hit[1])) && !/[?？]\s*$/.test(s) && !CONTRAST.test(s)) return LEAD.test(s) ? 'lead' : 'one';
  return null;
}

/** Does the sentence name an image (an image noun of any language)? */
export const namesImage = (s: string): boolean => patterns().IMG_IN.test(s.replace(MARKS, ''));

/** Is the sentence's first image noun a plural ("The images were…", "Die Bilder wurden…")? */
export function namesImages(s: string): boolean {
  const t = s.replace(MARKS, '');
  const { IMG_IN, PLURAL } = patterns();
  const img = IMG_IN.exec(t);
  const many = PLURAL.exec(t);
  return !!img && !!many && many.index <= img.index;
}

/** Does the statement name a gallery (its scope is then that gallery)? */
export const namesGallery = (s: string): boolean => patterns().GALLERY.test(s.replace(MARKS, ''));

const SENTENCES = /(?<=[.!?؟।۔])\s+(?=\P{Ll})|(?<=[。！？])/u;

export function sentences(text: string): string[] {
  return text.split(SENTENCES).map((x) => x.trim()).filter(Boolean);
}

/**
 * True when the text (a sentence or a short paragraph) discloses that an image is AI-generated,
 * e.g. the caption the text cleaner must keep out of the summary. Context-free, so it accepts
 * what would be a disclosure if it sat under an image.
 */
export function isAiImageDisclosureText(text: string): boolean {
  return sentences(text.replace(/\s+/g, ' ')).some((s) => {
    const c = classifySentence(s, true);
    return c !== null && c !== 'text';
  });
}
