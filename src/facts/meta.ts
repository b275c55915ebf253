/**
 * The metadata facts the page half collects (src/metadata/collect.ts) and the thinking half reads
 * (src/metadata/interpret.ts): meta tags, JSON-LD texts, `<time>` elements and the short lines near
 * the headline, as plain data.
 */
import { isRecord } from '../util';

export interface TimeFact {
  /** The `datetime` attribute ('' when absent). */
  datetime: string;
  /** The element's text, as is. */
  text: string;
  /** Where a label may be: its class, "pubdate" if flagged, the text before it, its parent's class. */
  around: string;
}

export interface MetaFacts {
  /** `<meta>` [key, content]: keys lower-cased from property / name / itemprop / http-equiv; first wins. */
  meta: [string, string][];
  /** `<link>` [rel token, href]; first wins. */
  links: [string, string][];
  /** Texts of the JSON-LD scripts, unparsed. */
  ld: string[];
  title: string;
  /** Text of the first visible `<h1>` outside page chrome ('' when none). */
  headline: string;
  /** The first `<h1>`s and `<h2>`s outside page chrome (at most four of each, in page order, each at
   *  most 300 characters): the headline the page displays when its first `<h1>` is the site's logo or
   *  a section's name. An `<h1>`'s `kicker`: the text of its first element when the markup sets it apart
   *  as a kicker (collect.ts kickerOf). Absent in facts from an older page half. */
  headings?: { level: 1 | 2; text: string; kicker?: string }[];
  /** `<html lang>` and `<html dir>` ('' when absent). */
  lang: string;
  dir: string;
  /** The first 20 `<time>` (and AMP `<amp-timeago>`) elements, less those in page chrome; then date
   *  lines near the story whose data-* attribute holds an instant (`datetime`: its value). */
  times: TimeFact[];
  /** [itemprop, value] of datePublished/Modified/Created elements near the story (not `<meta>`). */
  itemprops: [string, string][];
  /** Short texts with a digit around the headline, nearest first, then (when none of them holds a
   *  year) date-classed elements page-wide; `facts` when inside a table or definition list (an
   *  infobox) that is not the page layout, or a short line found page-wide by its year alone: read
   *  only when labelled. */
  dateLines: { text: string; facts: boolean }[];
  /** The opening of the story's first long paragraph after the headline (its first 100 characters):
   *  a press release's dateline, "(18.01.2018) Deutschlands Landwirte …", "BERLIN, 5. März 2024 –
   *  …". Absent when there is none, and in facts from an older page half. */
  leadStart?: string;
  /** The line a wiki engine prints in its footer for the page's last edit (MediaWiki's
   *  `#footer-info-lastmod`: "This page was last edited on 29 January 2020, at 13:22", "Diese Seite
   *  wurde zuletzt am … geändert"), in the wiki's language. Absent when there is none. */
  lastEdited?: string;
  /** The (up to three) elements right after the headline, when short: a plain "By …" line. */
  afterHeadline: string[];
  /** Texts of elements marked as bylines (rel=author, itemprop=author, class byline, class author,
   *  in that order), at most four. */
  bylines: string[];
  /** Distinct short texts of p/em/i/small/figcaption/span in the article: credit-line candidates. */
  shortLines: string[];
  /** The site's logo: the alt text of the first image before the headline that links to a front page
   *  or is named a logo, and its link's address ('' when unlinked). Issue #14: a site may name itself
   *  nowhere else. Absent in facts from an older page half, and when there is none. */
  logo?: { alt: string; href: string };
  /** The body's text, only when a zone abbreviation with several readings (see zones.ts) occurs:
   *  words naming a country decide it. */
  bodyText?: string;
}

const isStrings = (v: unknown, n?: number): boolean => Array.isArray(v) && (n === undefined || v.length === n) && v.every((s) => typeof s === 'string');
const isPairs = (v: unknown): boolean => Array.isArray(v) && v.every((p) => isStrings(p, 2));

/** Narrow facts that arrived by message (from a content script, possibly of another version). */
export function isMetaFacts(v: unknown): v is MetaFacts {
  return (
    isRecord(v) &&
    ['title', 'headline', 'lang', 'dir'].every((k) => typeof v[k] === 'string') &&
    ['bodyText', 'leadStart', 'lastEdited'].every((k) => v[k] === undefined || typeof v[k] === 'string') &&
    (v.logo === undefined || (isRecord(v.logo) && typeof v.logo.alt === 'string' && typeof v.logo.href === 'string')) &&
    (v.headings === undefined ||
      (Array.isArray(v.headings) && v.headings.every((h) => isRecord(h) && (h.level === 1 || h.level === 2) && typeof h.text === 'string' && (h.kicker === undefined || typeof h.kicker === 'string')))) &&
    [v.meta, v.links, v.itemprops].every(isPairs) &&
    [v.ld, v.afterHeadline, v.bylines, v.shortLines].every((a) => isStrings(a)) &&
    Array.isArray(v.times) &&
    v.times.every((t) => isRecord(t) && typeof t.datetime === 'string' && typeof t.text === 'string' && typeof t.around === 'string') &&
    Array.isArray(v.dateLines) &&
    v.dateLines.every((l) => isRecord(l) && typeof l.text === 'string' && typeof l.facts === 'boolean')
  );
}
