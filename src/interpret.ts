/**
 * The thinking side of the core: PageFacts in, Analysis out. Pure and DOM-free, so it runs in the
 * background (a Chrome service worker has no DOM), in Node, anywhere.
 */
import { ANALYSIS_VERSION, type Analysis, type NotArticleReason } from './analysis';
import { interpretAi } from './ai/interpret';
import type { PageFacts } from './facts/index';
import { interpretMeta } from './metadata/interpret';
import { openingText } from './metadata/title';
import { DEFAULT_SETTINGS, type SummarySettings } from './settings';
import { BUILTIN_ENGINE } from './summary/engine-summary';
import { verbatimGrounding } from './summary/grounding';
import { summarize } from './summary/summarize';
import { textParagraphs } from './summary/text';
import { cleanBlocks } from './text/clean';
import { looksLikeListing } from './text/listing';
import { countWords, readingTimeMinutes } from './text/words';

export interface InterpretOptions {
  /** The reference "now" for relative times and sanity checks. Pinned in tests. */
  now?: Date;
  settings?: SummarySettings;
  /** Summarize this text (the reader's selection) instead of the page's article; metadata still
   *  comes from the page. */
  selection?: string;
}

/** Below this many words Readability's pick is page chrome, not a story. */
const MIN_ARTICLE_WORDS = 40;

const NOT_ARTICLE_MESSAGES: Record<NotArticleReason, string> = {
  'no-content': 'No article was found on this page.',
  'too-short': 'This page has too little text to be an article.',
  listing: 'This looks like a front page or a list of stories, not an article.',
};

export function interpretPage(facts: PageFacts, options: InterpretOptions = {}): Analysis {
  const now = options.now ?? new Date();
  const sentences = options.settings?.summarySentences ?? DEFAULT_SETTINGS.summarySentences;
  const selection = options.selection?.trim();

  const ai = interpretAi(facts.ai);
  const meta = interpretMeta(facts.meta, { url: facts.url, now, readability: facts.readability, opening: openingText(facts.blocks) });

  const blocks =
    !selection && facts.blocks
      ? cleanBlocks(facts.blocks, {
          title: meta.title,
          byline: meta.byline,
          authors: meta.authors,
          // Texts other modules already know are not story: AI disclaimers, credit lines.
          exclude: [...ai.images.map((i) => i.evidence), ai.textDisclosure ?? '', meta.credit ?? ''],
        })
      : [];
  const paragraphs = selection ? textParagraphs(selection) : blocks.map((b) => b.text);
  // Headings, table cells and links name things; without a sentence end they are labels, not news.
  const labels = new Set(blocks.flatMap((b, i) => (/^(?:H\d|T[DH])$/.test(b.tag) || b.linkDensity > 0.5 ? [i] : [])));
  const text = paragraphs.join('\n\n');
  const wordCount = countWords(text);
  const notArticle: NotArticleReason | null = selection
    ? null
    : !facts.blocks
      ? 'no-content'
      : wordCount < MIN_ARTICLE_WORDS
        ? 'too-short'
        : looksLikeListing(facts.blocks, facts.meta)
          ? 'listing'
          : null;
  const picked = notArticle ? [] : summarize(paragraphs, { sentences, lang: meta.lang, title: meta.title, labels });

  return {
    version: ANALYSIS_VERSION,
    url: facts.url,
    title: meta.title,
    lang: meta.lang,
    dir: meta.dir,
    source: meta.source,
    authors: meta.authors,
    byline: meta.byline,
    credit: meta.credit,
    published: meta.times.published?.iso ?? null,
    modified: meta.times.modified?.iso ?? null,
    times: meta.times,
    excerpt: meta.excerpt,
    wordCount,
    readingTimeMinutes: readingTimeMinutes(wordCount),
    summary: picked.map((s) => s.text),
    summaryParagraphs: picked.map((s) => s.paragraph),
    // The built-in bullets are the article's own sentences: supported by construction.
    engine: { ...BUILTIN_ENGINE },
    grounding: verbatimGrounding(picked.map((s) => s.paragraph)),
    text,
    ai,
    notArticle: notArticle ? { reason: notArticle, message: NOT_ARTICLE_MESSAGES[notArticle] } : null,
  };
}
