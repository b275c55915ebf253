/**
 * A title that names the site, not the story. Some pages give every article the site's own
 * <title> and og:title ("Yahoo News - Latest News & Headlines") and print the story's headline only
 * in an <h1>. When the chosen title names the site, shares almost no word with the story's opening
 * text, and the page's first headline shares most of its words, the headline is the title. Pure.
 */
import { wordsOf } from '../text/words';

/** Words that say something (four letters or more, or any word of an unspaced script). */
const telling = (s: string): Set<string> => new Set(wordsOf(s).filter((w) => w.length >= 4 || /[^\p{Script=Latin}\p{N}]/u.test(w)));

/** `site`: the site's names as the page gives them (domain, canonical URL, site name, publisher). */
export function storyTitle(title: string, headline: string, opening: string, site: string): string {
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

/** Title and headline compared as a reader would: case, quotes, dashes and spacing aside. */
export const foldTitle = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

/** Where titles join the story's headline to a site's or a section's name. (A run of spaces is tried
 *  from its first only: from each, a long run costs quadratic time.) */
const SEPARATOR = /(?<!\s)\s+[|\-–—·»/~]\s+|(?:(?<!\s)\s+)?[|｜]\s*|(?:(?<!\s)\s+)?[:：]\s*|_|(?<!\s)\s+::\s+/g;

/** The runs of a title between separators: "Opinion | A: B | Site" gives "Opinion", "A", "A: B", "B",
 *  "B | Site", … (every contiguous run, the whole title included). */
function runs(title: string): string[] {
  const cuts: Array<[number, number]> = [];
  for (const m of title.matchAll(SEPARATOR)) if (m[0].length < title.length) cuts.push([m.index, m.index + m[0].length]);
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

/**
 * The story's headline among the titles a page gives (Readability's, og:title, `<title>`):
 * - the displayed `<h1>`, in its own typography, when it is one of them or most of one, between
 *   separators ("Opinion | Enough platitudes" with the headline "Enough platitudes"): a social
 *   og:title that differs from the page's own is not the headline the page displays;
 * - else `title` without the site's name at its end or start ("… | Blister", "…_腾讯网"), when the
 *   site is named (its domain, site name or publisher), and what is left still says something.
 */
export function headlineOf(title: string, others: readonly string[], headline: string, sites: readonly string[]): string {
  const h = foldTitle(headline);
  // A run that is most of its title: "Opinion | Story" gives "Story", but "Story · V8" does not make
  // the site's name "V8" (an <h1> in the page's header) the headline.
  const isRun = (t: string): boolean => runs(t).some((r) => foldTitle(r) === h && r.length * 2 >= t.length);
  if (h && headline.length <= 300 && [title, ...others].some(isRun)) return headline.trim();
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const seps = [...title.matchAll(SEPARATOR)];
  // The site at the end ("Story | Site"), then at the start ("Site: Story").
  const last = seps[seps.length - 1]!;
  const tail = title.slice(last.index + last[0].length);
  if (siteLike(tail, sites)) {
    const head = title.slice(0, last.index).trim();
    if (telling(head).size >= 1 && head.length >= 3) return head;
  }
  const first = seps[0]!;
  const lead = title.slice(0, first.index);
  if (siteLike(lead, sites)) {
    const rest = title.slice(first.index + first[0].length).trim();
    if (telling(rest).size >= 1 && rest.length >= 3) return rest;
  }
  return title;
}
