/**
 * Page metadata for the Analysis: source, authors and credit, published/modified times (issue #3).
 * Two halves: collectMetaFacts (./collect.ts) reads the DOM in the page; interpretMeta turns those
 * plain facts into PageMetadata. interpretMeta is pure and touches no DOM API, so it runs in the
 * extension's background (a service worker has no DOM) and in Node alike; `now` comes in as a value.
 */
import type { Source, TimeDetail } from '../analysis';
import type { ReadabilityArticle, ReadabilityMeta } from '../extract/readability';
import { findAuthors } from './authors';
import { collectMetaFacts, type MetaFacts } from './collect';
import { findTimes } from './dates/index';
import type { TextContext } from './dates/text';
import { mainNode, readJsonLd } from './jsonld';
import { openingText, storyTitle } from './title';
import { articleBlocks } from '../text/paragraphs';
import { findSource } from './source';
import { hostOf, squash } from './util';
import { localZone } from './zones';
import { isRecord } from '../util';

export type { MetaFacts } from './collect';

export interface MetadataOptions {
  url: string;
  now: Date;
  /** Readability's own metadata for the same page, used as a fallback. */
  readability: ReadabilityMeta | null;
  /** The opening of the article's text: a title that names only the site gives way to the page's
   *  headline when the headline is what this text is about (title.ts). */
  opening?: string;
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

const isStrings = (v: unknown, n?: number): boolean => Array.isArray(v) && (n === undefined || v.length === n) && v.every((s) => typeof s === 'string');
const isPairs = (v: unknown): boolean => Array.isArray(v) && v.every((p) => isStrings(p, 2));

/** Narrow facts that arrived by message (from a content script, possibly of another version). */
export function isMetaFacts(v: unknown): v is MetaFacts {
  return (
    isRecord(v) &&
    ['title', 'headline', 'lang', 'dir'].every((k) => typeof v[k] === 'string') &&
    (v.bodyText === undefined || typeof v.bodyText === 'string') &&
    [v.meta, v.links, v.itemprops].every(isPairs) &&
    [v.ld, v.afterHeadline, v.bylines, v.shortLines].every((a) => isStrings(a)) &&
    Array.isArray(v.times) &&
    v.times.every((t) => isRecord(t) && typeof t.datetime === 'string' && typeof t.text === 'string' && typeof t.around === 'string') &&
    Array.isArray(v.dateLines) &&
    v.dateLines.every((l) => isRecord(l) && typeof l.text === 'string' && typeof l.facts === 'boolean')
  );
}

export function interpretMeta(facts: MetaFacts, opts: MetadataOptions): PageMetadata {
  const r = opts.readability;
  const meta = new Map(facts.meta);
  const ld = readJsonLd(facts.ld);
  const main = mainNode(ld, new Map(facts.links).get('canonical') || opts.url);
  const docTitle = squash(r?.title || meta.get('og:title') || facts.title);
  const source = findSource(facts, meta, ld, main, opts.url, facts.headline || docTitle);
  const siteNames = [source.domain, source.canonicalUrl, source.siteName, source.publisher].filter(Boolean).join(' ');
  const title = storyTitle(docTitle, facts.headline, opts.opening ?? '', siteNames);

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
    ...findAuthors(facts, meta, ld, main, r?.byline ?? null),
    times: findTimes({ facts, meta, main, url: opts.url, ctx }),
    excerpt: squash(r?.excerpt || meta.get('og:description') || meta.get('description')) || null,
  };
}

/** Both halves in one process (CLI, tests). Readability's article element, when given, is where
 *  credit lines are looked for. */
export function extractMetadata(doc: Document, opts: Omit<MetadataOptions, 'readability'> & { readability: ReadabilityMeta | ReadabilityArticle | null }): PageMetadata {
  const r = opts.readability && 'content' in opts.readability ? opts.readability : null;
  const article = r?.content ?? null;
  return interpretMeta(collectMetaFacts(doc, article), { ...opts, opening: openingText(r && articleBlocks(r.content, r.furniture)) });
}
