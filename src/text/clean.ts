/**
 * The summarizer's input and the Analysis `text`: Readability's article with the furniture
 * Readability keeps taken out. Removal is conservative — the article-extraction benchmark punishes
 * lost story text (recall) as much as kept furniture — so a block goes only when
 *  - structure says so (figures/captions/widgets, class or id hints; see paragraphs.ts), or
 *  - it is short and its whole text is furniture language (furniture.ts), or
 *  - the caller already knows the text is furniture (`exclude`: AI-disclosure evidence, credit lines), or
 *  - it repeats the headline, the byline or an earlier block, or
 *  - it follows a "Related"/"Also read"/"Trending" label and is a link or a short line, or
 *  - it is in the tail: from a label (comments, "About the Author") or an author's bio on.
 */
import type { Block } from '../facts/text';
import {
  BYLINE_LINE,
  CORRECTION_PROMPT,
  EDGE_LINE,
  FURNITURE_LINE,
  isAuthorBio,
  isBreadcrumb,
  isCjkRightsNotice,
  isContactLine,
  isDatedByline,
  isDatelineOnly,
  isHeadLabel,
  isPhotoCaption,
  isTailStart,
  LABEL_LINE,
  PHOTO_CREDIT,
  RELATED_LABEL,
  TAGS_LINE,
} from './furniture';
import { wordsOf } from './words';

export interface CleanOptions {
  title?: string | null;
  byline?: string | null;
  /** The article's authors (metadata): a paragraph about one of them at the end is an author box. */
  authors?: readonly string[];
  /** Texts known to be furniture (captions, AI disclaimers, credits found by other modules). */
  exclude?: readonly string[];
}

/** Lines up to this many words can be furniture; longer ones are story text whatever they say. */
const SHORT = 30;

const norm = (s?: string | null): string => wordsOf(s ?? '').join(' ');
/** Space-separated words (the text is squashed): counted, not split, as every block is measured. */
function words(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}
/**
 * The page's tail that Readability kept after the story: a credit or dateline (EDGE_LINE), a tag line
 * ("Tags: bridges, steel"), a contact line ("Contact Jane Doe at jdoe@example.com."), a menu of short
 * items between bars ("Order Reprints | Today's Paper | Subscribe"), or a label of a few words with
 * no sentence end ("Featured", "Promoted By Zergnet").
 */
function tailLine(b: Block, labels: { left: number }): boolean {
  const t = b.text;
  const n = words(t);
  if (n <= 20 && EDGE_LINE.test(t)) return true;
  if (n <= 30 && TAGS_LINE.test(t)) return true;
  if (n <= 25 && isContactLine(t)) return true;
  const items = t.split('|');
  if (n <= 30 && items.length >= 3 && items.slice(1).every((x) => words(x.trim()) <= 3)) return true;
  // Labels only as paragraphs or headings (list items and table cells end stories legitimately:
  // ingredients, results), never URLs (a list of sources), and at most a few of them.
  if (n > 3 || labels.left <= 0 || !/^(?:P|DIV|H\d)$/.test(b.tag) || /https?:|[.!?…。！？:;"'”’»)\]]\s*$/u.test(t)) return false;
  labels.left--;
  return true;
}

/** A short paragraph that is mostly links: a teaser ("Read: Another story") or tail furniture. */
const linkLine = (b: Block, density: number): boolean => b.linkDensity > density && words(b.text) <= 15 && /^(?:P|DIV)$/.test(b.tag);

export function cleanBlocks(blocks: Block[], opts: CleanOptions = {}): Block[] {
  const title = norm(opts.title);
  const byline = norm(opts.byline);
  const exclude = (opts.exclude ?? []).map(norm).filter((e) => e.length >= 12);
  const seen = new Set<string>();
  const out: Block[] = [];
  let inRelated = false;
  // Normalised text is only compared with short things (a repeat of a short line, the headline, the
  // byline, known furniture), so a longer block is not normalised: most of an article's text.
  const longest = Math.max(SHORT, ...[title, byline, ...exclude].map(words));
  blocks.forEach((b, i) => {
    const t = b.text;
    const n = words(t);
    const key = n <= longest + 2 ? norm(t) : null;
    if (key === '') return;
    if (inRelated) {
      // A related block runs on while its entries are links or short headlines.
      // It ends at a heading or at a line of plain text longer than a headline.
      if (!/^H\d$/.test(b.tag) && (b.linkDensity > 0.5 || (b.tag === 'LI' && n <= 15))) return;
      inRelated = false;
    }
    // A label: bare ("Trending") it opens a related block; with a teaser ("Also read: …") it is one line.
    const label = RELATED_LABEL.exec(t)?.[0];
    if (label && (label.length === t.length || (/[:：»>|]\s*$/.test(label) && n <= 20))) {
      inRelated = label.length === t.length;
      return;
    }
    if (
      // Repeats: a headline or teaser printed twice. Table cells and list items repeat legitimately.
      (key !== null && seen.has(key) && n >= 4 && n <= SHORT && /^(?:P|DIV)$/.test(b.tag)) ||
      // The headline, or the part of it after the site's or series' name ("The Open Journalism
      // Project: Better Student Journalism" over a block "Better Student Journalism").
      (key !== null && i < 3 && (key === title || (key.length >= 12 && title.endsWith(key)))) ||
      (key !== null && byline && key === byline) ||
      (key !== null && exclude.some((e) => key === e || (e.includes(key) && key.length >= 12))) ||
      (n <= SHORT && (FURNITURE_LINE.test(t) || CORRECTION_PROMPT.test(t))) ||
      (n <= 12 && LABEL_LINE.test(t)) ||
      (n <= 12 && (PHOTO_CREDIT.test(t) || ((i < 3 || i === blocks.length - 1) && (BYLINE_LINE.test(t) || isDatelineOnly(t) || isDatedByline(t))))) ||
      (n <= 80 && isPhotoCaption(t)) ||
      isCjkRightsNotice(t) ||
      (n <= 20 && (i < 3 || i >= blocks.length - 2) && EDGE_LINE.test(t)) ||
      // Labels before the story: a section name, a button, a toolbar ("Docs · txt · pdf · Tracker"), a
      // kicker that leads into the headline ("Biz & IT —").
      (out.length === 0 && i < 30 && (isHeadLabel(t, b.tag) || isBreadcrumb(t))) ||
      linkLine(b, 0.9)
    )
      return;
    if (key !== null) seen.add(key);
    out.push(b);
  });
  // The tail goes from where it starts, near the end: a label (print-edition note, author box,
  // comments); a post's dated byline that signs it off ("Posted on Tuesday 15 October 2019 by …"), when
  // it is the one dated byline below the post's head (a live blog dates each entry, and the last entry
  // is story); an author box without a label ("Steven Mufson covers the White House.") with the
  // contributor lines and links after it.
  const datedLine = (b: Block): boolean => words(b.text) <= 20 && isDatedByline(b.text);
  let signOff = out.findIndex((b, i) => i > 0 && i >= out.length - 8 && datedLine(b));
  if (signOff > 0 && blocks.slice(3).filter(datedLine).length > 1) signOff = -1;
  const authors = opts.authors ?? [];
  const tail = out.findIndex(
    (b, i) =>
      i > 0 &&
      (i === signOff || (i >= out.length - 30 && isTailStart(b.text)) || (i >= out.length - 8 && authors.length > 0 && isAuthorBio(b.text, authors))),
  );
  if (tail > 0) out.length = tail;
  // Trailing short lines of links or labels are the page's tail furniture, and a credit or dateline
  // that only they kept from the end ("Heba Habib contributed to this report.") goes with them.
  const last = (): Block => out[out.length - 1]!;
  const labels = { left: 2 };
  while (out.length > 1 && (linkLine(last(), 0.5) || tailLine(last(), labels))) out.pop();
  return out;
}
