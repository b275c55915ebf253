/**
 * Class and id words of furniture inside Readability's article, for src/text/paragraphs.ts.
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are literal
 * words, /slashed/ ones regex fragments. Matched case-insensitively as parts of a class or id
 * between "-", "_" or spaces, unless negated ("no_caption", "has-tags", "ad-free").
 */
import type { Table } from '../../phrases';

/** Words that name furniture: "article-share-bar", "pb-caption", "cta-fandom-contributor". Not
 *  "teaser": German sites name the story's lead so. */
export const FURNITURE_CLASS_WORDS: Table = [
  /about-(?:the-)?author/,
  'ad',
  'advert',
  /also-?read/,
  /author-?box/,
  'bio',
  /breadcrumbs?/,
  'byline',
  'caption',
  /control-?bar/,
  /credits?/,
  'cta',
  'dateline',
  'newsletter',
  'paywall',
  'promo',
  /read-?more/,
  'recommended',
  'related',
  'share',
  'sharing',
  /sign-?up/,
  'social',
  'sponsored',
  'subscribe',
  'tags',
  'trending',
  'vjs',
  'widget',
];

/** Words Readability already removes unless the name also says "article", "content" or "main"
 *  ("article-footer", "article-sidebar", "content-most-read"); trafilatura discards them too. */
export const CHROME_CLASS_WORDS: Table = [
  'banner',
  'consent',
  'cookie',
  'footer',
  'lightbox',
  'menu',
  /most-(?:popular|read|viewed)/,
  'nav',
  'outbrain',
  'rating',
  'side-stories',
  'sidebar',
  'syndication',
  'taboola',
  'timestamp',
  'viral',
];

/** Text no reader sees: for screen readers only ("u-visually-hidden"), or left off paper, which is
 *  the site's own chrome (MediaWiki's "From Wikipedia, the free encyclopedia"). */
export const HIDDEN_CLASS_WORDS: Table = [
  'd-print-none',
  'element-invisible',
  'hidden-print',
  'no-print',
  'noprint',
  /screen-reader-(?:text|only)/,
  'sr-only',
  'visually-hidden',
];

/** A post embedded from a social network, by the whole class its embed code sets
 *  (blockquote.twitter-tweet, instagram-media): quoted from elsewhere, like a caption. */
export const EMBED_CLASSES: Table = [
  'fb-post',
  'instagram-media',
  'reddit-embed-bq',
  'tiktok-embed',
  'twitter-tweet',
  'twitter-video',
];
