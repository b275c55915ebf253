/**
 * Background side of AI-image disclosure detection: what the facts collect.ts gathered on the
 * page mean. Pure and DOM-free (it runs in a service worker): classify each text (language.ts),
 * let its scope pick the images it covers, and build the report — every article image in page
 * order, so a reader sees "1 of 3", then images only JSON-LD names.
 */
import type { AiEvidenceKind, AiImage, AiReport } from '../analysis';
import type { AiFacts } from '../facts/ai';
import { jsonLdImages } from './jsonld';
import { classifySentence, namesGallery, namesImage, namesImages, sentences } from './language';
import { isRecord } from '../util';
import { regex } from '../phrases';
import { NOTE_LABELS } from './phrases/notes';

/** IPTC trainedAlgorithmicMedia / compositeWithTrainedAlgorithmicMedia mean generative AI;
 *  algorithmicMedia (made by a formula, no training data) and digitalCapture do not. */
export const AI_SOURCE_TYPE = /trainedAlgorithmicMedia/i;

/** A publisher's note label opening a text ("Editor's note:", "Anmerkung der Redaktion –", "NDLR :",
 *  "编者按："), before a colon, a dash or a full stop (or closing a bracket: "【编者按】"). */
const NOTE_LABEL = /*#__PURE__*/ regex('iu', '^[\\s\\p{P}]{0,3}(?:', NOTE_LABELS, ')\\s*[:：.—–\\-)\\]】]');
/** Words that open on a quotation mark are quoted, whatever they say. */
const OPENS_QUOTED = /^\s*["“”„«»‘’‚「『‹›]/u;

/** How many quotation marks a text holds: paired, they come in even numbers ("…", “…”, „…“, «…», 「…」). */
const quoteMarks = (text: string): number => {
  let n = 0;
  for (const ch of text) if ('"“”„«»「」『』'.includes(ch)) n++;
  return n;
};

/** Is a block quotation's text someone else's words (issue #15)? A quotation the page attributes
 *  (`cited`) is; one that nothing attributes is, unless it opens with a note label of its own
 *  ("Editor's note: the image was generated with AI", set off as a quotation by the page's style). */
export const quotedWords = (t: { quoted?: boolean; cited?: boolean; text: string }): boolean =>
  !!t.quoted && (!!t.cited || OPENS_QUOTED.test(t.text) || !NOTE_LABEL.test(t.text));

/** What the facts mean. Indices that point at no image are ignored. */
export function interpretAi(facts: AiFacts): AiReport {
  const found = new Map<string, AiImage>();
  let pageNote = false;
  let textDisclosure: string | null = null;
  const flag = (which: number[], evidence: string, evidenceKind: AiEvidenceKind): void => {
    for (const i of which) {
      const src = facts.images[i]?.src;
      if (src !== undefined && !found.has(src)) found.set(src, { src, aiGenerated: true, evidence, evidenceKind });
    }
  };
  const article = facts.images.flatMap((img, i) => (img.furniture ? [] : [i]));
  // A text speaks for the images of the document it is in: the page's own, or one embedded frame's
  // (a page note does not cover an embedded post, a post's label does not cover the page's photo).
  const scopeOf = (frame: number | undefined): number[] => article.filter((i) => facts.images[i]!.frame === frame);
  // A text under an image that opens with the copyright sign is a credit line, whatever its class
  // ("© Microsoft & OpenAI. (2024). Bing Chat [DALL-E 3].", its sentences read one by one).
  const creditLine = (text: string): boolean => /^\s*©/.test(text);
  // The last of a caption's sentences, a fragment of at most three words with no full stop, is its credit
  // ("The girl in the picture seems to be missing fingers. Midjourney"): a generator named there made the picture.
  const tailCredit = (all_: string[], k: number): boolean =>
    k > 0 && k === all_.length - 1 && all_[k]!.trim().split(/\s+/).length <= 3 && !/[.!?。]$/.test(all_[k]!.trim());

  for (const t of facts.texts) {
    const all = scopeOf(t.frame);
    if (t.kind === 'text' || t.kind === 'credit') {
      // A short line ending in a colon right before images introduces them, as their caption ("Here
      // are the ten AI images:", "Este ha sido el resultado:").
      const end = t.text.trimEnd();
      const intro = !t.own.length && t.next.length > 0 && end.length <= 300 && (end.endsWith(':') || end.endsWith('：'));
      const own = intro ? t.next : t.own;
      const credit = t.kind === 'credit' || (own.length > 0 && creditLine(t.text));
      // A note label says whose note follows, not what it says: "Editor's note: The image was made
      // with AI." reads as the statement alone (its subject first, as a note standing apart).
      const all_ = sentences(t.text.replace(NOTE_LABEL, ''));
      // The first sentence of a note standing apart that names an image: a later sentence that names
      // none may have it as its subject ("Das Bild oben zeigt zwei Personen. Sie wurden mit KI
      // erstellt."), and is then read with the sentences from there (a dash between: a negation
      // before it does not reach it).
      const subject = own.length ? -1 : all_.findIndex(namesImage);
      for (const [k, s] of all_.entries()) {
        let scope = classifySentence(s, own.length > 0, credit || (own.length > 0 && tailCredit(all_, k)));
        if (!scope && subject >= 0 && subject < k && !namesImage(s)) {
          const joined = classifySentence(`${all_.slice(subject, k).join(' ')} — ${s}`, false, credit);
          if (joined !== 'text') scope = joined;
        }
        // Quoted words ("The cover image was generated using AI. We are sorry.", a paper's apology
        // quoted in a report on it) speak of their own image, not of this page's: only a statement
        // that points at an image here ("the image above") counts.
        // A quotation the page attributes to someone is theirs whatever it points at ("The image above
        // was made with AI," the magazine wrote, of its own page).
        const quoted = quotedWords(t);
        if (!scope || (quoted && (t.cited || scope === 'one' || scope === 'lead' || scope === 'text'))) continue;
        // A sentence in quotation marks in a paragraph of the article's own is someone's words too ("'The
        // cover image was generated using AI. We are sorry,' the editor wrote."): it speaks of their image.
        if (!own.length && !t.quoted && (OPENS_QUOTED.test(s) || quoteMarks(all_.slice(0, k).join(' ')) % 2 === 1)) continue;
        const evidence = t.text.length <= 300 ? t.text : s;
        // (An embedded post's or frame's own article is not this page's text.)
        if (scope === 'text') textDisclosure ??= t.frame === undefined ? s : null;
        else if (scope === 'self') flag(own, evidence, credit || /^[^:]{0,20}[:：©]/.test(s) ? 'credit' : 'caption');
        else if (scope === 'page') {
          pageNote = true;
          // A gallery note covers its gallery: the one it sits in, else the images right after it
          // (an intro) or right before it, never the lead photo above.
          // (An intro right before a gallery that is one block of the article: the images after it, not
          // the article's, whose images above it the "gallery" ancestor holds too.)
          const intro = t.next.length > 1 && t.gallery.some((i) => i < t.next[0]!);
          const gallery = intro ? t.next : t.gallery.length ? t.gallery : t.next.length ? t.next : t.prev;
          flag(namesGallery(s) && gallery.length ? gallery : all, evidence, 'page-note');
        } else if (scope === 'lead') {
          // "The cover image was made with AI.": the article's first image, wherever the note stands.
          if (all.length) flag(all.slice(0, 1), evidence, 'page-note');
          else pageNote = true;
        } else if (scope === 'one') {
          // "The image was made with AI." apart from any image: the image right before a short
          // caption-like line, else the article's only image; ambiguous, it flags the page alone.
          // "The images were made with AI.": the article's images, all of them (not the last one).
          const many = namesImages(s) && all.length > 1;
          const one = many ? (t.text.length <= 300 && t.prev.length > 1 ? t.prev : all) : t.text.length <= 300 && t.prev.length ? t.prev.slice(-1) : all.length === 1 ? all : [];
          if (many) pageNote = true;
          if (one.length) flag(one, evidence, 'page-note');
          else pageNote = true;
        } else {
          // "The image above…" with no image right before it (prose between): the page, no image.
          const which = scope === 'next' ? t.next : t.prev;
          if (which.length) flag(which, evidence, 'caption');
          else pageNote = true;
        }
      }
    } else if (t.kind === 'marker') flag(t.own, t.text, 'attribute');
    // An attribute speaks for its own image only: "the following images…" in an alt is not a scope.
    else if (sentences(t.text).some((s, k, all_) => classifySentence(s, true, creditLine(t.text) || tailCredit(all_, k)) === 'self')) flag(t.own, t.text, t.kind);
  }

  for (const j of jsonLdImages(facts.jsonLd, facts.url))
    if (AI_SOURCE_TYPE.test(j.value) && !found.has(j.src)) found.set(j.src, { src: j.src, aiGenerated: true, evidence: j.value, evidenceKind: 'json-ld' });

  const images: AiImage[] = [];
  const seen = new Set<string>();
  for (const i of article) {
    const { src, frame } = facts.images[i]!;
    // An embedded frame's image is listed only when something says it is AI's.
    if (frame !== undefined && !found.has(src)) continue;
    if (!seen.has(src)) images.push(found.get(src) ?? { src, aiGenerated: false, evidence: '', evidenceKind: null });
    seen.add(src);
  }
  for (const [src, img] of found) if (!seen.has(src)) images.push(img);
  const unread = facts.unreadFrames?.length ? { unreadFrames: facts.unreadFrames.slice() } : {};
  return { pageFlag: pageNote || images.some((i) => i.aiGenerated), textDisclosure, images, ...unread };
}
