/**
 * The languages of AI disclosures, one file each (ar.ts, de.ts …): adding a language is adding its
 * file and its line in each record below. A language lists what it has; tables shared by several
 * languages (the Romance "IA", "foto") are listed in each and merged when compiled.
 *
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are literal
 * phrases, /slashed/ ones regex fragments. Matched case-insensitively unless said otherwise; most
 * entries are stems, matched anywhere in a word ("generat" in "AI-generated").
 */
import type { Table } from '../../../phrases';
import * as ar from './ar';
import * as bg from './bg';
import * as bn from './bn';
import * as ca from './ca';
import * as cs from './cs';
import * as da from './da';
import * as de from './de';
import * as el from './el';
import * as en from './en';
import * as es from './es';
import * as et from './et';
import * as fa from './fa';
import * as fi from './fi';
import * as fr from './fr';
import * as gu from './gu';
import * as he from './he';
import * as hi from './hi';
import * as hr from './hr';
import * as hu from './hu';
import * as id from './id';
import * as it from './it';
import * as ja from './ja';
import * as ko from './ko';
import * as lt from './lt';
import * as lv from './lv';
import * as ms from './ms';
import * as mul from './mul';
import * as nb from './nb';
import * as nl from './nl';
import * as nn from './nn';
import * as pl from './pl';
import * as pt from './pt';
import * as ro from './ro';
import * as ru from './ru';
import * as sk from './sk';
import * as sl from './sl';
import * as sr from './sr';
import * as sv from './sv';
import * as sw from './sw';
import * as ta from './ta';
import * as te from './te';
import * as th from './th';
import * as tl from './tl';
import * as tr from './tr';
import * as uk from './uk';
import * as ur from './ur';
import * as vi from './vi';
import * as zh from './zh';

/** What makes a text worth classifying (src/ai/hint.ts): it mentions AI. */
export interface Terms {
  /** AI abbreviations, case-sensitive so "si"/"ia"/"Ai Weiwei" do not match; CJK neighbours allowed. */
  readonly abbreviations?: Table;
  /** "artificial intelligence". The rest of a word is `(?:(?!stem)\S)*`, not `\S*` (`\w` likewise): it
   *  stops where the stem comes again, so a word full of stems is not read again from each (quadratic
   *  time); a match in such a word starts at its last stem. */
  readonly ai: Table;
}

/** What a disclosure says (src/ai/language.ts): word classes, not phrase lists, so unseen wording
 *  in a known language still matches. */
export interface Wordings {
  /** What a making verb may be about that is no image: "AI-generated description / alt text / summary".
   *  Next to the AI phrase, it makes the statement none about an image. */
  readonly about?: Table;
  /** "the image above". */
  readonly above?: Table;
  /** Auxiliaries that may close a clause after a participle in verb-final languages (hi "बनाई गई है",
   *  "क्रिएट किया गया है"), whole words: they do not count as words after the AI phrase. */
  readonly aux?: Table;
  /** A request to an AI in the first person ("we asked", "le pedimos", "abbiamo chiesto", "мы … попросили"): a
   *  newsroom's note that it had an AI or a generator make the pictures ("We prompted the AI software to generate
   *  a photo of Leeds…", "La misma pregunta le hicimos a Gemini … y este es el resultado:"). */
  readonly asked?: Table;
  /** Scope "all/some images", whole words… */
  readonly all?: Table;
  /** …or, in scripts without word boundaries, anywhere. */
  readonly allAnywhere?: Table;
  /** A connective that opens a sentence as a step of an argument ("But", "However", "Όμως"): "But the
   *  image was made with AI" in a fact-check's prose is its finding, not a note on this page's image. */
  readonly contrast?: Table;
  /** Scope "this article/page/post": the document noun next to a demonstrative… */
  readonly document?: Table;
  /** …or the whole phrase, where the demonstrative follows the noun. */
  readonly documentThis?: Table;
  /** "the following image". */
  readonly following?: Table;
  /** A gallery or slideshow: a note naming one covers that gallery, not every image of the page. */
  readonly gallery?: Table;
  /** Deixis that points at the images shown with a note ("the illustrations you see here", "hier zu
   *  sehen", "які ви тут бачите"): like "in this article", the note's scope is the article's images. */
  readonly here?: Table;
  /** The article's lead image ("the cover image", "featured image", "Titelbild", "imagen de portada",
   *  "image de une"): a note naming it covers the article's first image, wherever the note stands. */
  readonly lead?: Table;
  /** A likeness right before the AI phrase ("như do AI tạo ra", as if made by AI; "仿佛", "كأنها"): a
   *  hedge, said of what looks made, not a disclosure (matched in the few characters before it)… */
  readonly like?: Table;
  /** …or right after it, where the likeness follows ("AI가 만든 것 같은", "yapay zeka ile üretilmiş gibi"). */
  readonly likeAfter?: Table;
  /** A sentence's opening "this is how" ("So", "Así", "Вот так", "Nõnda"): with a verb of seeing or imagining (`sees`)
   *  whose subject is the AI, "as the AI sees it" ("So sieht die KI …", "Вот так Midjourney видит …"), a caption of
   *  what the AI pictured, or the line before it. */
  readonly how?: Table;
  /** Image nouns: "AI image", "KI-Bild". */
  readonly image?: Table;
  /** Standing labels that say AI by themselves when they are all a text under an image says
   *  (platforms' "AI info"), matched as the whole text. */
  readonly labels?: Table;
  /** Participles of make/create/generate; present tenses ("tools generate images") stay out. */
  readonly made?: Table;
  /** Reporting about AI images, fact-checks, detectors, explainers, ads, and reported speech (another
   *  outlet's apology, "said", "according to"), and policies about labels: not a disclosure. */
  readonly news?: Table;
  /** Negation words that come before the verb (most languages), whole words… */
  readonly not?: Table;
  /** …negation after the verb (Japanese, Korean, Turkish suffixes), up to the next comma (case-sensitive)… */
  readonly notAfter?: Table;
  /** …and negations matched anywhere before the verb ("n't", "不是"). */
  readonly notAnywhere?: Table;
  /** What makes a question take an image's origin as given rather than ask it: a verb of knowing or noticing
   *  over it ("Did you know…", "Ville du lagt merke til at dette bildet er helt syntetisk?") or a request for an
   *  opinion of the AI-made work ("What do you think of…", "…resmedilmesini nasıl buldunuz?"). A question
   *  without one asks ("Was this photo generated by AI?") and discloses nothing. */
  readonly presuppose?: Table;
  /** A topic's label before a colon ("Thema: KI", "Topic: AI", "Mehr zum Thema: KI"): it names what a
   *  teaser or picture is about, not who made it, so what follows is no credit. */
  readonly subject?: Table;
  /** Verbs of seeing or imagining, the AI their subject: "sees", "imagines", "sieht", "imagina", "видит", "näeb" (see `how`). */
  readonly sees?: Table;
  /** Demonstratives ("this", "diese"), whole words… */
  readonly this?: Table;
  /** …or, in scripts without word boundaries, anywhere. */
  readonly thisAnywhere?: Table;
  /** A preposition right before a generator's name: "made with Midjourney", "via DALL-E". */
  readonly via?: Table;
  /** The writer in the first person ("we", "I", "our", "wir", "nous", "-amos", "мы"), whole words: a note standing
   *  apart in the first person that names the AI or a generator and an image is the writer's own account of how the
   *  article's pictures were made ("Se nos ha ocurrido preguntarle a la inteligencia artificial … de imágenes DALL-E").
   *  Pooled, so a word that is the first person in one language and common in another stays out (Italian "ma" and
   *  "ho", Czech "je", Croatian "sam", Slovenian "sem", Slovak "som": "but", "him", "is", "Sam", Hungarian "nor", Swedish "that"). */
  readonly we?: Table;
  /** Relative pronouns: right after the AI phrase of a caption that opens with its image noun
   *  ("La imagen generada por la IA que difundieron algunos medios…"), the caption is a noun phrase
   *  naming its image, whatever the clause then says. */
  readonly which?: Table;
  /** Text (not image) notices: the article was written or translated with AI. */
  readonly written?: Table;
}

/** Every language's terms, by language code; `mul` (multiple languages) holds the loan-word "AI" they share. */
export const TERMS: Readonly<Record<string, Terms>> = {
  ar: ar.terms,
  bg: bg.terms,
  bn: bn.terms,
  ca: ca.terms,
  cs: cs.terms,
  da: da.terms,
  de: de.terms,
  el: el.terms,
  en: en.terms,
  es: es.terms,
  et: et.terms,
  fa: fa.terms,
  fi: fi.terms,
  fr: fr.terms,
  gu: gu.terms,
  he: he.terms,
  hi: hi.terms,
  hr: hr.terms,
  hu: hu.terms,
  id: id.terms,
  it: it.terms,
  ja: ja.terms,
  ko: ko.terms,
  lt: lt.terms,
  lv: lv.terms,
  ms: ms.terms,
  mul: mul.terms,
  nb: nb.terms,
  nl: nl.terms,
  nn: nn.terms,
  pl: pl.terms,
  pt: pt.terms,
  ro: ro.terms,
  ru: ru.terms,
  sk: sk.terms,
  sl: sl.terms,
  sr: sr.terms,
  sv: sv.terms,
  sw: sw.terms,
  ta: ta.terms,
  te: te.terms,
  th: th.terms,
  tl: tl.terms,
  tr: tr.terms,
  uk: uk.terms,
  ur: ur.terms,
  vi: vi.terms,
  zh: zh.terms,
};

/** Every language's wordings, by language code; `mul` holds the loan-word stems they share. */
export const WORDINGS: Readonly<Record<string, Wordings>> = {
  ar: ar.wordings,
  bg: bg.wordings,
  bn: bn.wordings,
  ca: ca.wordings,
  cs: cs.wordings,
  da: da.wordings,
  de: de.wordings,
  el: el.wordings,
  en: en.wordings,
  es: es.wordings,
  et: et.wordings,
  fa: fa.wordings,
  fi: fi.wordings,
  fr: fr.wordings,
  gu: gu.wordings,
  he: he.wordings,
  hi: hi.wordings,
  hr: hr.wordings,
  hu: hu.wordings,
  id: id.wordings,
  it: it.wordings,
  ja: ja.wordings,
  ko: ko.wordings,
  lt: lt.wordings,
  lv: lv.wordings,
  ms: ms.wordings,
  mul: mul.wordings,
  nb: nb.wordings,
  nl: nl.wordings,
  nn: nn.wordings,
  pl: pl.wordings,
  pt: pt.wordings,
  ro: ro.wordings,
  ru: ru.wordings,
  sk: sk.wordings,
  sl: sl.wordings,
  sr: sr.wordings,
  sv: sv.wordings,
  sw: sw.wordings,
  ta: ta.wordings,
  te: te.wordings,
  th: th.wordings,
  tl: tl.wordings,
  tr: tr.wordings,
  uk: uk.wordings,
  ur: ur.wordings,
  vi: vi.wordings,
  zh: zh.wordings,
};
