/**
 * Language patterns of page furniture that Readability keeps inside the article: what a reader
 * skips without reading. English, German, French, Spanish, Italian, Portuguese and Dutch. The
 * cleaner tests them on short lines only, and each is anchored to the line's start, so a story
 * sentence that merely mentions "newsletter" or "click" is never dropped.
 */
import { UNSPACED } from './words';

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
export const FURNITURE_LINE =
  /^(?:.{0,40}\b(?:ai|ki|ia|artificial(?:ly| intelligence))[- ]?(?:generated|generiert|générée?s?|generad[ao]s?|generat[ao]|gerad[ao]s?|gegenereerd)\b|.{0,60}\b(?:generated|created|made) (?:by|with|using) (?:ai|artificial intelligence)\b|(?:.{0,80}\|\s*)?(?:updated|created|published|posted|last (?:updated|modified)|aktualisiert|veröffentlicht|mis à jour|publié le|actualizado|publicado|aggiornato|pubblicato|bijgewerkt|gepubliceerd)\s*(?:on|am|le|el|em|il|op)?\s*[:|]?\s*\d|\(?\s*(?:(?:with )?inputs from|(?:additional )?reporting by|writing by|editing by|compiled by|mit material von|avec (?:l['’])?afp|con información de|com agências)\b[^()]{0,200}\)?\.?$|click here|tap here|click to (?:share|email|print|tweet)\b|share (?:this|on|via)|follow us|sign up|subscribe (?:to|for|now)|download (?:our|the) app|scroll down for|support (?:our|independent|quality|local) journalism|become a (?:member|subscriber|supporter|patron)\b|teilen sie|folgen sie|jetzt abonnieren|hier klicken|klicken sie hier|partagez|suivez-nous|abonnez-vous|cliquez ici|comparte|síguenos|suscríbete|haz clic|condividi|seguici|iscriviti|clicca qui|compartilhe|siga-nos|clique aqui|deel dit|volg ons|klik hier|转播到|分享到|分享至|シェアする|공유하기)|\b(?:sign up|subscribe|register|join|get|abonnieren|inscrivez-vous|suscríbete|iscriviti|assine|meld je aan)\b.{0,60}\b(?:newsletter|whatsapp|telegram|google news)\b|\b(?:in|to) your inbox\b|^\[[^\]]*\b(?:newsletter|sign up|subscribe|read more|listen|watch|follow|download|podcast)\b[^\]]*\]\.?$|\b(?:check it out|read (?:it|more)|find out more|learn more|watch it) here\.?$|^(?:now playing|watch this|reproduciendo|mira esto)\s*:|^(?:photo )?gallery\s*:.{1,80}\|\s*\d+\s+(?:photos|images|pictures)$|^follow [^:]{1,40}:?\s*(?:on )?(?:twitter|facebook|instagram|linkedin|threads|bluesky)\b|^[\[【(（]?\s*(?:责任编辑|責任編輯|编辑|編輯|作者|来源|來源)\s*[:：︱|丨]|^(?:copyright\s+(?:©\s*)?\d{4}|©|\(c\)).{0,160}\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden)\b/i;

/** A whole line that is a page label, never a sentence of a story: an ad slot ("Advertisement",
 *  "Story continues below advertisement", "Anzeige"), an audio or reading-time badge ("Listen to
 *  this article", "5 min read", "Lesezeit: 3 Min."), a relative dateline ("Updated 3 hours ago"), a
 *  blog's like button ("Like this:", "Loading..."), a player's stand-in ("Media playback is unsupported
 *  on your device"), a widget's sponsor ("Powered by SmartAsset.com"), a byline's "By" whose name was
 *  a furniture element of its own. */
export const LABEL_LINE =
  /^(?:advertisement|advertising|sponsored(?: content)?|(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|continue reading(?: the main story| below)?|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|listen to (?:this )?(?:article|story)(?:\s*[\d:]+\s*(?:min(?:ute)?s?)?)?|\d+\s*[-–]?\s*min(?:ute)?s?\.? read|(?:estimated )?reading time\s*:?\s*\d+\s*min(?:ute)?s?|lesezeit\s*:?\s*\d+\s*min(?:uten)?|temps de lecture\s*:?\s*\d+\s*min(?:utes)?|tiempo de lectura\s*:?\s*\d+\s*min(?:utos)?|tempo di lettura\s*:?\s*\d+\s*min(?:uti)?|tempo de leitura\s*:?\s*\d+\s*min(?:utos)?|leestijd\s*:?\s*\d+\s*min(?:uten)?|(?:updated |published |posted )?\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|like this:|(?:like )?loading(?:\.{3}|…)|media playback is (?:unsupported|not supported) on your device|powered by [\w.&'’ -]{1,40}|by|por|von|par|door)\.?$/i;

/** A byline line near the top or bottom: "By Jane Doe and John Smith", "Von Max Muster | dpa". */
export const BYLINE_LINE =
  /^(?:(?:[Pp]osted |[Ww]ritten )?(?:[Bb]y|BY)|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|und|et|y|e|en|,|&|van|de|von|da|di|del|der))*\s*(?:[|,–-].{0,60})?$/u;

/** Photo credit lines: "Photo: Reuters", "Image Credits: …", "Top photo by …", "Image copyright Getty Images",
 *  "© AFP", "(Getty Images)", "Jane Doe/AFP via Getty Images". */
export const PHOTO_CREDIT =
  /^(?:\(?\s*(?:all |top |lead |main |header |cover |featured )?(?:photo|photograph|image|picture|foto|bild|crédit|crédito|credit|source|fonte|fuente|quelle|illustration)s?(?: credits?)?\s*(?:[:©/]|by\b)|(?:image|photo|media) copyright\b|©|\(?(?:getty images|reuters|afp|ap photo|epa|dpa|shutterstock|istock)\b.{0,40}\)?$|[\w .'’-]{2,40}\s*\/\s*(?:getty images|afp|ap|reuters|epa|dpa|shutterstock|istock|bloomberg|xinhua|anadolu|sipa|alamy)(?:\s+via\s+getty images)?\)?$)/i;

/** Section labels that open a block of links to other stories ("Also read:", "Lesen Sie auch", "相关阅读：",
 *  "関連記事"; "More games news" only as a line of its own: "More bad news: …" is a sentence). */
export const RELATED_LABEL =
  /^(?:(?:also read|read also|read more|more from|more on this|more about|more (?:[a-z-]+ ){1,2}(?:news|stories|headlines|coverage|reviews|articles)(?=\s*[:：»>]?\s*$)|more|don['’]t miss|must[- ]reads?|watch|recommended reading|editor['’]?s['’]? picks|top stories|up next|keep reading|what to read next|weitere artikel|à voir aussi|te recomendamos|más noticias|guarda anche|ver também|lees meer|related(?: (?:article|stor(?:y|ies)|news|coverage|content|links?|videos?|reading)s?)?|(?:read|video|photos|listen)(?=\s*:)|recommended(?: for you)?|trending(?: now| news)?|most (?:read|popular)|popular(?: now)?|see also|you may also like|lesen sie auch|auch interessant|mehr zum thema|das könnte sie auch interessieren|lire aussi|à lire aussi|sur le même sujet|lee también|leer más|te puede interesar|noticias relacionadas|leggi anche|potrebbe interessarti|leia também|leia mais|veja também|lees ook|meer over|learn more)\b|相关阅读|相關閱讀|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|相关新闻|相關新聞|精彩推荐|精彩推薦|精彩视频推荐|热门推荐|熱門推薦|猜你喜欢|関連記事|関連ニュース|あわせて読みたい)\s*[:：.…»>-]*\s*/i;

/** A request to report errors, at an article's foot: "Spotted an error? Let us know.", "Did we get something
 *  wrong?", "Fehler gefunden?", "Pokud jste v článku zaznamenali chybu…, dejte nám vědět". It opens the line,
 *  so a quote ("“If you see a mistake, tell us,” she said") stays. */
export const CORRECTION_PROMPT =
  /^(?:report (?:an? )?(?:error|typo|mistake|correction)|submit a correction|suggest a correction)\.?$|^(?:if you(?: have)? )?(?:spotted|spot|found|find|notice[ds]?|see|seen)\s+(?:an?\s+|any\s+)?(?:errors?|typos?|mistakes?|inaccurac(?:y|ies))\b.{0,80}\b(?:let us know|contact us|tell us|email us|write to us|report it)\b|^did we get something wrong\b|^(?:fehler gefunden|haben sie einen fehler (?:gefunden|entdeckt))\b|^vous avez (?:repéré|trouvé|remarqué) une (?:erreur|faute)\b|^signaler une erreur\.?$|^¿?(?:has|ha) (?:visto|encontrado) (?:un|algún) error\b|^(?:reportar|notificar) un error\.?$|^segnala (?:un )?errore\.?$|^encontrou (?:um|algum) erro\b|^fout (?:gezien|gevonden)\b|^(?:pokud jste v článku zaznamenali chybu|našli jste (?:v článku )?chybu)/i;

/** A rights notice in Chinese or Japanese: "【…未经授权，不得转载、摘编等。】", "版权所有", "無断転載を禁じます".
 *  Unspaced text has no words to count, so the line's length bounds it. */
export function isCjkRightsNotice(text: string): boolean {
  if (text.length > 160) return false;
  // "版权所有人" is a copyright holder, a story's word: the notice stands alone and short.
  return /(?:未经|未經)[^。]{0,12}?(?:授权|授權|许可|許可)[^。]{0,4}?(?:不得|禁止|严禁|嚴禁)|無断(?:転載|複製)/.test(text) || (text.length <= 80 && /版[权權]所有(?![人者])/.test(text));
}

/** Dates and clock times in any script: "22 Dec, 2016", "May 14, 2025", "2016年10月14日", "10月14日",
 *  "28-04-2025", "2025-04-28", "09:57". */
const DATE_OR_TIME = /\b\d{1,2}\.? \p{L}{3,10}\.?,? \d{4}\b|\b\p{L}{3,10}\.? \d{1,2},? \d{4}\b|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日|\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}:\d\d(?::\d\d)?\b/gu;

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
  let rest = undated.replace(/[\s,|·•–-]+$/, '').replace(/^[\s,|·•–-]+/, '');
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
  if (/^(?:图为|圖為|图片为|圖片為|图注|圖註|图说|圖說)/.test(text) || /^(?:image|media) caption\s/i.test(text) || /\s[-–|]\s(?:image|photo|picture|foto|bild|credit)\s*:\s*[^.:]{1,60}$/iu.test(text)) return true;
  // A caption that ends with its credit line in brackets, names between slashes or an agency, after a
  // full stop: "… after the election. (Thomas Coex/AFP/Getty Images)", "(AP Photo/Evan Vucci)",
  // "… most of them foreign tourists. (Reuters)". A story's "(Windows/Mac)" follows no full stop.
  if (text.endsWith(')') && /[.!?]["'”’]?\s+\((?:\p{Lu}[^()/]{0,40}(?:\/\p{Lu}[^()/]{0,40})+|AP|AFP|Reuters|Getty Images|EPA|Bloomberg|Xinhua)\)$/u.test(text)) return true;
  if (!/^In this (?:[\p{L}\d.,'’-]+ ){0,6}?(?:photo(?:graph)?|image|picture|frame grab|video grab)s?(?![\p{L}-])/iu.test(text)) return false;
  return (
    /\b(?:file|handout|undated|taken|released|provided|dated|made available)\b/i.test(text.slice(0, 80)) ||
    text.slice(0, 80).replace(DATE_OR_TIME, '') !== text.slice(0, 80) ||
    /\([^()]*\b(?:AP|AFP|Reuters|Getty|EPA|photo|via)\b[^()]*\)\s*$/.test(text)
  );
}

/** A breadcrumb trail before the story: "Home > World > Asia", "福娘童話集 > きょうのイソップ童話 > 欲張りなイヌ". */
export function isBreadcrumb(text: string): boolean {
  // Separators with spaces on both sides: a French quote (« Non », a-t-il dit) is not a trail.
  const parts = text.split(/\s+[>›»]\s+/);
  return text.length <= 160 && parts.length >= 3 && parts.every((p) => p.length > 0 && p.length <= 40);
}

/** An edge line that dates the story or credits helpers: "CNNMoney (New York) First published
 *  February 1, 2016: 1:28 AM ET", "Heba Habib contributed to this report.", "This article originally
 *  appeared on The Atlantic." Only the first or last
 *  lines of an article are tested: inside it, such words belong to the story. */
export const EDGE_LINE =
  /(?:^|\s)(?:first )?(?:published|updated|posted)\b[^.]{0,24}\d{1,2},? \d{4}|^this (?:article|story|post) (?:was )?(?:originally |first )?(?:appeared|published|reprinted|ran)\b.{0,80}$|^[\p{L} .,'’&-]{3,120}\b(?:contributed|contributed reporting|also contributed)\b(?: to)?(?: (?:this|the) (?:report|story|article))?\.?$/iu;

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

/** Where the page's tail begins, when it begins with a label: the print-edition note ("A version of
 *  this article appears in print on …"), an author box ("About the Author"), the comment section's
 *  heading ("2 comments on “…”", "Comments (12)", "Leave a Reply") or the first comment ("John Doe
 *  wrote on February 9, 2021 at 10:16 pm:"). Everything from there on is not the story. */
export function isTailStart(text: string): boolean {
  if (text.length > 120) return false;
  if (/^(?:a version of this (?:article|story) appears? in print\b|about the authors?$|über (?:den|die) autor(?:in)?$|à propos de l['’]auteur$|sobre (?:el|la|o|a) autora?$|l['’]autore$|over de auteur$)/i.test(text)) return true;
  // A comment section's heading: "Comments (12)", "Leave a Reply", "Join the conversation", or one
  // that names the post: "2 comments on “These Weeks in Firefox: Issue 85”", "3 Kommentare zu „…“".
  if (/^(?:(?:\d+\s+)?(?:reader )?comments?(?:\s*\(\d+\))?|leave a (?:reply|comment)|post a comment|join the (?:discussion|conversation)|(?:\d+\s+)?(?:kommentare?|commentaires?|comentarios?|commenti|comentários?|reacties?)(?:\s*\(\d+\))?|schreiben sie einen kommentar|laisser un commentaire|deja un comentario|lascia un commento|deixe um comentário|laat een reactie achter)\s*:?$/i.test(text)) return true;
  if (/^(?:\d+|one|two|three|ein|un|une|uno|um|één)\s+(?:comments?|thoughts?|responses?|replies|reply|kommentare?|commentaires?|comentarios?|commenti|comentários?|reacties?|reactie)\s+(?:on|to|zu|sur|à|en|a|em|su|op)\s+["“„«'‘]/i.test(text)) return true;
  // A comment's header names a date and a clock time ("… wrote on February 9, 2021 at 10:16 pm:",
  // "Jane on 3 May 2024 at 09:12 said:"); a story's "On March 3, the president said:" has no clock.
  return /^[^:]{2,60}\b(?:wrote|says|said|commented)\b.{0,60}:$/i.test(text) && /\bat \d{1,2}:\d\d/i.test(text) && text.replace(DATE_OR_TIME, '') !== text;
}

/** What an author's box says right after the name: "Corey Kilgannon is a Metro reporter…", "Steven
 *  Mufson covers the White House.", "Andrés Malamud es periodista…", "Lucas Nolan is a reporter for
 *  Breitbart Tech. Follow him on Twitter". */
const BIO_VERB =
  /^\s*(?:is|was|covers|has|writes|reports|joined|lives|teaches|edits|contributed|ist|war|schreibt|arbeitet|est|écrit|travaille|es|fue|escribe|trabaja|è|scrive|lavora|é|foi|escreve|trabalha|schrijft|werkt)\b/u;

/** …and what it is about: the job, the beat, the handle. */
const BIO_WORD =
  /\b(?:reporter|editor|writer|correspondent|journalist|columnist|contributor|producer|photographer|author|critic|historian|analyst|freelance|staff|covers|covered|covering|twitter|based in|periodista|redactora?|corresponsal|journaliste|rédact(?:eur|rice)|correspondant|redakteur(?:in)?|korrespondent(?:in)?|giornalista|redattore|corrispondente|jornalista|repórter|correspondente|verslaggever|redacteur|correspondent)\b|@\w/iu;

/** A paragraph about the article's author, not part of the story: it opens with one of the
 *  authors' names (as the page's metadata gives them), a verb of a biography and what the person
 *  does ("… is a Metro reporter", "… covers the White House"), so "Reuters was unable to reach the
 *  company" stays. Only the last lines of an article are tested; there a reporter never turns to
 *  herself in the third person. */
export function isAuthorBio(text: string, authors: readonly string[]): boolean {
  if (text.split(/\s+/).length > 80) return false;
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
    /[\w.+-]+@[\w-]+\.[\w.-]+/.test(text) &&
    /^(?:contact|reach|e-?mail|write to|send|follow|(?:got|have) a (?:news )?tip|tips?\b|[\p{L} .'’-]{2,40}\b(?:can|may) be (?:reached|contacted|emailed)\b)/iu.test(text)
  );
}

/** A tag or category line at the end of a post: "Tags: bridges, steel", "Filed under: City Hall". */
export const TAGS_LINE =
  /^(?:tags?|tagged(?: with)?|topics?|filed under|categories|category|posted in|related topics|schlagworte|themen|mots-clés|étiquettes|etiquetas|temas|argomenti|trefwoorden)\s*:/i;
