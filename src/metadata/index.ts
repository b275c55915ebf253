import type { Source, TimeDetail } from '../analysis';
import type { ReadabilityArticle } from '../extract/readability';

export interface MetadataOptions {
  url: string;
  now: Date;
  /** Readability's own metadata for the same page, used as a fallback. */
  readability: ReadabilityArticle | null;
}

export interface PageMetadata {
  title: string;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  source: Source;
  authors: string[];
  byline: string | null;
  credit: string | null;
  times: { published: TimeDetail | null; modified: TimeDetail | null };
  excerpt: string | null;
}

function meta(doc: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

function absolute(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const h = new URL(url).hostname;
    return h ? h.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** An ISO-like string with an explicit offset or Z names an instant; keep the page's offset as written. */
function timeFromIso(raw: string | null, signal: string): TimeDetail | null {
  if (!raw) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(raw.trim());
  if (!m) return null;
  const [, day, hh, mm, ss, off] = m;
  if (!hh) return { iso: day!, signal, zone: null, timeZone: null, precision: 'day', hasOffset: false };
  const offset = off === undefined ? '' : off === 'Z' ? '+00:00' : off.includes(':') ? off : `${off.slice(0, 3)}:${off.slice(3)}`;
  const iso = `${day}T${hh}:${mm}:${ss ?? '00'}${offset}`;
  return { iso, signal, zone: null, timeZone: null, precision: ss ? 'second' : 'minute', hasOffset: offset !== '' };
}

/**
 * First version of page metadata: Open Graph / meta tags / canonical link, with Readability's
 * fields as fallback. Issue #3 deepens authors, visible-text dates and time zones.
 */
export function extractMetadata(doc: Document, opts: MetadataOptions): PageMetadata {
  const r = opts.readability;
  const canonicalUrl = absolute(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'), opts.url) ?? absolute(meta(doc, 'og:url'), opts.url);
  const icon = doc.querySelector('link[rel~="icon"], link[rel="shortcut icon"], link[rel="apple-touch-icon"]')?.getAttribute('href');
  const pageUrl = /^https?:/.test(opts.url) ? opts.url : null;
  const faviconUrl = absolute(icon, opts.url) ?? (pageUrl ? absolute('/favicon.ico', pageUrl) : null);
  const domain = hostOf(canonicalUrl) ?? hostOf(pageUrl);
  const siteName = meta(doc, 'og:site_name', 'application-name') ?? r?.siteName ?? domain;
  const byline = r?.byline?.trim() || meta(doc, 'author') || null;
  const lang = (doc.documentElement.getAttribute('lang') || r?.lang || null)?.trim() || null;
  const dirRaw = (doc.documentElement.getAttribute('dir') || r?.dir || '').toLowerCase();
  const published = timeFromIso(meta(doc, 'article:published_time'), 'meta:article:published_time') ?? timeFromIso(r?.publishedTime ?? null, 'readability:publishedTime');
  const modified = timeFromIso(meta(doc, 'article:modified_time', 'og:updated_time'), 'meta:article:modified_time');
  return {
    title: (r?.title || meta(doc, 'og:title') || doc.title || '').trim(),
    lang,
    dir: dirRaw === 'rtl' || dirRaw === 'ltr' ? dirRaw : null,
    source: { siteName, domain, publisher: siteName, canonicalUrl, faviconUrl },
    authors: byline ? [byline] : [],
    byline,
    credit: null,
    times: { published, modified },
    excerpt: r?.excerpt?.trim() || meta(doc, 'og:description', 'description'),
  };
}
