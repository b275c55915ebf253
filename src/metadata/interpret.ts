/**
 * Page metadata for the Analysis: source, authors and credit, published/modified times (issue #3).
 * Two halves: collectMetaFacts (./collect.ts) reads the DOM in the page; interpretMeta turns those
 * plain facts into PageMetadata. interpretMeta is pure and touches no DOM API, so it runs in the
 * extension's background (a service worker has no DOM) and in Node alike; `now` comes in as a value.
 */
import type { Analysis } from '../analysis';
import type { MetaFacts, ReadabilityMeta } from '../facts/index';
import { findAuthors } from './authors';
import { findTimes } from './dates/index';
import type { TextContext } from './dates/text';
import { mainNode, readJsonLd } from './jsonld';
import { headlineOf, openingText, storyTitle } from './title';
import { findSource } from './source';
import { hostOf, squash } from './util';
import { localZone } from './zones';
import { isRecord } from '../util';

export interface MetadataOptions {
  url: string;
  now: Date;
  /** Readability's own metadata for the same page, used as a fallback. */
  readability: ReadabilityMeta | null;
  /** The opening of the article's text: a title that names only the site gives way to the page's
   *  headline when the headline is what this text is about (title.ts). */
  opening?: string;
}

/** The Analysis fields the metadata reader fills. */
export type PageMetadata = Pick<Analysis, 'title' | 'lang' | 'dir' | 'source' | 'authors' | 'byline' | 'credit' | 'times' | 'excerpt'>;

export function interpretMeta(facts: MetaFacts, opts: MetadataOptions): PageMetadata {
  const r = opts.readability;
  const meta = new Map(facts.meta);
  const ld = readJsonLd(facts.ld);
  const main = mainNode(ld, new Map(facts.links).get('canonical') || opts.url);
  const docTitle = squash(r?.title || meta.get('og:title') || facts.title);
  const source = findSource(facts, meta, ld, main, opts.url, facts.headline || docTitle);
  const siteNames = [source.domain, source.canonicalUrl, source.siteName, source.publisher].filter(Boolean).join(' ');
  const sites = [source.siteName, source.publisher, source.domain, source.canonicalUrl].filter((s): s is string => Boolean(s));
  const found = findAuthors(facts, meta, ld, main, r?.byline ?? null, sites, opts.opening, opts.url);
  // Every title the page gives, to agree with the headings it displays.
  const ldHeadline = typeof main?.headline === 'string' ? main.headline : '';
  const titles = [meta.get('og:title'), meta.get('twitter:title'), ldHeadline, facts.title].map((t) => squash(t ?? ''));
  // (The meta author too, when the byline named others: "… | Preußische Allgemeine Zeitung" is the
  // publisher that meta author names, not part of the headline.)
  const named = [...found.authors, ...(meta.get('author') ? [meta.get('author')!] : [])];
  const shown = headlineOf(docTitle, titles, facts.headings ?? facts.headline, sites, named);
  const title = storyTitle(shown, facts.headline, opts.opening ?? '', siteNames);

  const lang = squash(facts.lang || r?.lang || meta.get('og:locale')?.replace('_', '-') || meta.get('content-language')) || null;
  const region = (lang ?? '').split('-')[1]?.toUpperCase() ?? '';
  const tld = (source.domain ?? hostOf(opts.url) ?? '').split('.').pop()!;
  const ctx: TextContext = {
    lang: lang ?? '',
    tld,
    // Collected only when a zone abbreviation needs the page's words to be read (see collect.ts).
    text: () => facts.bodyText ?? '',
    now: opts.now,
    // Numeric day/month order from the locale; the page's own unambiguous dates may still decide it.
    order: region === 'US' ? 'mdy' : (lang && !lang.startsWith('en')) || region || /^(uk|ie|in|au|nz|za)$/.test(tld) ? 'dmy' : null,
    local: null,
  };
  ctx.local = localZone(ctx);

  const dir = (facts.dir || r?.dir || '').toLowerCase();
  return {
    title,
    lang,
    dir: dir === 'rtl' || dir === 'ltr' ? dir : null,
    source,
    ...found,
    times: findTimes({ facts, meta, main, url: opts.url, ctx }),
    excerpt: squash(r?.excerpt || meta.get('og:description') || meta.get('description')) || null,
  };
}
