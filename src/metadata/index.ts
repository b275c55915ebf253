/**
 * Page metadata for the Analysis: source, authors and credit, published/modified times (issue #3).
 * Pure: takes the Document and plain values (`now`, an optional locale hint); no browser globals.
 */
import type { Source, TimeDetail } from '../analysis';
import type { ReadabilityArticle } from '../extract/readability';
import { findAuthors } from './authors';
import { findTimes } from './dates/index';
import type { TextContext } from './dates/text';
import { hostOf, markNear, scanPage, squash, type Marked } from './dom';
import { mainNode, readJsonLd } from './jsonld';
import { findSource } from './source';
import { localZone } from './zones';

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

export function extractMetadata(doc: Document, opts: MetadataOptions): PageMetadata {
  const r = opts.readability;
  const page = scanPage(doc);
  const { meta, h1 } = page;
  const ld = readJsonLd(page.ld);
  const main = mainNode(ld, page.links.get('canonical') || opts.url);
  // The walk near the headline is done only when machine-readable signals fall short.
  let marked: Marked | undefined;
  const mark = (): Marked => (marked ??= markNear(doc, h1));
  const title = squash(r?.title || meta.get('og:title') || page.title);
  const source = findSource(page, ld, main, opts.url, squash(h1?.textContent) || title);

  const html = doc.documentElement;
  const lang = squash(html.getAttribute('lang') || r?.lang || meta.get('og:locale')?.replace('_', '-') || meta.get('content-language')) || null;
  const region = (lang ?? '').split('-')[1]?.toUpperCase() ?? '';
  const tld = (source.domain ?? hostOf(opts.url) ?? '').split('.').pop()!;
  let text: string | undefined;
  const ctx: TextContext = {
    lang: lang ?? '',
    tld,
    text: () => (text ??= doc.body?.textContent ?? ''),
    now: opts.now,
    // Numeric day/month order from the locale; the page's own unambiguous dates may still decide it.
    order: region === 'US' ? 'mdy' : (lang && !lang.startsWith('en')) || region || /^(uk|ie|in|au|nz|za)$/.test(tld) ? 'dmy' : null,
    local: null,
  };
  ctx.local = localZone(ctx);

  const dir = (html.getAttribute('dir') || r?.dir || '').toLowerCase();
  return {
    title,
    lang,
    dir: dir === 'rtl' || dir === 'ltr' ? dir : null,
    source,
    ...findAuthors(() => mark().bylines, meta, ld, main, r?.byline ?? null, r?.content ?? null, h1),
    times: findTimes({ page, main, h1, dated: () => mark().dated, url: opts.url, ctx }),
    excerpt: squash(r?.excerpt || meta.get('og:description') || meta.get('description')) || null,
  };
}
