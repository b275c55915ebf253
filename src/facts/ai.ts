/**
 * The AI-disclosure facts the page half collects (src/ai/collect.ts) and the thinking half reads
 * (src/ai/interpret.ts): the article's images and the texts that may disclose them, as plain data.
 */
import { isRecord } from '../util';

export interface AiImageFact {
  /** Absolute URL (the page's own string when it does not parse). */
  src: string;
  /** Why the image is page furniture, not the article's ("avatar", "logo", "related", "nav"…); '' = article image. */
  furniture: string;
  /** The number of the page's frame (its `<iframe>`s in document order) whose content holds the
   *  image, an embedded post or gallery; absent for the page's own images. */
  frame?: number;
}

/**
 * A text worth classifying, where it was found, and (as indices into `AiFacts.images`) the images
 * it would cover for each scope interpretation may give it.
 * - alt / attribute: an article image's (or its wrapper's) alt, or title / aria-label / data-*;
 * - marker: a data-* attribute whose name says AI and whose value is true (`data-ai-generated="true"`),
 *   a disclosure by itself; `text` is `name="value"`.
 * These speak for their own image only. Blocks on the page may speak for more:
 * - credit: a block whose class/id says credit/source/copyright; text: any other block (caption,
 *   badge, paragraph, note).
 */
export type AiTextFact = AttributeFact | BlockFact;
export type AiTextKind = AiTextFact['kind'];

export interface AttributeFact {
  kind: 'alt' | 'attribute' | 'marker';
  /** Whitespace collapsed. */
  text: string;
  /** The image the attribute belongs to. */
  own: number[];
  /** The page's frame the text was found in (see AiImageFact); absent on the page itself. */
  frame?: number;
}

export interface BlockFact {
  kind: 'credit' | 'text';
  /** Whitespace collapsed, at most 800 characters (disclosures are short notes); of a longer block,
   *  only its sentences that mention AI. */
  text: string;
  /** The images the text sits with (caption, credit, badge); [] = free-standing. */
  own: number[];
  /** The group of images right after the text ("the following image"), and right before it ("above"). */
  next: number[];
  prev: number[];
  /** The gallery holding the text (nearest ancestor with two or more images); [] when none. */
  gallery: number[];
  /** The page's frame the text was found in (see AiImageFact); absent on the page itself. */
  frame?: number;
  /** True when the text is in a block quotation that holds no image (someone's quoted words). */
  quoted?: boolean;
  /** True when the page says whose words the quotation holds (a `cite=`, a `<cite>` or `<footer>`,
   *  a caption, an introducing line that ends in a colon): another's, whatever they say. */
  cited?: boolean;
}

/** Plain JSON data only: it crosses from the content script to the background by message. */
export interface AiFacts {
  /** The page URL (JSON-LD image URLs are resolved against it). */
  url: string;
  /** Every image with a source, in page order, furniture marked; a page-level note covers the
   *  non-furniture ones. The same src may appear twice. */
  images: AiImageFact[];
  /** In the order interpretation must weigh them (the first evidence for an image wins):
   *  attributes image by image, then page blocks in document order. */
  texts: AiTextFact[];
  /** The page's JSON-LD blocks that mention digitalSourceType, as written (parsed in the background). */
  jsonLd: string[];
  /** Hosts of embedded frames whose content the page does not hold (another origin's post or
   *  player): not read, so nothing in them is flagged. Absent when there is none. */
  unreadFrames?: string[];
}

const isIndices = (v: unknown): v is number[] => Array.isArray(v) && v.every((i) => Number.isInteger(i));
const isFrame = (v: unknown): boolean => v === undefined || Number.isInteger(v);
const isFact = (t: unknown): boolean =>
  isRecord(t) &&
  isFrame(t.frame) &&
  (t.quoted === undefined || typeof t.quoted === 'boolean') &&
  (t.cited === undefined || typeof t.cited === 'boolean') &&
  typeof t.text === 'string' &&
  isIndices(t.own) &&
  (t.kind === 'alt' || t.kind === 'attribute' || t.kind === 'marker' ||
    ((t.kind === 'text' || t.kind === 'credit') && isIndices(t.next) && isIndices(t.prev) && isIndices(t.gallery)));

/** Narrow facts that arrived by message (from a content script, possibly of another version). */
export function isAiFacts(v: unknown): v is AiFacts {
  return (
    isRecord(v) &&
    typeof v.url === 'string' &&
    Array.isArray(v.images) &&
    v.images.every((i) => isRecord(i) && typeof i.src === 'string' && typeof i.furniture === 'string' && isFrame(i.frame)) &&
    Array.isArray(v.texts) &&
    v.texts.every(isFact) &&
    Array.isArray(v.jsonLd) &&
    v.jsonLd.every((j) => typeof j === 'string') &&
    (v.unreadFrames === undefined || (Array.isArray(v.unreadFrames) && v.unreadFrames.every((h) => typeof h === 'string')))
  );
}
