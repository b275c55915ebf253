/**
 * The built-in summarizer: pure, model-free, explainable. Sentences are scored by position,
 * directed centrality, headline overlap and form (score.ts), near-duplicates are dropped
 * (select.ts), and the picks come back in document order with their paragraph index.
 */
import { regex } from '../phrases';
import { WIRE_SERVICES } from './phrases/datelines';
import { labelSentence, scoreSentences, MAX_CANDIDATES, WEIGHTS, type Weights } from './score';
import { splitSentences } from './segment';
import { FURNITURE_LINE, isBreadcrumb, isPhotoCaption } from '../text/furniture';
import { quoteUnits } from './quotes';
import { selectSentences } from './select';
import { spacedWords } from '../util';
import { contentWords, stopWords } from './tokens';

/** All candidates, labels included: a page of table cells costs what a long article does. */
const MAX_LABELLED = 4 * MAX_CANDIDATES;

export { splitSentences };

export interface SummarySentence {
  text: string;
  /** Index of the paragraph (in the input array) the sentence came from. */
  paragraph: number;
}

export interface SummarizeOptions {
  sentences: number;
  lang?: string | null;
  title?: string | null;
  /** Score weights other than the built-in ones: for the eval's cross-validation only. */
  weights?: Weights;
  /** The input is scraped plain text, where photo captions without a full stop run into the next
   *  sentence; split them off (see segment.ts). Text from the page's DOM has its captions as
   *  elements of their own, and there the rule would only cut "joined The Guardian" in two. */
  plainText?: boolean;
  /** Paragraphs (indices into the input) that are headings, table cells or links on the page: one
   *  without a sentence end names the story, a section or a value ("A trademark battle in the Arduino
   *  community", "God Defend New Zealand") and is a bullet only when nothing else is left; a standfirst
   *  set as a heading is a sentence like any other. */
  labels?: ReadonlySet<number>;
}

/** A wire dateline that opens a story: "MOSCOW (AP) — ", "Kathmandu, Nepal (CNN)", "(Reuters) - ",
 *  "SEOUL, South Korea — ", "New Delhi [India], April 28 (ANI): ", "NEW DELHI: ", "Feb. 23, 2015 -- ".
 *  The popup names the source and the time right above the bullets, so a bullet starts with the news;
 *  the Analysis `text` keeps the line whole. */
const DATELINE = /*#__PURE__*/ regex(
  'u',
  '^(?:',
  // A date and a dash: "Feb. 23, 2015 -- ".
  /(?:\p{Lu}\p{L}{2,8}\.? \d{1,2}, \d{4}|\d{1,2} \p{Lu}\p{L}{2,8} \d{4}) ?(?:--|[—–]) ?/u,
  // A place (or none) and a wire service in brackets (phrases/datelines.ts): "MOSCOW (AP) — ".
  /|(?:\p{Lu}[\p{L}.'’-]*(?:,? \p{Lu}[\p{L}.'’-]*){0,4}(?: \[\p{Lu}[\p{L} ]*\])?(?:, \p{Lu}\p{L}+\.? \d{1,2})? ?)?/u,
  '\\((?:',
  WIRE_SERVICES,
  ')\\)\\s*(?:[—–:-]{1,2}\\s*)?',
  // A place in capitals and a dash or colon: "SEOUL, South Korea — ", "NEW DELHI: ".
  /|\p{Lu}{2,}(?:[ .'’-]\p{Lu}+)*(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})?(?: [—–]|:) /u,
  ')',
  /(?=["“‘'\p{Lu}\d])/u,
);

/** A paragraph's sentences; a dateline before the first of one of the story's first paragraphs is
 *  left out. The eval's baselines read sentences through this too, so all systems see the same. */
export function paragraphSentences(paragraph: string, index: number, lang?: string | null, plainText?: boolean): string[] {
  const out = splitSentences(paragraph, lang, plainText);
  if (index < 3 && out.length) {
    const m = DATELINE.exec(out[0]!);
    if (m) out[0] = out[0]!.slice(m[0].length);
  }
  return out;
}

/** Up to this many words a sentence is tested against the cleaner's furniture patterns (which it
 *  tests on short lines only: a long sentence that mentions "sign up" is story). */
const FURNITURE_WORDS = 30;

/** A sentence a reader skips: a promo, share or sign-up prompt, a photo caption, a breadcrumb trail.
 *  The cleaner drops such paragraphs; these are sentences inside a paragraph it kept. */
function furniture(text: string): boolean {
  return isPhotoCaption(text) || isBreadcrumb(text) || (spacedWords(text, FURNITURE_WORDS) <= FURNITURE_WORDS && FURNITURE_LINE.test(text));
}

export function summarize(paragraphs: string[], opts: SummarizeOptions): SummarySentence[] {
  const n = Math.max(1, Math.floor(opts.sentences));
  // Segment only as far as the candidates reach: a 50,000-word page costs what a long article does.
  // Labels (an infobox's cells, a toolbar) do not count towards the story's MAX_CANDIDATES sentences,
  // up to a bound on all candidates.
  const cands: SummarySentence[] = [];
  const labels: boolean[] = [];
  const opens: boolean[] = [];
  let story = 0;
  for (let p = 0; p < paragraphs.length && story < MAX_CANDIDATES && cands.length < MAX_LABELLED; p++) {
    const named = opts.labels?.has(p) ?? false;
    // Sentences of one quotation are one candidate; one cut from a quotation comes last (quotes.ts),
    // and so does furniture.
    for (const { text, open } of quoteUnits(paragraphs[p]!, paragraphSentences(paragraphs[p]!, p, opts.lang, opts.plainText))) {
      if (story === MAX_CANDIDATES || cands.length === MAX_LABELLED) break;
      const label = labelSentence(text, named);
      cands.push({ text, paragraph: p });
      labels.push(label);
      opens.push(open || furniture(text));
      if (!label) story++;
    }
  }
  // An article no longer than the summary is shown whole.
  if (cands.length <= n) return cands;
  const stop = stopWords(opts.lang || 'en');
  const texts = cands.map((s) => s.text);
  const w = opts.weights ?? WEIGHTS;
  const scored = scoreSentences(
    texts,
    texts.map((t) => contentWords(t, stop)),
    contentWords(opts.title ?? '', stop),
    w,
    labels,
    opens,
  );
  return selectSentences(scored, n, w.redundant).map((i) => cands[i]!);
}
