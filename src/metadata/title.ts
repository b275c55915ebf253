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
