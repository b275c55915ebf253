/**
 * The source: site name (og:site_name, JSON-LD publisher / WebSite, application-name, the <title>
 * suffix, then the domain — issue #3's order), publisher, canonical URL and favicon.
 */
import type { Source } from '../analysis';
import { absolute, hostOf, squash } from './dom';
import { nameOf, types, type JsonLd, type Node } from './jsonld';

/** "Story headline | Site" → "Site", when the last part is short and is not the headline. */
function titleSuffix(doc: Document, headline: string): string | null {
  const parts = squash(doc.title).split(/\s+[|–—·»:-]\s+/);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1]!;
  const pick = last === headline ? parts[0]! : last;
  return pick.length < 40 && pick.split(' ').length <= 5 ? pick : null;
}

export function findSource(doc: Document, meta: Map<string, string>, ld: JsonLd, main: Node | null, url: string, headline: string): Source {
  const canonicalUrl = absolute(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), url) ?? absolute(meta.get('og:url'), url);
  const pageUrl = /^https?:/.test(url) ? url : null;
  const icon = doc.querySelector('link[rel~="icon"],link[rel="shortcut icon"],link[rel="apple-touch-icon"]')?.getAttribute('href');
  const domain = hostOf(canonicalUrl) ?? hostOf(pageUrl);
  const publisher = main ? nameOf(ld, main.publisher) : null;
  const website = ld.nodes.find((n) => /WebSite/.test(types(n)) && typeof n.name === 'string');
  // og:site_name often carries a tagline or a legal/TLD suffix ("Libération.fr", "Spiceworks Inc",
  // "Aktuálně.cz - Víte, co se právě děje"); the JSON-LD publisher then names the brand itself.
  const og = meta.get('og:site_name');
  const siteName =
    (og && publisher && og !== publisher && og.startsWith(publisher) ? publisher : og) ??
    publisher ??
    (website ? nameOf(ld, website) : null) ??
    meta.get('application-name') ??
    meta.get('apple-mobile-web-app-title') ??
    titleSuffix(doc, headline) ??
    domain;
  return {
    siteName,
    domain,
    publisher: publisher ?? siteName,
    canonicalUrl,
    faviconUrl: absolute(icon, url) ?? (pageUrl ? absolute('/favicon.ico', pageUrl) : null),
  };
}
