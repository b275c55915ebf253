/**
 * Authors, the printed byline, and credit lines. People and desks ("Devdiscourse News Desk") are
 * authors; agencies, photo credits and "additional reporting" lines are `credit` (issue #3).
 */
import type { MetaFacts } from '../facts/meta';
import { regex } from '../phrases';
import { deref, nameOf, type JsonLd, type Node } from './jsonld';
import { ABOUT, ACADEMIC_TITLES, AGENCIES, AGENCY_OPENINGS, AGENCY_WORDS, AUTHOR_LABELS, BUTTONS, BY, CREDIT_OPENINGS, JOIN_WORDS, NAME_PREFIXES, NEWSROOM_WORDS, NOT_AUTHOR_LABELS, ORGANISATION_WORDS, ORGANISATION_ENDINGS, OTHER_ROLES, OUR_ROLES, PIECE_KINDS, PLACE_OPENINGS, REPORTING_BY, ROLES } from './phrases/authors';
import { squash } from './util';
import { matchesOf } from '../matches';
import { memoize } from '../util';
import { firstLabel, isMonthName, isWeekday, LABEL } from './words';

/** A byline part that is an agency (phrases/authors.ts), not a person ("Agencia EFE" too). */
const AGENCY = /*#__PURE__*/ regex('i', '^(?:(?:(?:', AGENCY_WORDS, ')\\s+)?(?:', AGENCIES, ')|', AGENCY_WORDS, ')$');
/** An agency by its opening word and a capitalised name ("Agência Centro-Oeste"): the name checked apart, case-sensitively. */
const AGENCY_OPENING = /*#__PURE__*/ regex('iu', '^(?:', AGENCY_OPENINGS, ')\\s+(?=\\S)');
const isAgency = (part: string): boolean => AGENCY.test(part) || (AGENCY_OPENING.test(part) && /^\S+\s+\p{Lu}/u.test(part) && part.split(' ').length <= 5);
/** A place after a writer's name, in a part of its own: "de São Paulo", "from London". */
const PLACE_OPENING = /*#__PURE__*/ regex('iu', '^(?:', PLACE_OPENINGS, ')\\s+(?=\\S)');
/** "Rédaction : Thomas Dubois": the newsroom's word as the label of a name. */
const NEWSROOM_LABEL = /*#__PURE__*/ regex('iu', '^(?:', NEWSROOM_WORDS, ')\\s*[:：]\\s*');
/** A writer's label inside a line of other fields: "来源：江南晚报 作者：王晓明 2025-03-14 09:12". */
const MID_LABEL = /*#__PURE__*/ regex('iu', '(?<=\\s)(?:', AUTHOR_LABELS, ')\\s*[:：]\\s*(?=\\S)');
/** A line of fields that opens with another field than the writer's: a source's ("来源：江南晚报 作者：…"),
 *  a date ("2025-03-14 09:12 作者：…") or a date's label ("发布时间：2026-07-03 15:05　来源：…　作者：王立新"). */
const fieldsFirst = (line: string): boolean => NOT_AUTHOR.test(line.trim()) || /^\s*\d/.test(line) || firstLabel(line.trim())?.index === 0;
/** A line that opens with a writer's label and a name: "Autor: Florian Gruber", "A cura di …", "記者 小林 翔太". */
const LABELLED_LINE = /*#__PURE__*/ regex('iu', '^(?:', AUTHOR_LABELS, ')(?:\\s*[:：／/]\\s*|\\s+)');
/** "onze redacteur", "unserem Korrespondenten" before the name. */
const OUR_ROLE = /*#__PURE__*/ regex('iu', '^(?:', OUR_ROLES, ')\\s+');
/** An agency's word alone ("Staff", "Agenturen"). */
const AGENCY_WORD = /*#__PURE__*/ regex('i', '^(?:', AGENCY_WORDS, ')$');
/** An agency in brackets after the name ("Jane Doe (AP)") or with its desk's code ("dpa/lno", "AFP/jdb"). */
const AGENCY_BRACKETED = /*#__PURE__*/ regex('giu', '(?:(?<!\\s)\\s+)?[(（]\\s*(', AGENCIES, ')\\s*[)）]');
const AGENCY_CODE = /*#__PURE__*/ regex('giu', '(?<![\\p{L}/])((?:', AGENCIES, ')/\\p{Ll}{2,5})(?![\\p{L}/])');
/** A word with a second element's text glued on: "DoeWashington", "RoeStaff" (not "McDonald": NAME_PREFIXES). */
const GLUED = /^(\p{Lu}\p{Ll}+)\p{Lu}\p{Ll}/u;
const NAME_PREFIX = /*#__PURE__*/ regex('i', '^(?:', NAME_PREFIXES, ')$');
/** The name part of a glued word ("Doe" of "DoeWashington"), or null. */
const gluedName = (w: string): string | null => {
  const m = GLUED.exec(w);
  return m && !NAME_PREFIX.test(m[1]!) ? m[1]! : null;
};
/** The words before the name: "By", "Written by", "Guest column by", "Autor:". */
const PREFIX = /*#__PURE__*/ regex('i', '^(?:(?:written|posted|(?:(?:a|an)\\s+)?(?:', PIECE_KINDS, '))\\s+by|', BY, '|', AUTHOR_LABELS, ')\\s*[:：●■\\s]\\s*');
/** A line that opens with "By …" (or "Posted by …", "Opinion by …"): the words before the name. */
const BY_LINE = /*#__PURE__*/ regex('i', '^(?:(?:posted|written|(?:(?:a|an)\\s+)?(?:', PIECE_KINDS, '))\\s+by|', BY, ')\\s+');
/** "About Jane Doe": the heading of a writer's card, before the name. */
const ABOUT_NAME = /*#__PURE__*/ regex('i', '^(?:', ABOUT, ')\\s+');
/** A one-word label and a colon before a capitalised name, in a language the tables lack ("Muhabir: Elif Demir"). */
const ANY_LABEL = /^\p{Lu}\p{Ll}+\s?[:：]\s?(?=\p{Lu}\p{Ll})/u;
/** The same in a script without capitals, but for those written without spaces ("تقرير: أحمد سمير",
 *  "रिपोर्ट: …"): one word and a colon before a word of the same kind. */
const ANY_LABEL_UNCASED = /^(?![\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}])\p{Lo}[\p{Lo}\p{M}]{1,14}\s?[:：]\s?(?=\p{Lo})/u;
// (Its end is where no Latin letter follows, as `\b` said before the tables had other scripts' words:
// "CreditÁngel Franco", glued, is still a credit.)
const CREDIT = /*#__PURE__*/ regex('iu', '^\\(?\\s*(?:', CREDIT_OPENINGS, ')(?![a-z0-9_])');
/** A part that names an editor or a source, not a writer: "责任编辑：王五", "по материалам РИА Новости". */
const NOT_AUTHOR = /*#__PURE__*/ regex('i', '^(?:', NOT_AUTHOR_LABELS, ')(?:\\s*[:：]|\\s|$)');
/** A newsroom's word ("Redazione", "Redação", "The Editors"): a part of only these, roles and particles is no person. */
const NEWSROOM = /*#__PURE__*/ regex('iu', '^(?:', NEWSROOM_WORDS, ')$');
/** "Le Monde avec AFP", "Staff with Reuters": the agency after "with" is a credit. */
const WITH_AGENCY = /*#__PURE__*/ regex('giu', '(?<!\\s)\\s+(?:avec|with|mit|con|com|met|z|с|و)\\s+(', AGENCIES, ')\\s*$');
/** A Korean agency's dateline before the byline: "[서울=뉴시스]", "(서울=연합뉴스)": place = agency. */
const BRACKET_DATELINE = /^[[(（【]\s?[^\]）)】=]{1,20}=\s?([^\]）)】]{1,20})[\]）)】]\s*/u;
/** A Chinese reporter's label glued to the names ("记者张三", "本报记者 张三 李四"). */
const ZH_REPORTER = /^(?:本报|本報|特约|新华社|中新社)?(?:记者|記者|通讯员|通訊員)[\s:：]*(?=\p{sc=Han})/u;
/** A wire story's dateline that opens the article and names its reporters (issue #14), when no byline
 *  does: Xinhua's "新华社北京11月12日电（记者 刘洋 赵磊）", Yonhap's "(청주=연합뉴스) 한상우 기자 = …". Group 1
 *  is the agency and place ("新华社北京"), group 2 or 3 what splitByline reads ("记者 刘洋 赵磊", "(청주=연합뉴스) 한상우 기자");
 *  group 4 a Japanese paper's 【ワシントン＝田中一郎、ニューヨーク＝鈴木花子】 (places and names, read when it has "＝"). */
const AGENCY_START = /*#__PURE__*/ regex('iu', '^(?:', AGENCIES, ')');
const WIRE_DATELINE = /(?:^|\s|。)([^\s（(。]{0,16}?)\d{1,2}月\d{1,2}日电\s*[（(]\s*((?:记者|記者)\s*[^）)]{2,30})[）)]|(?:^|\s)([[(（]\s?[^()（）[\]=]{1,15}=\s?[^()（）[\]]{1,15}[\])）]\s*(?:\p{sc=Hangul}{2,4}[\s·,]{0,2}){1,4}(?:기자|특파원))\s*=|(?:^|\s)【([^【】]{3,60})】/u;

/** Initials alone ("J.D.", "JD", "jdb", "ank"): a writer's short sign, not a name to show. */
const INITIALS = /^(?:(?:\p{Lu}\.\s?){1,3}\p{Lu}?\.?|\p{Lu}{2,3}|\p{Ll}{2,4})$/u;
/** A part that opens with another role's label or a credit's: "写真：鈴木 花子", "Foto: Jane Roe". */
const OTHER_LABELLED = /*#__PURE__*/ regex('iu', '^(?:', OTHER_ROLES, '|', CREDIT_OPENINGS, ')\\s*[:：]');
/** A link beside the byline, not a name: "Follow", "More from …", "Otros artículos de ACN »". */
const BUTTON = /*#__PURE__*/ regex('iu', '^(?:', BUTTONS, ')(?!\\p{L})');
/** A segment that ends with "By", the name printed apart after it: "Disko Von". */
const BY_AT_END = /*#__PURE__*/ regex('iu', '\\s(?:', BY, ')\\s*[:：]?$');
/** A word that joins names in a byline ("and", "und", "i", "и", "و"; the same words split a line below). */
const JOIN_WORD = /*#__PURE__*/ regex('u', '^(?:', JOIN_WORDS, ')$');
/** The same words in a byline of capitals ("JANE DOE AND JOHN ROE"), to be lowered before the split. */
const JOIN_WORD_CAPS = /*#__PURE__*/ regex('giu', '(?<=\\S) (', JOIN_WORDS, ') (?=\\S)');
/** Where a byline splits into names: a joining word between spaces, or a comma, semicolon, ampersand, slash or their CJK forms. */
const NAME_SPLIT = /*#__PURE__*/ regex('u', '(?:(?<!\\s)\\s+(?!\\s)(?<= )(?:', JOIN_WORDS, ') |(?:(?<!\\s)\\s+(?!\\s))?[,;&/，、；])\\s*');
/** The label of a `twitter:labelN` / `twitter:dataN` pair that names the writer ("Written by",
 *  "Verfasst von", "Author"): the pair sites write for link previews. */
const WRITER_LABEL = /*#__PURE__*/ regex('i', '^(?:(?:written|posted|verfasst|geschrieben|écrit|escrito|scritto|geschreven)\\s+)?(?:', BY, '|', AUTHOR_LABELS, ')$');

/** Degrees and credentials written after a name. */
const DEGREE = /^(?:MA|MS|MSc|MD|DO|PhD|Ph\.D\.|RN|BSN|MPH|MBA|JD|DDS|PharmD|BSc|BA|LCSW|CPT)(?:$|[\s,])/;

/** Lowercase words inside names. */
const PARTICLE = /^(?:von|vom|van|der|den|de|dei|del|della|di|da|das|do|dos|du|la|le|ben|bin|binti|al|el|ibn|ter|ten|zu|y|e)$/;

/** "Heba Habib contributed to this report." */
const CONTRIBUTED = /^[\p{L} .,'’&-]{3,120}\b(?:also )?contributed(?: reporting)?(?: to (?:this|the) (?:report|story|article))?\.?$/iu;

/** A desk or newsroom signing a dateline: "Devdiscourse News Desk | Updated: 28-04-2025 09:57 IST". */
const DESK = /\b(?:desk|bureau|newsroom|redaktion|rédaction|redacción|redazione|redação|redactie)\b/i;

/** The desk at the head of a dateline, when the line is one ("<desk> | <date> | …"); else null. */
export function deskOf(line: string): string | null {
  const [head = '', ...rest] = squash(line).split(/\s[|·•]\s/);
  return rest.some((r) => /\d/.test(r)) && DESK.test(head) && !/\d/.test(head) && head.split(' ').length <= 6 ? head : null;
}

/** A byline part that is only a label: "By" printed apart from the name ("<span>By</span><span>by Jane Doe</span>"). */
const LABEL_ONLY = /*#__PURE__*/ regex('i', '^(?:(?:written|posted)\\s+by|', BY, '|', AUTHOR_LABELS, ')\\s*[:：●■]?$');
/** "By" before a capitalised name, anywhere in a part ("January 17, 2017 at 6:08 PM ET by Kori Schulman"). */
const BY_INSIDE = /*#__PURE__*/ regex('giu', '(?<!\\S)(?:', BY, ')\\s(?=\\p{Lu})');
/** A job title's word ("Staff Writer", "Senior Correspondent", "기자"). */
const ROLE = /*#__PURE__*/ regex('iu', '^(?:', ROLES, ')$');
/** A role noun, or its plural ("Staff Writers", "Redakteure"). */
const isRole = (w: string): boolean => ROLE.test(w) || ROLE.test(w.replace(/(?:s|e|en|es)$/i, ''));
/** A role that makes the name before it no author's ("… 監訳", "…, Photographer"). */
const OTHER_ROLE = /*#__PURE__*/ regex('iu', '^(?:', OTHER_ROLES, ')$');
/** A word that makes a name an organisation's. */
const ORGANISATION = /*#__PURE__*/ regex('iu', '(?<!\\p{L})(?:', ORGANISATION_WORDS, ')(?!\\p{L})');
/** An academic title before a name ("Prof.", "Dr."): one word, taken off while two words stay. */
const ACADEMIC_TITLE = /*#__PURE__*/ regex('iu', '^(?:', ACADEMIC_TITLES, ')$');
/** An organisation's name in a script written without spaces, by its ending ("信州日報社", "한빛일보"). */
const ORGANISATION_ENDING = /*#__PURE__*/ regex('u', '(?:', ORGANISATION_ENDINGS, ')$');
/** Scripts whose names are written without spaces: one "word" is a whole name. */
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

/** A name in a script written without spaces, alone: "佐藤健太", "김지훈" (a bracketed dateline's writer). */
const CJK_NAME = /^[\p{sc=Han}\p{sc=Hangul}\p{sc=Katakana}]{2,8}$/u;
/** "워싱턴=김지훈", "ワシントン＝佐藤健太": a place and an equals sign before a name in a CJK script. */
const CJK_PLACE = /^[^\s=＝]{1,15}[=＝]\s?(?=[\p{sc=Han}\p{sc=Hangul}\p{sc=Katakana}])/u;
/** "ワシントン特派員・佐藤健太", "北京支局長 山田太郎", "社会部記者・山田花子": the writer's post (its place or
 *  desk first) before the name. */
const CJK_POST = /^[^\s・･]{0,12}?(?:特派員|特派员|支局長|支局长|総局長|記者|记者|기자|특파원)(?:[・･]\s?|\s)(?=[\p{sc=Han}\p{sc=Hangul}\p{sc=Katakana}])/u;

/** A full name: two words or more, or a name in a script written without spaces. */
const fullName = (n: string): boolean => n.includes(' ') || CJK.test(n);

/** One segment of a byline (between " | " or " · "): its names and agencies. */
function splitSegment(segment: string, lang: string): { names: string[]; agencies: string[] } {
  let line = segment;
  // "来源：江南晚报 作者：王晓明 …": a source's field, then the writer's: read from the writer's label.
  const mid = fieldsFirst(line) ? MID_LABEL.exec(line) : null;
  if (mid) line = line.slice(mid.index);
  // "Rédaction : Thomas Dubois": the newsroom labels the name.
  line = line.replace(NEWSROOM_LABEL, '');
  // "Disko Von | Ernst Lohoff": a section's name with the label of the name in the next part.
  if (BY_AT_END.test(line.trim())) return { names: [], agencies: [] };
  // "责任编辑：王五", "来源：新华社", "Edited by …": an editor or a source, no writer.
  if (NOT_AUTHOR.test(line.trim())) return { names: [], agencies: [] };
  const names: string[] = [];
  const agencies: string[] = [];
  // "[서울=뉴시스] 홍길동 기자": the agency's dateline before the name; its agency is a credit.
  // ("【ワシントン＝佐藤健太】": a writer's name after the place, in a byline of its own, is kept.)
  line = line.replace(BRACKET_DATELINE, (_: string, a: string) => {
    if (AGENCY.test(a.trim())) agencies.push(a.trim());
    else if (CJK_NAME.test(a.trim())) return `${a.trim()} `;
    return '';
  });
  // "워싱턴=김지훈 특파원", "ワシントン＝佐藤健太": the place the writer files from, before the name.
  line = line.replace(CJK_PLACE, '');
  // "بيروت- محمد حسن": a dateline's place, a dash written onto it, before a name of two words or more.
  line = line.replace(/^\p{L}+[-–]\s(?=\p{L}+\s\p{L})/u, '');
  // "(서울=연합뉴스) 홍길동 기자 = 본문…": the story starts after " = ".
  line = line.replace(/(?<!\s)\s+=\s.*/u, '');
  // "本报记者 张三 李四", "记者张三": Chinese names after the label, apart by spaces.
  const zh = ZH_REPORTER.exec(line);
  if (zh) {
    line = line.slice(zh[0].length);
    // (Not on a Japanese page: "記者 小林 翔太" is one name, surname and given name.)
    if (!lang.startsWith('ja') && /^\p{sc=Han}{2,4}(?: \p{sc=Han}{2,4})+$/u.test(line.trim())) line = line.trim().replace(/ /g, '、');
  } else line = line.replace(CJK_POST, '');
  // A date and "by" before the name: "January 17, 2017 at 6:08 PM ET by Kori Schulman".
  const by = matchesOf(BY_INSIDE, line).find((m) => /\d/.test(line.slice(0, m.index)));
  if (by) line = line.slice(by.index + by[0].length);
  // "By by Jane Doe" (a label printed twice, one of them hidden).
  for (let i = 0; i < 2; i++) line = line.replace(PREFIX, '');
  // "About J. R. R. Smith" (a writer's card), "Muhabir: Elif Demir" (a label of a language the tables lack).
  // (A name of two capitalised words at least follows; a label known as another role's or a date's stays.)
  const about = ABOUT_NAME.exec(line);
  if (about && /^\p{Lu}\S*\s+\p{Lu}/u.test(line.slice(about[0].length))) line = line.slice(about[0].length);
  const anyLabel = ANY_LABEL.test(line) ? ANY_LABEL : ANY_LABEL_UNCASED;
  if (anyLabel.test(line) && !OTHER_LABELLED.test(line) && !CREDIT.test(line) && line.search(LABEL) !== 0) line = line.replace(anyLabel, '');
  // "Door onze redacteur Eva Jansen": the writer's role before the name.
  line = line.replace(OUR_ROLE, '');
  // "… Updated 3 May", "… Veröffentlicht am …": the rest is a dateline.
  const label = matchesOf(LABEL, line).find((m) => !/\p{L}/u.test(line[m.index - 1] ?? ''));
  // (and "Last Updated …": the word before the label belongs to it).
  if (label) line = line.slice(0, label.index).replace(/\b(?:last|first|originally|zuletzt|zuerst|dernière|première|última|ultima|laatst)\s*$/i, '');
  // "Rob Ewaschuk Edited by Betsy Beyer", "Ysabel Yates Illustration by Claire Lordon": the editor or
  // illustrator is not an author.
  // "Jane Doe and John Roe in Cannon Ball, North Dakota": the place is not a name.
  // (So is "Anna Schmidt aus Frankfurt", "Mario Rossi à Paris", "Иван Петров в Москве".)
  line = line.replace(/(?<!\s)\s+(?:in|aus|à|em|w|в|uit)\s+\p{Lu}.*/u, '');
  // "JAMES PORTER FOR THE DAILY ECHO", "Jane Roe for The Guardian": the paper the writer wrote for.
  // (After two words at least, found without a lookbehind over a run of letters, which recheck finds polynomial.)
  for (const m of line.matchAll(/(?<=\p{L})\s+(?:for|FOR)\s+(?:the\s+|THE\s+)?\p{Lu}/gu)) {
    if (!/\p{L}\s/u.test(line.slice(0, m.index))) continue;
    line = line.slice(0, m.index);
    break;
  }
  line = line.replace(/(?<!\s)\s+(?:edited|reviewed|fact-checked|illustrated|illustrations?|photographed|photographs?|photography|photos?|graphics?|translated|video) by\b.*/i, '');
  // A date glued to the name ("By Joshua Sokol May 20, 2019") ends the byline. (The line is squashed, one
  // line: `.*` takes the rest, where `.*$` would read it again from every match that a line break stops.)
  const dated = line.length;
  // (The word before the date goes with it when it is a month: "ZDNet Japan Staff 2019年04月28日" keeps "Staff".)
  line = line.replace(/(?<![\s,])([\s,]+)(?:(\p{L}+)[.،]?\s+)?\d.*/u, (_: string, gap: string, word?: string) => (word && /^\p{Lu}/u.test(word) && !isMonthName(word) ? gap + word : ''));
  // "Le Monde avec AFP": the agency after "with" is a credit.
  line = line.replace(WITH_AGENCY, (_: string, a: string) => (agencies.push(a), ''));
  // "Story by Kate O'Brien-Walsh with Daniel Park": a co-author after "with", a capitalised name of two
  // words or more (not "with The Associated Press": an agency, read above, or a paper).
  line = line.replace(/(?<=\p{Ll})\s(?:with|avec|mit|con|com)\s(?!The\s|THE\s)(?=\p{Lu}[\p{L}'’.-]*\s\p{Lu})/u, ', ');
  // "Jane Doe with The Associated Press", "… with The Boston Ledger": the agency or paper the story was
  // written with, no part of the name. (An agency is the credit.)
  line = line.replace(/(?<=\p{Ll})\s(?:with|WITH)\s(?:The|THE)\s(.+)/u, (_: string, a: string) => (isAgency(a.trim()) && agencies.push(a.trim()), ''));
  // "Jane Doe (AP)", "Von Anna Schmidt, dpa/lno": the agency is a credit, with its desk's code.
  line = line.replace(AGENCY_BRACKETED, (_: string, a: string) => (agencies.push(a), '')).replace(AGENCY_CODE, (_: string, a: string) => (agencies.push(a), ''));
  // "Jane DoeWashington", "John RoeStaff Writer": two elements read as one string. The name ends where a
  // capital follows lowercase letters inside a word, past the first word; the rest was the next element's.
  {
    const words = line.split(' ');
    // (Only after a name's words: "Charles Walton for SurgeZirc UK" names a brand after "for".)
    const glued = words.findIndex((w, k) => k > 0 && gluedName(w) && words.slice(0, k).every((v) => /^\p{Lu}/u.test(v) || PARTICLE.test(v)));
    if (glued > 0) line = [...words.slice(0, glued), gluedName(words[glued]!)!].join(' ');
  }
  // "By JANE DOE AND JOHN ROE": a byline in capitals joins its names with capitals too.
  // (Names stay as printed. "By MARY ROE and JOHN DOE": only the joining words in lower case.)
  const capitals = /\p{Lu}{2}/u.test(line) && !line.split(' ').some((w) => /\p{Ll}/u.test(w) && !JOIN_WORD.test(w));
  if (capitals) line = line.replace(JOIN_WORD_CAPS, (_: string, w: string) => ` ${w.toLowerCase()} `);
  // "Anna Schmidt FRANKFURT": a dateline's place in capitals after a name in mixed case.
  else {
    const words = line.split(' ');
    let end = words.length;
    while (end > 2 && /^\p{Lu}{3,}[,.:]?$/u.test(words[end - 1]!) && !AGENCY.test(words[end - 1]!)) end--;
    if (end < words.length && words.slice(0, end).filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length >= 2) line = words.slice(0, end).join(' ').replace(/[,.:]$/, '');
  }
  // "홍길동·김철수 기자": Korean names joined by a middle dot (a Chinese or Japanese "·" joins one
  // foreign name's parts, so only between Hangul).
  line = line.replace(/(?<=\p{sc=Hangul})\s?[·・]\s?(?=\p{sc=Hangul})/gu, ', ');
  // "محمد أحمد وعلي حسن": "و" (and) is written onto the next name; split there only when both sides
  // are full names (a name may start with "و": "وليد").
  {
    const ws = line.split(' ');
    const arabic = (w: string | undefined): boolean => w !== undefined && /^\p{sc=Arabic}+$/u.test(w);
    for (let k = 2; k < ws.length - 1; k++) if (/^و\p{sc=Arabic}{2,}$/u.test(ws[k]!) && arabic(ws[k - 1]) && arabic(ws[k - 2]) && arabic(ws[k + 1])) ws[k] = `و ${ws[k]!.slice(1)}`;
    line = ws.join(' ');
  }
  // "Martin Untersinger (avec Damien Leloup et Morgane Tual)": co-authors in brackets are authors (from
  // the first non-space; a last space when there is nothing else, as `\s+([^()]+)` read it).
  line = line.replace(/(?<!\s)\s*\(\s*(?:with|avec|mit|con|com|met|z|с)\s+([^()\s][^()]*|\s)\)/iu, ', $1');
  // A handle or a place glued to the name: "Tom Roe@troe", "Cécile Ducourtieux(Bruxelles, bureau européen)".
  // (An e-mail address goes whole: "jane.roe@news.example".)
  line = line.replace(/(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ').replace(/@\w+/g, ' ').replace(/(?<=\p{L})\((?=\p{L}).*/u, '').trim();
  // "[田中宏昌，ITmedia]", "【文】": brackets around the whole byline.
  line = line.replace(/^[[［【] ?| ?[\]］】]$/g, '');
  // "Hélène Roux (Marseille, correspondante)": a place or role in brackets after a name, commas and all.
  line = line.replace(/(?<=[\p{L}.])\s+\([^()]{1,60}\)/gu, '');
  let parts = line.split(NAME_SPLIT);
  // A name with an ampersand that only looks like a list: "Mac & i", "Brown & co". Splitting leaves
  // a fragment no name is (one letter, or a lowercase word), so the line is one name.
  if (line.includes('&') && parts.some((p) => /^\p{Ll}|^\p{L}$/u.test(p.trim()))) parts = [line];
  // "Doe, Jane": one person, surname first (two capitalised words, one comma, nothing else).
  // ("McDonald, Mary", "O'Neil, Jane", "Smith-Jones, Ann": one capitalised word each side.)
  if (parts.length === 2 && /^[^,]+,[^,]+$/.test(line) && parts.every((p) => /^\p{Lu}(?=[\p{L}'’-]*\p{Ll})[\p{L}'’-]+$/u.test(p.trim()))) parts = [`${parts[1]!.trim()} ${parts[0]!.trim()}`];
  // Which parts a comma opens (not "and"): "Tom Gallagher, State Political Reporter".
  const afterComma: boolean[] = [];
  for (let at = 0, k = 0; k < parts.length; k++) {
    const start = line.indexOf(parts[k]!, at);
    afterComma.push(start > at && /[,，]/.test(line.slice(at, start)));
    if (start >= 0) at = start + parts[k]!.length;
  }
  let desk = false;
  for (let [i, part] of parts.entries()) {
    // "Carmen Ortega (Bruselas)": a place or a role in brackets after the name (co-authors and agencies
    // in brackets were read above).
    part = part.replace(/(?<=[\p{L}.])\s+\([^()]{1,40}\)$/u, '');
    // "ワシントン＝田中一郎、ニューヨーク＝鈴木花子": each writer after the place they file from.
    part = part.trim().replace(CJK_PLACE, '');
    // "山田花子（やまだ・はなこ）": the reading of a name written in kanji, in brackets after it.
    part = part.replace(/(?<=[\p{sc=Han}\p{sc=Hangul}])\s?[（(][\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Latin}・･ ]{2,30}[）)]$/u, '');
    // "Ana Souza, de São Paulo": where the writer is, in a part of its own.
    if (i > 0 && names.length && PLACE_OPENING.test(part.trim()) && /^\S+\s+\p{Lu}/u.test(part.trim())) continue;
    let words = part.replace(PREFIX, '').replace(/^\(|\)$|\.$/g, '').trim().split(' ');
    // "Prof. Dr. Katrin Albers": the titles go, the name stays.
    while (words.length > 2 && ACADEMIC_TITLE.test(words[0]!)) words.shift();
    // So does a weekday before that date ("Joe Wee Monday, February 29, 2016").
    if (i === parts.length - 1 && line.length < dated && isWeekday(words[words.length - 1]!)) words.pop();
    if (words.length > 1 && OTHER_ROLE.test(words[words.length - 1]!)) continue;
    // After a comma, a part that ends with a role noun, or opens with one, is the writer's post as a whole
    // ("Tom Gallagher, State Political Reporter", "Ana García, Corresponsal Política", "…, Staff Writers"),
    // not a co-author whose role follows the name (that one is joined by "and": "… and John Roe Staff Writer").
    // (Not in a script written without spaces: "김철수·이영희 기자" is two names and their role.)
    // (But "Jane Doe, John Roe Staff Writer": a role of two words or more, whole, after a capitalised name
    // of two words or more is a co-author's; "…, State Political Reporter" has one role word.)
    if (i > 0 && afterComma[i] && words.length > 1 && !CJK.test(part) && (isRole(words[words.length - 1]!) || isRole(words[0]!))) {
      let n = words.length;
      while (n > 0 && ROLE.test(words[n - 1]!)) n--;
      const rest = words.slice(0, n);
      const coAuthor = words.length - n >= 2 && rest.length >= 2 && rest.every((w) => /^\p{Lu}/u.test(w) || PARTICLE.test(w)) && !isRole(words[0]!) && !ORGANISATION.test(rest.join(' '));
      if (!coAuthor) continue;
    }
    // A job title after the name ("Howard Blume Staff Writer", "홍길동 기자"); "… Staff" alone names a desk.
    if (words.length > 1 && ROLE.test(words[words.length - 1]!) && !/^staff$/i.test(words[words.length - 1]!)) {
      const kept = [...words];
      while (kept.length && ROLE.test(kept[kept.length - 1]!)) kept.pop();
      // ("Staff Reporter": a role alone, a desk's byline.)
      desk ||= !kept.length;
      if (!ORGANISATION.test(kept.join(' '))) words = kept;
    }
    part = words.join(' ');
    if (!part || LABEL_ONLY.test(part)) continue;
    // "写真：鈴木 花子", "Photo: Jane Roe": a part labelled with another role or a credit names no writer.
    if (OTHER_LABELLED.test(part)) continue;
    // "홍길동 김철수 기자": Korean names have no spaces inside, so names apart by spaces are people apart.
    if (words.length > 1 && words.every((w) => /^\p{sc=Hangul}{2,4}$/u.test(w))) {
      // (A paper's name before them is no person: "문화일보", "…신문", "…뉴스".)
      names.push(...words.filter((w) => !/(?:일보|신문|뉴스|방송|통신)$/u.test(w)));
      continue;
    }
    // The newsroom ("Da Redação", "The Editors", "Editorial Team"), or initials alone ("J.D.", "ank").
    // (Capitals alone, "ACN", "BNS", sign an agency or a desk: kept as the credit, so that no other line
    // is searched for a name.)
    if (words.every((w) => NEWSROOM.test(w) || ROLE.test(w) || PARTICLE.test(w.toLowerCase())) || INITIALS.test(part)) {
      if (isAgency(part) || (/^\p{Lu}{2,3}$/u.test(part) && !DEGREE.test(part))) agencies.push(part);
      desk ||= !INITIALS.test(part);
      continue;
    }
    // After a desk's byline, the place it files from: "নিজস্ব প্রতিবেদক, ঢাকা", "Staff Reporter, New Delhi".
    if (desk && !names.length && afterComma[i]) continue;
    if (isAgency(part)) agencies.push(part);
    // Not a person: a button ("Follow Author"), or a degree or desk after the name ("…, MA WebMD Health News", "…, PhD").
    else if (BUTTON.test(part) || /[»›→]/.test(part) || /^(?:author|authors|autor|auteur|profile)$/i.test(part) || words.some((w) => /^(?:Authors?|Autor|Auteur|Autore|Profile)$/.test(w))) continue;
    else if (i > 0 && DEGREE.test(part)) continue;
    // A job title alone ("Staff Writer"), or a month left of a date ("October").
    else if (words.every((w) => ROLE.test(w)) || (words.length === 1 && isMonthName(part))) continue;
    // One word after a full name is where the writer works, not a co-author: "John Roe, TIME".
    else if (i > 0 && !fullName(part) && names.length && names.every(fullName)) continue;
    // So is a newspaper's name after a person's: "Jane Doe, Washington Post".
    else if (i > 0 && names.length && ORGANISATION.test(part)) continue;
    // A co-author's words are capitalised but for particles ("Ursula von der Leyen"): "Software
    // Engineer on Google Play" after the comma is the first name's role. (The first part may be a
    // handle: "kovarex", "Mac & i"; but lowercase words are no name: "By the way, …".)
    else if (
      // (Not `\b`, which without the u flag ends "In" in "Inês": a name in any accent is still one.)
      !/\d|https?:|@|©|^(?:in|on)(?![\p{L}\p{N}_])/iu.test(part) &&
      // (A host name, "buchmesse.ARD.de", is a site's, not a person's.)
      !/^\S+\.\p{Ll}{2,6}$/u.test(part) &&
      words.length <= 6 &&
      part.length < 60 &&
      (i === 0 || !words.some((w) => /^\p{Ll}\p{L}/u.test(w) && !PARTICLE.test(w))) &&
      !(words.length > 1 && /^\p{Ll}/u.test(words[0]!) && !PARTICLE.test(words[0]!))
    )
      names.push(part);
  }
  return { names, agencies };
}

/** "By Jane Doe and John Roe, Reuters | Updated 3 May" → names and the agencies found. A line of
 *  several segments ("Politik · Jochen Bittner, Tina Hildebrandt", "October 14, 2009 | Marc Lifsher",
 *  "Joe Roe | Washington Post | Dec 13, 2016") names the people of its first segment with a full name,
 *  else of its first segment with any. */
export function splitByline(raw: string, lang = ''): { names: string[]; agencies: string[] } {
  // A homepage in the line ("Bradley M. Kuhn (http://ebb.org/bkuhn/)") is not part of a name. (Here and
  // below, `(?<!\s)` tries a run of spaces from its first only: from each, a long run costs quadratic time.)
  const line = squash(squash(raw).replace(/(?:\(\s*|(?<!\s)\s+)?https?:\/\/[^\s)]*\s*\)?/g, ' '));
  let found: string[] | null = null;
  const agencies: string[] = [];
  // "文|陈思远　图|林晓峰　编辑|张敏": a bar after a Chinese label of one or two characters is its colon;
  // each label and name is a segment of its own.
  const labelled = line.replace(/(?<!\S)(\p{sc=Han}{1,2})\s?[|｜]\s?(?=\p{sc=Han})/gu, ' | $1：');
  const segments = labelled.split(/ ?\| ?|\s[·•—–]\s|\s-\s| ?／ ?/);
  for (const [k, segment] of segments.entries()) {
    // Past the first names, only a segment without digits (no dateline) may still hold the full name.
    if (found && /\d/.test(segment)) break;
    const r = splitSegment(segment, lang);
    agencies.push(...r.agencies);
    if (!r.names.length) continue;
    if (r.names.some(fullName)) {
      found = r.names;
      // "Autoren | Stefan Weiß | Mira Yilmaz | 16. April 2025": after a label alone, each name in an
      // element of its own; the names go on while the next segments are names alone (not a bio's sentence).
      if (k > 0 && LABEL_ONLY.test(segments[k - 1]!.trim()))
        for (const next of segments.slice(k + 1)) {
          if (/\d/.test(next)) break;
          const more = splitSegment(next, lang);
          if (more.names.length !== 1 || more.names[0] !== next.trim() || !(BARE_NAME.test(next.trim()) || CJK_NAME.test(next.trim()))) break;
          found = [...found, more.names[0]!];
        }
      // "Sarah Mitchell | Health correspondent | Owen Hughes | BBC Wales": contributors' blocks, each a
      // name and then the writer's post (a role, a desk, an agency) in elements of their own. The
      // names go on while a post and a name alone alternate.
      else if (found.length === 1 && found[0] === segment.trim())
        for (let j = k + 1; j + 1 < segments.length && isPost(segments[j]!) && !found.includes(segments[j + 1]!.trim()); j += 2) {
          const next = segments[j + 1]!.trim();
          const more = splitSegment(next, lang);
          if (more.names.length !== 1 || more.names[0] !== next || !(BARE_NAME.test(next) || CJK_NAME.test(next)) || isPost(next)) break;
          found = [...found, next];
        }
      break;
    }
    found ??= r.names;
  }
  // "Jane Doe | AFP": an agency printed in a segment of its own after the name.
  for (const segment of found ? line.split(/ ?\| ?|\s[·•—–]\s|\s-\s| ?／ ?/) : []) if (isAgency(segment.trim()) && !agencies.includes(segment.trim())) agencies.push(segment.trim());
  return { names: found ?? [], agencies };
}

/** A writer's post printed in an element of its own after the name: a role ("Health correspondent",
 *  "State Political Editor"), a desk or a paper ("BBC Wales" is "… News Wales"), an agency. */
function isPost(segment: string): boolean {
  const s = segment.trim();
  const words = s.split(' ');
  return !!s && words.length <= 6 && !/\d/.test(s) && (words.some(isRole) || ORGANISATION.test(s) || isAgency(s));
}

/** A person's name printed alone, two to four words capitalised but for particles ("Agnieszka
 *  Kowalczyk-Wróbel", "Inês de Almeida Lopes"). */
const BARE_NAME = /^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|\p{Ll}{1,3})){1,3}$/u;
/** A line under the headline whose first part is a name alone and whose next part is a date
 *  ("Agnieszka Kowalczyk-Wróbel | 14.05.2025, 08:20"), or the paper or agency the writer works for
 *  ("Jessica Tran | The Springfield Register", "Marcus Lee | USA TODAY NETWORK"): the byline of a page
 *  that prints no label. */
function bareNameAtDate(line: string, chrome: string, siteChrome: string): boolean {
  const [name = '', next = ''] = line.split(' | ');
  const words = name.split(' ');
  return (
    // (A section's name above the date is the one the page's address or title names: "/wiadomosci-lokalne/".)
    !chrome.includes(unaccented(name)) &&
    BARE_NAME.test(name) &&
    name.length <= 50 &&
    (/^\p{Nd}|^\p{L}+\.? \p{Nd}/u.test(next) || (next.length >= 4 && !/\d/.test(next) && (ORGANISATION.test(next) || isAgency(next) || siteChrome.includes(unaccented(next))))) &&
    words.every((w) => !/^\p{Ll}/u.test(w) || PARTICLE.test(w)) &&
    !words.some((w) => isMonthName(w) || isWeekday(w) || ROLE.test(w) || NEWSROOM.test(w)) &&
    !ORGANISATION.test(name) &&
    name.search(LABEL) < 0
  );
}

/** A CMS account, not a writer's name: one word in lower case ("jdoe", "mcupdate"), an initial glued to a
 *  surname ("JDoe", "JSmith"), a word with digits or underscores ("editor_2", "user123"), or the
 *  site's administrator ("admin", "webmaster"). */
const LOGIN_WORD = /^(?:[\p{Ll}\p{N}._-]+|\p{Lu}{1,2}\p{Lu}\p{Ll}+|[Aa]dmin(?:istrator)?|[Ww]ebmaster|[Uu]ser)$/u;
const isLogin = (n: string): boolean => LOGIN_WORD.test(n) || (/[\d_]/.test(n) && /^[\p{L}\p{N}._-]+$/u.test(n));

/** "Reporting by Tom Hale in London and Inês Carvalho in Lisbon; Editing by …": the reporters of a sign-off. */
const REPORTING = /*#__PURE__*/ regex('i', '^(?:', REPORTING_BY, ')\\s+by\\s+(?=\\S)');
/** "（文・写真：小川 真理子）": a writer's label and name in brackets, a paragraph of their own. */
const SIGNATURE = /*#__PURE__*/ regex('iu', '^[（(]\\s?(?:', AUTHOR_LABELS, ')\\s?[:：＝=]\\s?([^（）()：:]{2,30})[）)]$');
/** "（佐藤一郎記者）": a name in a script written without spaces and the writer's role, in brackets. */
const SIGNATURE_ROLE = /*#__PURE__*/ regex('u', '^[（(]\\s?([\\p{sc=Han}\\p{sc=Hangul}]{2,8}?)\\s?(?:', ROLES, ')[）)]$');

/** The people a sign-off at the story's end names (its last such line), and the line. */
function signOff(lines: readonly string[], byline: (s: string) => { names: string[] }): { names: string[]; line: string } | null {
  for (const line of [...lines].reverse()) {
    const by = REPORTING.exec(line);
    const sig = by ? null : (SIGNATURE.exec(line) ?? SIGNATURE_ROLE.exec(line));
    if (!by && !sig) continue;
    // The reporters, up to the editors; each name without the place it filed from. (And the writer of a
    // later part, "…; Writing by Helen Marsh; Editing by …": "Additional reporting by" credits others.)
    const who = sig
      ? sig[1]!
      : line
          .split(/[;；]\s*/)
          .flatMap((p, k) => {
            const m = k === 0 ? by : REPORTING.exec(p);
            return m ? [p.slice(m[0].length)] : [];
          })
          .join(', ');
    const names = who
      .split(NAME_SPLIT)
      .map((p) => {
        const at = p.search(/ (?:in|from) \p{Lu}/u);
        return at > 0 ? p.slice(0, at) : p;
      })
      .join(', ');
    const r = byline(names).names;
    if (r.length) return { names: r, line };
  }
  return null;
}

/** Folded for comparison: lower case, letters and digits only. */
const fold = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** `fold` without accents: "Iñaki" and "inaki" alike. */
const unaccented = (s: string): string => fold(s.normalize('NFKD').replace(/\p{M}/gu, ''));

export function findAuthors(
  facts: MetaFacts,
  meta: Map<string, string>,
  ld: JsonLd,
  main: Node | null,
  readabilityByline: string | null,
  sites: string[] = [],
  opening = '',
  pageUrl = '',
): { authors: string[]; byline: string | null; credit: string | null } {
  // (Asked of the same lines again and again below: each line is split once. Callers read the answers only.)
  const byline = memoize((s: string): { names: string[]; agencies: string[] } => splitByline(s, facts.lang));
  // The page's address and title folded, where a section's name is found (bareNameAtDate).
  const chrome = unaccented([pageUrl, ...sites, facts.title].join(' '));
  // (The site's names alone, where the paper a writer works for is found: not the headline's words.)
  const siteChrome = unaccented(sites.join(' '));
  // (The site's host without "www." and its last label: "newyorker" of https://www.newyorker.com/….)
  const hostWord = (s: string): string => {
    const host = s.replace(/^https?:\/\//, '').replace(/^www\./, '').split('/')[0]!;
    const dot = host.lastIndexOf('.');
    return dot > 0 && !/\s/.test(host) && /^[a-z]+$/.test(host.slice(dot + 1)) ? host.slice(0, dot) : s;
  };
  const siteWords = sites.map((s) => fold(hostWord(s))).filter((s) => s.length > 2);
  /** An organisation rather than a person: the site or publisher, or a name with an organisation's word. */
  // (In a script written without spaces, by its ending: "信州日報社" beside the site "信州日報デジタル".)
  const isOrganisation = (n: string): boolean => ORGANISATION.test(n) || (CJK.test(n) && !/\s/.test(n.trim()) && ORGANISATION_ENDING.test(n.trim())) || siteWords.some((s) => fold(n) === s || fold(n).startsWith(s));
  // A link preview's "Written by" pair (twitter:label1 "Written by", twitter:data1 the name): the CMS
  // account that published the page, so only where nothing else, visible or marked up, names one.
  const preview = [1, 2, 3, 4].find((n) => WRITER_LABEL.test(meta.get(`twitter:label${n}`) ?? ''));
  const metaAuthor = ['author', 'parsely-author', 'sailthru.author', 'dc.creator', 'article:author', 'byl'].map((k) => meta.get(k)).find((v) => v && !/^https?:/.test(v));
  // Readability's byline comes from the article's own region, so it goes before a page-wide search;
  // our own reading of the same element keeps its parts apart ("Jane Doe | Staff Writer").
  const rb = readabilityByline ? squash(readabilityByline) : null;
  const bare = (s: string): string => s.replace(/[\s|]+/g, '');
  // (and a line that names more people with the same one: "Julia Carrie Wong and Sam Levin").
  const wider = (b: string): boolean => b.includes(rb!) && byline(b).names.includes(rb!);
  // (Readability copies meta author when it finds no byline: that is no visible line.)
  const ldAll = main ? [deref(ld, main.author)].flat().map((a) => deref(ld, a)) : [];
  // (JSON-LD authors that mix an Organization, "Harbor Times Staff", and a Person: the person wrote it.
  // A node typed both, Yoast's blogger as the site's organisation, stays.)
  const typed = (a: unknown, t: RegExp): boolean => !!a && typeof a === 'object' && t.test([(a as Node)['@type']].flat().join(' '));
  const ldAuthors = ldAll.some((a) => typed(a, /Person/) && nameOf(ld, a)) ? ldAll.filter((a) => !typed(a, /Organi[sz]ation/) || typed(a, /Person/)) : ldAll;
  // (and JSON-LD's author name, "jperez" the CMS account, unless the page prints it in a byline too.)
  const copied = !!rb && ([...meta.values()].includes(rb) || (ldAuthors.some((a) => squash(nameOf(ld, a) ?? '') === rb) && !facts.bylines.some((b) => b.includes(rb))));
  let lines = rb && !copied ? [facts.bylines.find((b) => bare(b) === bare(rb)) ?? facts.bylines.find(wider) ?? rb] : [];
  const people = (l: string): boolean => byline(l).names.some((n) => !isOrganisation(n));
  // Then a plain "By …" line under the headline or opening the article ("Posted by Andrew Hayden,
  // Software Engineer", which on a blog names the writer better than the posting account), then
  // marked elements, most specific kind first.
  // (Not when Readability's byline is an agency alone, "Agencia EFE": the story has no person's byline,
  // and a line further on would name a section or another story's writer.)
  const agencyOnly = lines.length > 0 && lines.map(byline).every((r) => !r.names.length && r.agencies.length > 0);
  if (!lines.some(people) && !agencyOnly) {
    // A name follows, capitalised ("Par exemple, …" and "By the way, …" open sentences), unless the line
    // says "Posted by" outright (a handle: "Posted by kovarex").
    const plain = (near: string[]): string[] =>
      near.filter((t) => {
        const by = BY_LINE.exec(t)?.[0] ?? LABELLED_LINE.exec(t)?.[0] ?? NEWSROOM_LABEL.exec(t)?.[0];
        // (Or a line that prints a writer's label among other fields: "来源：… 作者：王晓明 …".)
        // (Or a name alone on the line above the date: "Agnieszka Nowak | 14.05.2025, 08:20", or in a
        // line of its own under the headline, the date's line next: "Carmen Villalobos" / "hace 3 horas · …".)
        // (Only where the page marks no byline: a marked one says which part is the name, "Iñaki Etxeberria Santander".)
        const at = t.includes(' | ') || facts.bylines.length ? -1 : facts.afterHeadline.indexOf(t);
        const next = at < 0 ? undefined : facts.afterHeadline[at + 1];
        if (by === undefined) return (fieldsFirst(t) && MID_LABEL.test(t)) || bareNameAtDate(t, chrome, siteChrome) || (!!next && bareNameAtDate(`${t} | ${next}`, chrome, siteChrome));
        return /^(?:posted|written)/i.test(by) || /^[\p{Lu}\p{Lo}]/u.test(t.slice(by.length));
      });
    // (Datelines last: their parts are joined by spaces, so a date badge's parts stay one date.)
    const dated = plain(facts.dateLines.filter((d) => !d.facts).map((d) => d.text));
    lines = [...lines, ...[...new Set([...plain([...facts.afterHeadline, ...facts.shortLines.slice(0, 3)]), ...facts.bylines, ...dated])].slice(0, 6)];
  }
  if (copied) lines.push(rb);
  // A desk that signs the dateline under the headline, when nothing else names an author.
  if (!lines.some((l) => byline(l).names.length)) {
    const desk = [...facts.afterHeadline, ...facts.dateLines.map((d) => d.text)].map(deskOf).find(Boolean);
    if (desk) lines.push(desk);
  }
  const split = lines.map(byline);
  let i = split.findIndex((b) => b.names.some((n) => !isOrganisation(n)));
  if (i < 0) i = split.findIndex((b) => b.names.length);
  let fromText = split[i] ?? { names: [], agencies: split.flatMap((b) => b.agencies) };
  // "Jessica Tran | The Springfield Register" then "Marcus Lee | USA TODAY NETWORK", or two links to
  // writers' pages ("Nuria Ortega", "Javier Casas"): names alone, each in a line of its own, one after
  // the other, are the story's co-authors.
  // (Marked names alone only when a line under the headline prints them in that order, "Nuria Ortega |
  // Madrid Javier Casas | Barcelona 03 jun 2025": not a list's writers, nor a kicker printed before the
  // byline, "Deal Professor | By STEVEN DAVIDOFF SOLOMON".)
  const near = [...facts.afterHeadline, ...facts.dateLines.map((d) => d.text)].map(fold);
  const after = (a: string, b: string): boolean => near.some((l) => l.includes(fold(a)) && l.indexOf(fold(b)) > l.indexOf(fold(a)));
  const alone = (l: string | undefined, first: string | null): boolean => {
    if (l === undefined) return false;
    const r = byline(l);
    // (A marked name may carry its post: "Rhys Pritchard | Harbour Post News Wales".)
    const [name = '', ...post] = l.trim().split(' | ');
    const marked = facts.bylines.includes(l) && BARE_NAME.test(name) && post.every(isPost);
    return r.names.length === 1 && fullName(r.names[0]!) && (bareNameAtDate(l, chrome, siteChrome) || (marked && (first === null || after(first, name))));
  };
  if (fromText.names.length === 1 && alone(lines[i], null)) {
    const more: string[] = [];
    // (Past a post in an element of its own, and a name already read: "Megan Ashworth", "Local democracy
    // reporter", then "Rhys Pritchard | …".)
    const read = (l: string): boolean => (!l.includes(' | ') && isPost(l)) || (split[lines.indexOf(l)]!.names.length > 0 && split[lines.indexOf(l)]!.names.every((n) => [...fromText.names, ...more].includes(n)));
    for (let j = i + 1; j < lines.length; j++) {
      if (alone(lines[j], lines[i]!) && !read(lines[j]!)) more.push(split[j]!.names[0]!);
      else if (!read(lines[j]!)) break;
    }
    fromText = { names: [...new Set([...fromText.names, ...more])], agencies: fromText.agencies };
  }
  // A CMS account in the markup ("jdoe", "mcupdate": one word in lower case) is a login, not a writer's
  // name; a visible line may still print a handle ("Posted by kovarex"), so this is for machine sources.
  const named = (s: string): { names: string[]; agencies: string[] } => {
    const r = byline(s);
    return { names: r.names.filter((n) => !isLogin(n)), agencies: r.agencies };
  };
  const ldSplit = ldAuthors.map((a) => named(nameOf(ld, a) ?? ''));
  let authors = [...new Set(ldSplit.flatMap((r) => r.names))];
  // JSON-LD authors given only as the addresses of their pages ("https://…/autor/andres-molina/"): the
  // names the page prints near the headline that spell the address's last part ("Andrés Molina").
  if (!authors.length) {
    const address = (a: unknown): unknown => (typeof a === 'string' ? a : a && typeof a === 'object' && !nameOf(ld, a) ? ((a as Node).url ?? (a as Node)['@id']) : null);
    const slugs = ldAuthors.map(address).flatMap((u) => (typeof u === 'string' && /^https?:/.test(u) ? [unaccented(u.split(/[?#]/)[0]!.split('/').filter(Boolean).pop()!)] : []));
    if (slugs.some((s) => s.length >= 5)) {
      const printed = [...facts.afterHeadline, ...facts.bylines, ...facts.dateLines.map((d) => d.text)].flatMap((l) => l.split(' | ').flatMap((seg) => byline(seg).names));
      authors = [...new Set(slugs.flatMap((s) => printed.filter((n) => fullName(n) && unaccented(n) === s)))];
    }
  }
  // (An agency named as the author in the markup, "Reuters", is the credit: the agencies in the byline.)
  // ("Redaktion", "Staff" alone in the markup name no agency: the site's own newsroom.)
  const machineAgencies = ldSplit.flatMap((r) => r.agencies);
  const agencyNamed = (a: string): boolean => !AGENCY_WORD.test(a);
  const ldOrganisation = ldAuthors.length > 0 && ldAuthors.every((a) => a && typeof a === 'object' && /Organi[sz]ation/.test([(a as Node)['@type']].flat().join(' ')));
  // (A meta author that is an organisation as written, "Redacción El Heraldo", is one whatever its
  // names read as once the newsroom's word is taken off.)
  let metaOrganisation = false;
  if (!authors.length && metaAuthor) {
    const r = named(metaAuthor);
    authors = r.names;
    machineAgencies.push(...r.agencies);
    metaOrganisation = isOrganisation(metaAuthor);
  }
  // An organisation named as the author (the publisher, "ABC News", "… Staff") gives way to the people
  // the visible byline names.
  const textPeople = fromText.names.filter((n) => !isOrganisation(n));
  if (authors.length && textPeople.length && (ldOrganisation || metaOrganisation || authors.every(isOrganisation))) authors = fromText.names;
  // So does a name the visible byline prints only as part of something else: "文● オカモト／ASCII編集部"
  // (meta author "ASCII"), "ZDNet Japan Staff" (meta author "ZDNet Japan").
  const printed = lines[i] ?? '';
  // (Not when the line prints the same person with more: "Cécile Ducourtieux(Bruxelles".)
  const longer = (a: string): boolean => fromText.names.some((n) => n !== a && n.includes(a) && !isOrganisation(n));
  if (authors.length && fromText.names.length && authors.every((a) => printed.includes(a) && !fromText.names.includes(a) && !longer(a))) authors = fromText.names;
  // A machine author who is one of the people the visible byline names beside others the markup leaves
  // out ("LIAM O'CONNELL (now) and HARRIET COLE (earlier)", meta author "Liam O'Connell"): the byline's
  // people, the machine's spelling kept for the one it names.
  if (authors.length && textPeople.length > authors.length && authors.every((a) => textPeople.some((n) => fold(n) === fold(a)))) {
    const spelled = new Map(authors.map((a) => [fold(a), a]));
    // (A co-author printed in capitals, as the byline prints them all, is cased as the machine's name is.)
    const caps = (n: string): boolean => /\p{Lu}{2}/u.test(n) && !/\p{Ll}/u.test(n);
    authors = textPeople.map((n) => spelled.get(fold(n)) ?? (caps(n) && !spelled.has(fold(n)) ? n.toLowerCase().replace(/(?<![\p{L}\p{M}])\p{Ll}/gu, (c) => c.toUpperCase()) : n));
  }
  if (!authors.length) authors = fromText.names;
  if (!authors.length && preview) authors = named(meta.get(`twitter:data${preview}`) ?? '').names.filter((n) => !isOrganisation(n));
  // The site itself is no author: "Le Courrier du Rhône avec AFP" names the paper and its agency.
  // So is a one-word site name printed as the byline ("《ScanNetSecurity》"). (Not a name of two words
  // alone: a blog's site is often its writer's own name.)
  // (Nor the site named as an Organization in JSON-LD: the publisher, not a writer.)
  authors = authors.filter((a) => !(siteWords.includes(fold(a)) && (fromText.agencies.length > 0 || !/\s/.test(a.trim()) || (ldOrganisation && !textPeople.length))));
  // Nor the site's own name after a writer's, of any length: "By Derek Walsh, Continental Report",
  // "Par Marie-Ève Tremblay, La Capitale Express" name where the writer works, as "…, TIME" does.
  // (The name the page gives itself, og:site_name or the publisher's: not its address, "janedoe.com".)
  const siteNames = sites.filter((s) => !/^https?:|^[^\s/]+\.[a-z]{2,}$/i.test(s)).map(fold);
  const isSite = (a: string): boolean => siteNames.includes(fold(a));
  if (authors.length > 1 && !isSite(authors[0]!)) authors = authors.filter((a) => !isSite(a));
  // Nor the site's name after the newsroom's word: "Redacción Diario del Sur" signs for the paper, no
  // person ("Redaktion Politik", a desk of the paper, is still its author).
  const newsroomOf = (a: string, line: string): boolean => {
    const at = line.indexOf(a);
    return at > 0 && NEWSROOM.test(line.slice(0, at).trim().replace(/[:：]$/, '').split(' ').pop() ?? '');
  };
  // ("Redaktion Lahntal Bote", read as one name: the newsroom's word, then the site's name.)
  const newsroomSite = (a: string): boolean => NEWSROOM.test(a.split(' ')[0]!) && isSite(a.slice(a.indexOf(' ') + 1));
  authors = authors.filter((a) => !(isSite(a) && newsroomOf(a, lines[i] ?? '')) && !newsroomSite(a));
  // No person named above the story: its reporters in a sign-off at its end ("Reporting by Tom Hale in
  // London and Inês Carvalho in Lisbon; Editing by Mark Potter"), or in a signature in brackets
  // ("（文・写真：小川 真理子）"). Editors and "additional reporting" are credits.
  if (!authors.some((a) => !isOrganisation(a)) && !textPeople.length) {
    const signed = signOff(facts.shortLines, byline);
    if (signed) {
      authors = signed.names;
      lines.splice(0, lines.length, signed.line);
      i = 0;
    }
  }
  // No byline, but a wire dateline that opens the story names its reporters (its agency is the credit).
  // (A byline that names only the site or the publisher, "한빛뉴스" as meta author and Readability's
  // byline, is no person's: the dateline's reporters are still read.)
  let wire = !authors.length && !textPeople.length ? WIRE_DATELINE.exec(opening.slice(0, 600)) : null;
  // (A Japanese story's 【ワシントン＝田中一郎、ニューヨーク＝鈴木花子】: each reporter after the place
  // they file from; 【ワシントン時事】 names an agency's bureau, no person.)
  if (wire?.[4] !== undefined && !/[=＝]/.test(wire[4])) wire = null;
  const wireLine = wire ? (wire[2] ?? wire[3] ?? wire[4])!.trim() : '';
  const wired = wire ? byline(wireLine) : null;
  if (wired) {
    authors = wired.names.filter((n) => !isOrganisation(n));
    const agency = AGENCY_START.exec(wire![1] ?? '')?.[0];
    for (const a of [...(agency ? [agency] : []), ...wired.agencies]) if (!fromText.agencies.includes(a)) fromText.agencies.push(a);
    if (authors.length) lines.splice(0, lines.length, wireLine);
    i = 0;
  }
  // Short lines in the article that credit agencies, photographers or additional reporting.
  const credits = facts.shortLines.filter((t) => CREDIT.test(t) || CONTRIBUTED.test(t)).slice(0, 3);
  const credit = [...new Set([...fromText.agencies, ...(fromText.agencies.length ? [] : machineAgencies.filter(agencyNamed)), ...credits])].join(' · ') || null;
  return { authors, byline: lines[i] ?? lines[0] ?? (authors.join(', ') || null), credit };
}
