/**
 * Language patterns of page furniture that Readability keeps inside the article: what a reader
 * skips without reading. English, German, French, Spanish, Italian, Portuguese and Dutch. The
 * cleaner tests them on short lines only, and each is anchored to the line's start, so a story
 * sentence that merely mentions "newsletter" or "click" is never dropped. The wordings are tables in
 * phrases/furniture.ts, compiled here once.
 */
import { regex } from '../phrases';
import * as P from './phrases/furniture';
import { UNSPACED } from './words';
import { spacedWords } from '../util';

/**
 * One pattern for the lines that go whatever their position:
 * - AI-image disclaimers: "This image is AI-generated…", "Symbolbild: KI-generiert", "created with AI";
 * - datelines: "Devdiscourse News Desk | Updated: 28-04-2025 09:57 IST", "Publié le 3 mai";
 * - agency and reporting credits: "(With inputs from agencies.)", "(Reporting by …; Editing by …)";
 * - share, follow, click and newsletter prompts ("Get New York Today in your inbox", "… Check it out
 *   here.", "Follow Backchannel: Twitter | Facebook"), an editor's promo set in brackets ("[Listen to
 *   the podcast here.]"), player and gallery labels ("Now playing:", "Gallery: … | 14 Photos");
 * - Chinese editor and source lines ("[责任编辑:肖春芳]", "作者︱春春");
 * - copyright notices ("Copyright 2019 The Associated Press. All rights reserved.").
 */
export const FURNITURE_LINE = /*#__PURE__*/ regex(
  'i',
  '^(?:.{0,40}\\b(?:', P.AI_TERMS, ')[- ]?(?:', P.AI_GENERATED, ')\\b',
  '|.{0,60}\\b(?:generated|created|made) (?:by|with|using) (?:ai|artificial intelligence)\\b',
  // (One `\s*` per gap, and the promo word below looked for once, ahead: `\s*(?:on)?\s*[:|]?\s*` would
  // split a run of spaces every way, `[^\]]*\b(?:…)\b[^\]]*` try every word against the rest.)
  '|(?:.{0,80}\\|\\s*)?(?:', P.DATELINE_LABELS, ')\\s*(?:(?:', P.DATELINE_PREPOSITIONS, ')\\s*)?(?:[:|]\\s*)?\\d',
  '|\\(?\\s*(?!\\s)(?:', P.CREDITS, ')\\b[^()]{0,200}\\)?\\.?$',
  '|', P.PROMPTS, ')',
  // (Up to the channel or the next sign-up word, the nearer one to it: not 60 characters from each.)
  '|\\b(?:', P.SIGN_UP, ')\\b(?:(?!\\b(?:', P.SIGN_UP, ')\\b).){0,60}?\\b(?:', P.CHANNELS, ')\\b',
  '|\\b(?:in|to) your inbox\\b',
  '|^\\[(?=[^\\]]*?\\b(?:', P.BRACKETED_PROMOS, ')\\b)[^\\]]*\\]\\.?$',
  '|\\b(?:', P.HERE_PROMPTS, ') here\\.?$',
  '|^(?:', P.PLAYER_LABELS, ')\\s*:',
  '|^(?:photo )?gallery\\s*:.{1,80}\\|\\s*\\d+\\s+(?:photos|images|pictures)$',
  // (The name ends in a space only before a colon, or is one character: the spaces go to `\s*`, read once.)
  '|^follow (?:[^:]|[^:]{2,40}(?:(?<!\\s)|(?!\\s))):?\\s*(?!\\s)(?:on )?(?:', P.SOCIAL_NETWORKS, ')\\b',
  '|^[\\[【(（]?\\s*(?:', P.EDITOR_LABELS, ')\\s*[:：︱|丨]',
  '|^(?:copyright\\s+(?:©\\s*)?\\d{4}|©|\\(c\\)).{0,160}\\b(?:', P.RIGHTS_RESERVED, ')\\b',
);

/** A whole line that is a page label, never a sentence of a story (P.PAGE_LABELS): an ad slot, a
 *  reading-time badge, a relative dateline, a like button, a widget's sponsor, a bare "By". */
export const LABEL_LINE = /*#__PURE__*/ regex('i', '^(?:', P.PAGE_LABELS, ')\\.?$');

/** A byline line near the top or bottom: "By Jane Doe and John Smith", "Von Max Muster | dpa". */
export const BYLINE_LINE = /*#__PURE__*/ regex(
  'u',
  '^(?:', P.BYLINE_BY, ')\\s+\\p{Lu}[\\p{L}.\'’-]*',
  '(?:\\s+(?:\\p{Lu}[\\p{L}.\'’-]*|,|&|', P.BYLINE_JOINERS, '))*\\s*(?:[|,–-].{0,60})?$',
);

/** Photo credit lines: "Photo: Reuters", "Image Credits: …", "Top photo by …", "Image copyright Getty Images",
 *  "© AFP", "(Getty Images)", "Jane Doe/AFP via Getty Images". */
export const PHOTO_CREDIT = /*#__PURE__*/ regex(
  'i',
  '^(?:\\(?\\s*(?!\\s)(?:(?:', P.PHOTO_POSITIONS, ') )?(?:', P.PHOTO_WORDS, ')s?(?: credits?)?\\s*(?:[:©/]|by\\b)',
  '|(?:image|photo|media) copyright\\b|©',
  '|\\(?(?:', P.PHOTO_AGENCIES, ')\\b.{0,40}\\)?$',
  // The name: at least two characters, at most 40 up to its last non-space (`[\w .'’-]{2,40}\s*`, without trying
  // every split of its spaces).
  '|(?=[\\w .\'’-]{2})(?:[\\w .\'’-]{0,39}[\\w.\'’-])?\\s*\\/\\s*(?:', P.PHOTO_AGENCIES_AFTER_NAME, ')(?:\\s+via\\s+getty images)?\\)?$)',
);

/** Section labels that open a block of links to other stories ("Also read:", "Lesen Sie auch", "相关阅读：",
 *  "関連記事"), with the punctuation after them: the cleaner compares the label's length with the line's. */
export const RELATED_LABEL = /*#__PURE__*/ regex(
  'i',
  '^(?:(?:', P.RELATED_LABELS, ')\\b|', P.RELATED_LABELS_UNSPACED, ')\\s*[:：.…»>-]*\\s*',
);

/** A request to report errors, at an article's foot: "Spotted an error? Let us know.", "Did we get something
 *  wrong?", "Fehler gefunden?". It opens the line, so a quote ("“If you see a mistake, tell us,” she said")
 *  stays. */
export const CORRECTION_PROMPT = /*#__PURE__*/ regex(
  'i',
  '^(?:', P.CORRECTION_LINES, ')\\.?$',
  '|^(?:if you(?: have)? )?(?:', P.ERROR_SEEN, ')\\s+(?:an?\\s+|any\\s+)?(?:', P.ERRORS, ')\\b.{0,80}\\b(?:', P.TELL_US, ')\\b',
  '|^(?:', P.CORRECTION_OPENINGS, ')',
);

/** A rights notice in Chinese or Japanese: "【…未经授权，不得转载、摘编等。】", "版权所有", "無断転載を禁じます".
 *  Unspaced text has no words to count, so the line's length bounds it. */
export function isCjkRightsNotice(text: string): boolean {
  if (text.length > 160) return false;
  // "版权所有人" is a copyright holder, a story's word: the notice stands alone and short.
  return (
    /(?:未经|未經)[^。]{0,12}?(?:授权|授權|许可|許可)[^。]{0,4}?(?:不得|禁止|严禁|嚴禁)|無断(?:転載|複製)/.test(text) ||
    (text.length <= 80 && /版[权權]所有(?![人者])/.test(text))
  );
}

/** Dates and clock times in any script: "22 Dec, 2016", "May 14, 2025", "2016年10月14日", "10月14日",
 *  "28-04-2025", "2025-04-28", "09:57". */
const DATE_OR_TIME = /*#__PURE__*/ regex(
  'gu',
  /\b\d{1,2}\.? \p{L}{3,10}\.?,? \d{4}\b|\b\p{L}{3,10}\.? \d{1,2},? \d{4}\b/u,
  '|',
  /\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日|\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?/,
  '|',
  /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}:\d\d(?::\d\d)?\b/,
);

/** A line that is a date plus at most a source name ("TNW中文站2016年10月14日07:17", "Reuters 28-04-2025"):
 *  a dateline in any language. */
export function isDatelineOnly(text: string): boolean {
  if (text.length > 60) return false;
  const undated = text.replace(DATE_OR_TIME, ' ');
  if (undated === text) return false;
  const rest = undated.replace(/[\s|·•,:;()–-]+/g, ' ').trim();
  return rest.length <= 12 || rest.split(' ').length <= 3;
}

/** A dated byline at the top or bottom: "Tuesday 15 October 2019 by Bradley M. Kuhn", "By Jane Doe, May 3, 2024",
 *  "Posted by kovarex on 2019-02-15", "Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.". */
export function isDatedByline(text: string): boolean {
  if (text.length > 100) return false;
  const undated = text.replace(DATE_OR_TIME, ' ');
  if (undated === text) return false;
  // "Posted by kovarex, TOGos on 2019-02-15, all posts": said outright, any handle will do.
  // "Posted on Tuesday 15 October 2019 at 09:11 by Bradley M. Kuhn.": so is a post's date line.
  if (/^(?:[Pp]osted|[Ww]ritten|[Pp]ublished)(?: on\b.{1,50})? by\s+\S/.test(text)) return true;
  // What is left: maybe a weekday or a clock's "AM PST", then the byline ("Tuesday   by Bradley M. Kuhn").
  // (`(?<!…)`: the trailing run is matched from its first character only, not tried from each.)
  let rest = undated.replace(/(?<![\s,|·•–-])[\s,|·•–-]+$/, '').replace(/^[\s,|·•–-]+/, '');
  for (let words = 0; words <= 3; words++, rest = rest.replace(/^\p{L}+[\s,|·•–-]+/u, '')) if (BYLINE_LINE.test(rest)) return true;
  return false;
}

/** A photo caption set as a paragraph: AP's "In this photo dated Tuesday, Nov. 29, 2016 the…" and
 *  "In this Nov. 29, 2016 file photo, …" (only with the signs of one: a date, "file/handout/taken/
 *  released/provided", or a credit in brackets at the end, so "In this picture of the economy…"
 *  stays), the Chinese "图为…" and "图注：…" ("the picture shows…", "caption:"), the BBC's "Image
 *  caption …", and a caption that ends with its credit ("Raspberry Pi 3 - A credit card sized PC -
 *  Image: Raspberry Pi Foundation", "… after the election. (Thomas Coex/AFP/Getty Images)"). */
export function isPhotoCaption(text: string): boolean {
  if (
    /^(?:图为|圖為|图片为|圖片為|图注|圖註|图说|圖說)/.test(text) ||
    /^(?:image|media) caption\s/i.test(text) ||
    // The credit: 1–60 characters, spaces before it aside (or a space), as `\s*[^.:]{1,60}$` read it, without
    // trying every split of the spaces.
    /\s[-–|]\s(?:image|photo|picture|foto|bild|credit)\s*:\s*(?:[^.:\s][^.:]{0,59}|\s)$/iu.test(text)
  )
    return true;
  // A caption that ends with its credit line in brackets, names between slashes or an agency, after a
  // full stop: "… after the election. (Thomas Coex/AFP/Getty Images)", "(AP Photo/Evan Vucci)",
  // "… most of them foreign tourists. (Reuters)". A story's "(Windows/Mac)" follows no full stop.
  if (text.endsWith(')') && /[.!?]["'”’]?\s+\((?:\p{Lu}[^()/]{0,40}(?:\/\p{Lu}[^()/]{0,40})+|AP|AFP|Reuters|Getty Images|EPA|Bloomberg|Xinhua)\)$/u.test(text)) return true;
  if (!/^In this (?:[\p{L}\d.,'’-]+ ){0,6}?(?:photo(?:graph)?|image|picture|frame grab|video grab)s?(?![\p{L}-])/iu.test(text)) return false;
  return (
    /\b(?:file|handout|undated|taken|released|provided|dated|made available)\b/i.test(text.slice(0, 80)) ||
    text.slice(0, 80).replace(DATE_OR_TIME, '') !== text.slice(0, 80) ||
    // (The agency is looked for once, ahead, not each occurrence against the rest of the bracket.)
    /\((?=[^()]*?\b(?:AP|AFP|Reuters|Getty|EPA|photo|via)\b)[^()]*\)\s*$/.test(text)
  );
}

/** A breadcrumb trail before the story: "Home > World > Asia", "福娘童話集 > きょうのイソップ童話 > 欲張りなイヌ". */
export function isBreadcrumb(text: string): boolean {
  // Separators with spaces on both sides: a French quote (« Non », a-t-il dit) is not a trail. (A run of
  // spaces is tried from its first only.)
  const parts = text.split(/(?<!\s)\s+[>›»]\s+/);
  return text.length <= 160 && parts.length >= 3 && parts.every((p) => p.length > 0 && p.length <= 40);
}

/** An edge line that dates the story or credits helpers: "CNNMoney (New York) First published
 *  February 1, 2016: 1:28 AM ET", "Heba Habib contributed to this report.", "This article originally
 *  appeared on The Atlantic." Only the first or last
 *  lines of an article are tested: inside it, such words belong to the story. */
export const EDGE_LINE = /*#__PURE__*/ regex(
  'iu',
  /(?:^|\s)(?:first )?(?:published|updated|posted)\b[^.]{0,24}\d{1,2},? \d{4}/,
  '|',
  /^this (?:article|story|post) (?:was )?(?:originally |first )?(?:appeared|published|reprinted|ran)\b.{0,80}$/,
  '|',
  /^[\p{L} .,'’&-]{3,120}\b(?:contributed|contributed reporting|also contributed)\b(?: to)?(?: (?:this|the) (?:report|story|article))?\.?$/u,
);

/** A line at the top that is a label, not a sentence: a section or a button ("Save", "Docs",
 *  "Biz & IT —", "Found This Helpful"), or a counter with no word at all ("1 / 5"). */
export function isHeadLabel(text: string, tag: string): boolean {
  // A kicker that leads into the headline, in whatever element: "Biz & IT —".
  if (/\s[—–|]$/.test(text) && text.split(/\s+/).length <= 4) return true;
  if (!/^(?:P|DIV|SPAN|A)$/.test(tag)) return false;
  if (!/\p{L}/u.test(text)) return text.length <= 12;
  if (/[.!?…。！？:;"'”’»)\]]\s*$/u.test(text)) return false;
  // Unspaced scripts have no words to count: a label there is a few characters.
  if (UNSPACED.test(text)) return text.length <= 8;
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 3;
}

/** The print-edition note, or an author box's heading. */
const TAIL_LABEL = /*#__PURE__*/ regex(
  'i',
  '^(?:a version of this (?:article|story) appears? in print\\b|(?:', P.AUTHOR_BOX_LABELS, ')$)',
);
/** A comment section's heading. */
const COMMENTS_HEADING = /*#__PURE__*/ regex(
  'i',
  '^(?:(?:\\d+\\s+)?(?:', P.COMMENTS, ')(?:\\s*\\(\\d+\\))?|', P.LEAVE_A_COMMENT, ')\\s*:?$',
);
/** A comment section's heading that names the post. */
const COMMENTS_ON = /*#__PURE__*/ regex(
  'i',
  '^(?:\\d+|', P.FEW, ')\\s+(?:', P.RESPONSES, ')\\s+(?:', P.RESPONSES_ON, ')\\s+["“„«\'‘]',
);

/** Where the page's tail begins, when it begins with a label: the print-edition note ("A version of
 *  this article appears in print on …"), an author box ("About the Author"), the comment section's
 *  heading ("2 comments on “…”", "Comments (12)", "Leave a Reply") or the first comment ("John Doe
 *  wrote on February 9, 2021 at 10:16 pm:"). Everything from there on is not the story. */
export function isTailStart(text: string): boolean {
  if (text.length > 120) return false;
  if (TAIL_LABEL.test(text)) return true;
  // A comment section's heading: "Comments (12)", "Leave a Reply", "Join the conversation", or one
  // that names the post: "2 comments on “These Weeks in Firefox: Issue 85”", "3 Kommentare zu „…“".
  if (COMMENTS_HEADING.test(text) || COMMENTS_ON.test(text)) return true;
  // A comment's header names a date and a clock time ("… wrote on February 9, 2021 at 10:16 pm:",
  // "Jane on 3 May 2024 at 09:12 said:"); a story's "On March 3, the president said:" has no clock.
  return /^[^:]{2,60}\b(?:wrote|says|said|commented)\b.{0,60}:$/i.test(text) && /\bat \d{1,2}:\d\d/i.test(text) && text.replace(DATE_OR_TIME, '') !== text;
}

/** What an author's box says right after the name: "Corey Kilgannon is a Metro reporter…", "Steven
 *  Mufson covers the White House.", "Andrés Malamud es periodista…", "Lucas Nolan is a reporter for
 *  Breitbart Tech. Follow him on Twitter". */
const BIO_VERB = /*#__PURE__*/ regex('u', '^\\s*(?:', P.BIO_VERBS, ')\\b');

/** …and what it is about: the job, the beat, the handle. */
const BIO_WORD = /*#__PURE__*/ regex('iu', '\\b(?:', P.BIO_WORDS, ')\\b|@\\w');

/** A paragraph about the article's author, not part of the story: it opens with one of the
 *  authors' names (as the page's metadata gives them), a verb of a biography and what the person
 *  does ("… is a Metro reporter", "… covers the White House"), so "Reuters was unable to reach the
 *  company" stays. Only the last lines of an article are tested; there a reporter never turns to
 *  herself in the third person. */
export function isAuthorBio(text: string, authors: readonly string[]): boolean {
  if (spacedWords(text, 80) > 80) return false;
  // A box set in capitals ("LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR") reads as written.
  const t = text === text.toUpperCase() && /\p{Lu}/u.test(text) ? text.toLowerCase() : text;
  if (!BIO_WORD.test(t)) return false;
  return authors.some((a) => {
    const name = t === text ? a : a.toLowerCase();
    return a.length >= 5 && t.startsWith(name) && BIO_VERB.test(t.slice(name.length));
  });
}

/** A line at the end that says how to reach the author or the newsroom, with an address: "Contact Jane
 *  Doe at jdoe@example.com.", "Jane Doe can be reached at …", "Got a tip? Email tips@example.com". */
export function isContactLine(text: string): boolean {
  return (
    // (The address is tried from the start of a run of its characters only, not from each.)
    /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+/.test(text) &&
    /^(?:contact|reach|e-?mail|write to|send|follow|(?:got|have) a (?:news )?tip|tips?\b|[\p{L} .'’-]{2,40}\b(?:can|may) be (?:reached|contacted|emailed)\b)/iu.test(text)
  );
}

/** A tag or category line at the end of a post: "Tags: bridges, steel", "Filed under: City Hall". */
export const TAGS_LINE = /*#__PURE__*/ regex('i', '^(?:', P.TAG_LABELS, ')\\s*:');
