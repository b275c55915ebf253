/**
 * The source: site name (og:site_name, JSON-LD publisher / WebSite, application-name, the <title>
 * suffix, then the domain — issue #3's order), publisher, canonical URL and favicon.
 */
import type { Source } from '../analysis';
import type { MetaFacts } from '../facts/meta';
import { nameOf, types, type JsonLd, type Node } from './jsonld';
import { hostOf, squash, toUrl } from './util';
import { trimEdges } from '../trim';
import { regex } from '../phrases';
import { FRONT_PAGE_WORDS } from './phrases/words';

/** An alt text that names the front page ("Home", "Zur Startseite"), or nothing but the word "logo". */
const FRONT_PAGE = /*#__PURE__*/ regex('iu', '^(?:', FRONT_PAGE_WORDS, ')?$');

/** The front page's word after the site's name, in a logo link's label: "Albion News, Home". */
const FRONT_PAGE_AFTER = /*#__PURE__*/ regex('iu', '(?<![\\s,|–-])\\s*[,|–-]\\s*(?:', FRONT_PAGE_WORDS, ')$');

/** Spaces and punctuation, at a name's ends. */
const PUNCT = /^[\s\p{P}]$/u;

/**
 * The site's name from its logo's alt text ("Gazzetta del Tirreno", "Logo Echo Mazowsza"): a logo that
 * links to this site (not a partner's, a city's or a webmail's front page), whose alt does not name
 * the front page ("Home") and, in Latin letters, spells part of the domain ("Echo Mazowsza" on
 * echomazowsza.pl; not "Flagge" or "Project Shield": an image's description, not a name).
 */
function logoName(logo: MetaFacts['logo'], headline: string, pageUrl: string | undefined): string | null {
  if (!logo) return null;
  const host = hostOf(pageUrl);
  const target = logo.href ? hostOf(toUrl(logo.href, pageUrl ?? 'https://invalid.invalid/')?.href ?? null) : host;
  if (!host || target !== host) return null;
  // (A link's label names the front page after the site: "Albion News, Home", "Site – Startseite".)
  const alt = squash(logo.alt.replace(/(?<![\p{L}\p{N}])logo(?:type)?(?![\p{L}\p{N}])[\s:–-]*/giu, '').replace(FRONT_PAGE_AFTER, ''));
  const name = trimEdges(alt, PUNCT);
  if (!name || FRONT_PAGE.test(name) || name === headline || name.length > 60 || name.split(' ').length > 6) return null;
  const label = fold(host.split('.').slice(0, -1).join(''));
  const words = fold(name).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
  return !/\p{Script=Latin}/u.test(name) || words.some((w) => label.includes(w.slice(0, 4))) ? name : null;
}

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
/** `fold` with letters and digits only: "Local News" and "local-news" alike. */
const bare = (s: string): string => fold(s).replace(/[^\p{L}\p{N}]+/gu, '');

/** Where a <title> joins the story to the site's name: " | ", " - ", " :: ", "｜", "_" ("…_科技_腾讯网"). (`(?<!\s)`: a
 *  run of spaces is tried from its first only; from each, a long run costs quadratic time.) */
const TITLE_SEPARATOR = /(?<!\s)\s+(?:[|–—·»:~-]|::)\s+|(?:(?<!\s)\s+)?[|｜_]\s*/;

/** "Story headline | Site" → "Site", when the last part is short and is not the headline ("Site |
 *  Story": the first part). A part that spells the domain ("Le Monde" on lemonde.fr) is the site's
 *  name wherever it stands, even where the page's first `<h1>` is that name (a heading for screen
 *  readers). A part that names the page's section ("Story | Opinion" on /opinion/…, or its
 *  `article:section`) is no site's name. */
function titleSuffix(title: string, headline: string, domain: string | null, sections: readonly string[] = []): string | null {
  const parts = squash(title).split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const short = (p: string): boolean => p.length < 40 && p.split(' ').length <= 5;
  const label = (domain ?? '').split('.')[0]!;
  const spelled = (p: string): boolean => label.length >= 3 && fold(p).replace(/[^\p{L}\p{N}]+/gu, '') === label.replace(/-/g, '');
  const named = [parts[parts.length - 1]!, parts[0]!].find((p) => short(p) && spelled(p) && (p !== headline || parts.some((q) => q !== p)));
  if (named) return named;
  const last = parts[parts.length - 1]!;
  const pick = last === headline ? parts[0]! : last;
  const section = sections.some((s) => s === bare(pick));
  return short(pick) && pick !== headline && !section ? pick : null;
}

export function findSource(facts: MetaFacts, meta: Map<string, string>, ld: JsonLd, main: Node | null, url: string, headline: string): Source {
  const links = new Map(facts.links);
  const canonicalUrl = (toUrl(links.get('canonical'), url) ?? toUrl(meta.get('og:url'), url))?.href ?? null;
  const pageUrl = /^https?:/.test(url) ? url : undefined;
  const domain = hostOf(canonicalUrl) ?? hostOf(pageUrl);
  const publisher = main ? nameOf(ld, main.publisher) : null;
  const website = ld.nodes.find((n) => /WebSite/.test(types(n)) && typeof n.name === 'string');
  // og:site_name often carries a tagline or a legal/TLD suffix ("Libération.fr", "Spiceworks Inc",
  // "Aktuálně.cz - Víte, co se právě děje"); the JSON-LD publisher then names the brand itself.
  const og = meta.get('og:site_name');
  // The JSON-LD WebSite names the brand where the publisher is the company behind it ("Alpenblatt",
  // published by "Alpenblatt Medien GmbH").
  const brand = website ? nameOf(ld, website) : null;
  const owner = publisher && brand && brand.length < publisher.length && fold(publisher).startsWith(fold(brand)) ? brand : publisher;
  const siteName =
    (og && publisher && og.startsWith(publisher) ? owner : og) ??
    owner ??
    brand ??
    meta.get('application-name') ??
    meta.get('apple-mobile-web-app-title') ??
    titleSuffix(facts.title, headline, domain, [...(toUrl(pageUrl, pageUrl)?.pathname.split('/').filter(Boolean).slice(0, -1) ?? []), meta.get('article:section') ?? ''].map(bare).filter(Boolean)) ??
    logoName(facts.logo, headline, pageUrl) ??
    domain;
  return {
    siteName,
    domain,
    publisher: publisher ?? siteName,
    canonicalUrl,
    faviconUrl: (toUrl(links.get('icon') ?? links.get('apple-touch-icon'), url) ?? (pageUrl ? toUrl('/favicon.ico', pageUrl) : null))?.href ?? null,
  };
}
