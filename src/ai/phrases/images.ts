/**
 * Class and id words of page furniture around images, for src/ai/images.ts.
 * Phrase tables (see src/phrases.ts): code-point order, no duplicates; 'quoted' entries are literal
 * phrases, /slashed/ ones regex fragments. Matched case-insensitively anywhere in the names; the
 * word that matched is reported as the reason ("avatar", "ad-").
 */
import type { Table } from '../../phrases';

/** Containers whose images are not the article's: avatars, logos, ads, related stories, comments. */
export const IMAGE_FURNITURE: Table = [
  /\bad[-_]/,
  /\bads?\b/,
  'adslot',
  'advert',
  'author',
  'avatar',
  'comment',
  'dfp',
  'emoji',
  'gravatar',
  'icon',
  'logo',
  'more-stories',
  'newsletter',
  'outbrain',
  'popular',
  'profile',
  'promo',
  /read-?more/,
  'recommend',
  'related',
  'sidebar',
  'sponsor',
  'sprite',
  'taboola',
  'teaser',
  'trending',
];

/** Class/id words of an element whose CSS background is the picture itself (a hero, a cover: "article-hero__image"). */
export const BACKGROUND_IMAGE_NAMES: Table = ['bild', 'cover', 'featured', 'foto', 'hero', 'image', 'imagen', 'img', 'immagine', 'photo', 'picture', 'visual'];
