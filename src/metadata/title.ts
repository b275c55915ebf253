/**
 * A title that names the site, not the story. Some pages give every article the site's own
 * <title> and og:title ("Yahoo News - Latest News & Headlines") and print the story's headline only
 * in an <h1>. When the chosen title names the site, shares almost no word with the story's opening
 * text, and the page's first headline shares most of its words, the headline is the title. Pure.
 */
import { matchesOf } from '../matches';
import { memoize } from '../util';
import { trimEdges } from '../trim';
import { UNSPACED, wordsOf } from '../text/words';

/** Words that say something (four letters or more, or any word of an unspaced script). Kept per
 *  string: headlineOf asks for the same titles' words once per heading and title it compares. */
const telling = memoize<ReadonlySet<string>>((s) => new Set(wordsOf(s).filter((w) => w.length >= 4 || /[^\p{Script=Latin}\p{N}]/u.test(w))));

/** `site`: the site's names as the page gives them (domain, canonical URL, site name, publisher). */
export function storyTitle(title: string, headline: string, opening: string, site: string): string {
  telling.clear();
  if (!headline || headline === title || headline.length > 200) return title;
  // Only a title that names the site ("Yahoo News - …" on yahoo.com) is replaced.
  const siteWords = telling(site.replace(/\b(?:https?|www|com|org|net|co|html?)\b/g, ' '));
  if (![...telling(title)].some((w) => siteWords.has(w))) return title;
  const body = telling(opening);
  const share = (s: string): [number, number] => {
    const words = [...telling(s)];
    const n = words.filter((w) => body.has(w)).length;
    return [n, words.length ? n / words.length : 0];
  };
  const [, titleShare] = share(title);
  const [n, headlineShare] = share(headline);
  // At most one word in four ("News" in "Yahoo News - Latest News & Headlines") against at least half.
  return titleShare <= 0.25 && n >= 2 && headlineShare >= 0.5 ? headline : title;
}

/** The opening of an article for `storyTitle`: its first blocks, at most 3,000 characters. */
export const openingText = (blocks: readonly { text: string }[] | null | undefined): string =>
  (blocks ?? []).slice(0, 12).map((b) => b.text).join(' ').slice(0, 3000);

/** Title and headline compared as a reader would: case, quotes, dashes and spacing aside. (Kept per
 *  string: siteLike folds every site name once per segment of every title.) */
export const foldTitle = memoize<string>((s) =>
  s
    .normalize('NFKC')
    .replace(/[\u00ad\u200b]/g, '')
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim(),
);

/** Where titles join the story's headline to a site's or a section's name. (A run of spaces is tried
 *  from its first only: from each, a long run costs quadratic time.) */
const SEPARATOR = /(?<!\s)\s+[|\-–—·»/~]\s+|(?:(?<!\s)\s+)?[|｜]\s*|(?:(?<!\s)\s+)?[:：]\s*|_|(?<!\s)\s+::\s+/g;

/** The runs of a title between separators: "Opinion | A: B | Site" gives "Opinion", "A", "A: B", "B",
 *  "B | Site", … (every contiguous run, the whole title included). */
function runs(title: string): string[] {
  const cuts: Array<[number, number]> = [];
  for (const m of matchesOf(SEPARATOR, title)) if (m[0].length < title.length) cuts.push([m.index, m.index + m[0].length]);
  if (cuts.length === 0 || cuts.length > 8) return [title];
  const starts = [0, ...cuts.map(([, e]) => e)];
  const ends = [...cuts.map(([s]) => s), title.length];
  const out: string[] = [];
  for (let i = 0; i < starts.length; i++) for (let j = i; j < ends.length; j++) if (ends[j]! > starts[i]!) out.push(title.slice(starts[i], ends[j]));
  return out;
}

const siteLike = (segment: string, sites: readonly string[]): boolean => {
  const s = foldTitle(segment).replace(/^www\./, '');
  if (!s || s.length > 60) return false;
  return sites.some((site) => {
    // (Folded, the name is one line: `.*` takes the rest, where `.*$` would read it again from every "/".)
    const f = foldTitle(site).replace(/^(?:https?:\/\/)?(?:www\.)?/, '').replace(/\/.*/, '');
    return f === s || f.split('.')[0] === s.replace(/\s+/g, '') || (s.length >= 4 && (f.startsWith(s) || s.startsWith(f)));
  });
};

/** A heading the page displays (facts.headings): its level and text. */
export interface Heading {
  level: 1 | 2;
  text: string;
  /** A kicker the page sets apart at the heading's start (its own element: a Dachzeile, "ENTRETIEN."). */
  kicker?: string;
}

/** A heading without the kicker its markup sets apart ("Streit um Agrarsubventionen" over "Bauern
 *  blockieren Brüssel"): readers and the people who label pages take the headline alone, though the
 *  page's titles repeat the kicker ("Streit um Agrarsubventionen: Bauern blockieren Brüssel"). Kept
 *  whole when too little is left to be a headline. */
function withoutKicker(h: Heading): Heading {
  const rest = h.kicker && h.text.startsWith(h.kicker) ? h.text.slice(h.kicker.length).replace(/^[\s.:：|·–—-]+/, '') : '';
  return telling(rest).size >= 2 || (UNSPACED.test(rest) && rest.length >= 6) ? { ...h, text: rest } : { level: h.level, text: h.text };
}

/** Words compared between a heading and a title: telling words, Latin ones cut to five letters
 *  ("compliments" and "compliment" agree). */
const stems = (s: string): Set<string> => new Set([...telling(s)].map((w) => (/^\p{Script=Latin}{6,}$/u.test(w) ? w.slice(0, 5) : w)));

/** How much of a heading a title says: the words they share, and their share of the heading's words. */
function overlap(heading: string, title: string): { shared: number; share: number } {
  const x = stems(heading);
  const y = stems(title);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return { shared, share: x.size ? shared / x.size : 0 };
}

/** "… (Published 2016)": an archive's note after the headline, not part of it. */
// (`(?<!\s)`: a run of spaces is tried from its first only: from each, a long run costs quadratic time.)
const ARCHIVE_NOTE = /(?<!\s)\s*\((?:published|updated|veröffentlicht|publié|publicado|pubblicato)\s+\d{4}\)$/i;

/** Whether a title's segment is one of the people who wrote the story ("… | Eleanor Ainge Roy"). */
const personLike = (segment: string, people: readonly string[]): boolean => {
  const s = foldTitle(segment);
  return s.length >= 3 && people.some((p) => foldTitle(p) === s);
};

/**
 * `title` without the site's, a section's or an author's name at its end ("… | Blister",
 * "…_科技_腾讯网", "… | Eleanor Ainge Roy"), the site's at its start ("Blister: …") and an
 * archive's note ("… (Published 2016)"), when the site is named (its domain, site name or
 * publisher) and what is left still says something. A section is a short part before the site's
 * name, joined by the same separator ("Story_Section_Site").
 */
export function withoutAffixes(title: string, sites: readonly string[], people: readonly string[] = []): string {
  const keeps = (rest: string): boolean => telling(rest).size >= 1 && rest.length >= 3;
  let t = title.replace(ARCHIVE_NOTE, '').trim();
  if (!keeps(t)) t = title;
  // The site at the end ("Story | Site"), then a section before it with the same separator.
  let sep: string | null = null;
  for (let round = 0; round < 3; round++) {
    const seps = matchesOf(SEPARATOR, t);
    if (seps.length === 0) break;
    const last = seps[seps.length - 1]!;
    const tail = t.slice(last.index + last[0].length);
    const head = t.slice(0, last.index).trim();
    if (!keeps(head)) break;
    const mark = last[0].trim();
    const section = sep !== null && mark === sep && tail.length <= 20 && tail.split(/\s+/).length <= 3 && tail.length * 3 <= head.length && !/\d/.test(tail);
    if (!(siteLike(tail, sites) || personLike(tail, people) || section)) break;
    t = head;
    sep = mark;
  }
  const seps = matchesOf(SEPARATOR, t);
  if (seps.length) {
    const first = seps[0]!;
    const lead = t.slice(0, first.index);
    const rest = t.slice(first.index + first[0].length).trim();
    if (siteLike(lead, sites) && keeps(rest)) t = rest;
  }
  return t;
}

/**
 * The story's headline among the titles a page gives (Readability's, og:title, twitter:title,
 * JSON-LD headline, `<title>`), by agreement with the headings it displays:
 * - a displayed `<h1>`, in its own typography, when it is one of the titles or most of one, between
 *   separators ("Opinion | Enough platitudes" with the headline "Enough platitudes"), or when a
 *   title is its start (a title cut short): a social og:title that differs from the page's own is
 *   not the headline the page displays. An `<h1>` that names the site (its logo) is passed over;
 * - else an `<h1>` that tells the same story as a title in other words (most of the words of the
 *   shorter of the two, two at least): the page's headline, where the titles are written for
 *   search engines or social feeds;
 * - else an `<h2>` that is a title, or most of one (the `<h1>` is the site's or a section's name);
 * - else `title` without its affixes (withoutAffixes).
 * `headings` may be the first `<h1>`'s text alone.
 */
export function headlineOf(
  title: string,
  others: readonly string[],
  headings: string | readonly Heading[],
  sites: readonly string[],
  people: readonly string[] = [],
): string {
  // One page's titles and site names at a time (memoize): nothing is kept from the last page.
  foldTitle.clear();
  telling.clear();
  let list: readonly Heading[] = typeof headings === 'string' ? (headings ? [{ level: 1, text: headings }] : []) : headings.map(withoutKicker);
  const titles = [title, ...others].map(trimEnds).filter(Boolean);
  // (A kicker that a title repeats alone is the headline the page gives: og:title "Wasserstoff als
  // Schlüsseltechnologie." over "<strong>Wasserstoff als Schlüsseltechnologie.</strong><br> Sebastian Kurz zu …".)
  if (typeof headings !== 'string') list = list.map((h, i) => (h.kicker !== undefined && titles.some((t) => foldTitle(t) === foldTitle(headings[i]!.kicker!)) ? { level: h.level, text: headings[i]!.text } : h));
  const cores = [...new Set(titles.map((t) => withoutAffixes(t, sites, people)))];
  // A heading that names the site, or is a title's short last part (the site's logo: "… - Rolling
  // Stone", ":: 痞客邦 PIXNET ::"), is not the story's headline.
  // (A headline whose kicker was set apart is no site's name, though the titles print it after the kicker.)
  const shown = list.filter((h) => h.text.length <= 300 && !siteLike(h.text, sites) && (h.kicker !== undefined || !titles.some((t) => isPart(t, h.text))));
  // A run that is most of its title: "Opinion | Story" gives "Story", but "Story · V8" does not make
  // the site's name "V8" (an <h1> in the page's header) the headline.
  const strong = (h: string): boolean => {
    const f = foldTitle(h);
    const isRun = (t: string): boolean => runs(t).some((r) => foldTitle(r) === f && r.length * 2 >= t.length);
    // A title cut short ("… Bureij, almen…") is the start of the whole headline.
    const cut = (t: string): boolean => /(?:…|\.\.\.)$/.test(t) && t.length >= 20 && nospace(f).startsWith(nospace(foldTitle(t)).replace(/(?:…|\.\.\.)$/, ''));
    return titles.some(isRun) || titles.some(cut);
  };
  // A heading that holds a title and more: a kicker or a subtitle printed in the same element
  // ("Crime and Public Safety | Another Bay Area child …", "Einheit der WocheLagen-Pyramide mit GA2").
  const holds = (h: string): string | undefined =>
    cores.find((t) => telling(t).size >= 2 && t.length < h.length && nospace(foldTitle(h)).includes(nospace(foldTitle(t))));
  // The same story in other words: most of the heading's words are the title's, two at least.
  const weak = (h: string): boolean =>
    (telling(h).size >= 3 || (UNSPACED.test(h) && h.length >= 8)) &&
    cores.some((t) => {
      const o = overlap(h, t);
      return o.shared >= 2 && o.share >= 0.5;
    });
  const h1s = shown.filter((h) => h.level === 1).map((h) => h.text.trim());
  const h2s = shown.filter((h) => h.level === 2).map((h) => h.text.trim());
  // A short <h1> whose words all recur in a longer displayed <h2> that is the page's social or
  // structured headline: the <h1> is a label for the story ("Millennial Decorating Mistakes" above "The
  // 5 Biggest Decorating Mistakes Millennials Make — …"), the <h2> its headline.
  const full = h2s.find((h2) => {
    const f = foldTitle(h2);
    return titles.some((t) => foldTitle(t) === f) && h1s.some((h1) => strong(h1) && h1.length * 3 <= h2.length * 2 && [...stems(h1)].every((w) => stems(h2).has(w)) && stems(h1).size >= 2);
  });
  if (full) return clean(full);
  for (const h of h1s) if (strong(h)) return clean(h);
  for (const h of h1s) {
    const held = holds(h);
    if (held) return clean(held);
  }
  return clean(h1s.find(weak) ?? h2s.find(strong) ?? withoutAffixes(trimEnds(title) || title, sites, people));
}

const nospace = (s: string): string => s.replace(/\s+/g, '');
/** Soft hyphens and zero-width spaces (hyphenation hints in a headline's markup) are not shown. */
const clean = (s: string): string => s.replace(/[\u00ad\u200b]/g, '');

/** Whether `segment` is the short part of `title` after its last separator, less than half of it
 *  (the site's name: "… - Rolling Stone"), not most of it ("Genetik: Das Geheimnis …"). */
function isPart(title: string, segment: string): boolean {
  const seps = matchesOf(SEPARATOR, title);
  const last = seps[seps.length - 1];
  return last !== undefined && segment.length * 2 < title.length && foldTitle(title.slice(last.index + last[0].length)) === foldTitle(segment);
}

/** A bar, colon or underscore left at a title's ends (":: 痞客邦 PIXNET ::", "| Story") is no part of it. */
const trimEnds = (t: string): string => trimEdges(t, '|｜:：_ \t\n');
