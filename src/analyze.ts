import { ANALYSIS_VERSION, type Analysis, type NotArticleReason } from './analysis';
import { detectAiDisclosures } from './ai/detect';
import { runReadability } from './extract/readability';
import { extractMetadata } from './metadata/index';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { summarize } from './summary/summarize';
import { textParagraphs } from './summary/text';
import { cleanArticle } from './text/clean';
import { countWords, readingTimeMinutes } from './text/words';

export interface AnalyzeOptions {
  /** The page's URL (the document's own URL is not trusted: a Node DOM has none). */
  url: string;
  /** The reference "now" for relative times and sanity checks. Pinned in tests. */
  now?: Date;
  settings?: Pick<Settings, 'summarySentences'>;
  /** Summarize this text (the reader's selection) instead of the page's article; metadata still
   *  comes from the page. */
  selection?: string;
}

/** Below this many words Readability's pick is page chrome, not a story. */
const MIN_ARTICLE_WORDS = 40;

const NOT_ARTICLE_MESSAGES: Record<NotArticleReason, string> = {
  'no-content': 'No article was found on this page.',
  'too-short': 'This page has too little text to be an article.',
  'not-html': 'This is not an HTML page.',
};

/**
 * The core: one page in, one Analysis out. Reads `doc` without changing it (Readability runs on
 * a clone), so the content script can hand it the live page.
 */
export function analyzeDocument(doc: Document, options: AnalyzeOptions): Analysis {
  const now = options.now ?? new Date();
  const sentences = options.settings?.summarySentences ?? DEFAULT_SETTINGS.summarySentences;

  // Scan the original page first: Readability drops many captions, and it rewrites its input.
  const ai = detectAiDisclosures(doc, { url: options.url });
  const article = runReadability(doc);
  const meta = extractMetadata(doc, { url: options.url, now, readability: article });

  const paragraphs = options.selection?.trim()
    ? textParagraphs(options.selection)
    : article
      ? cleanArticle(article.content, {
          title: meta.title,
          byline: meta.byline,
          // Texts other modules already know are not story: AI disclaimers, credit lines.
          exclude: [...ai.images.map((i) => i.evidence), ai.textDisclosure ?? '', meta.credit ?? ''],
        })
      : [];
  const text = paragraphs.join('\n\n');
  const wordCount = countWords(text);
  const notArticle: NotArticleReason | null = options.selection?.trim()
    ? null
    : !article
      ? 'no-content'
      : wordCount < MIN_ARTICLE_WORDS
        ? 'too-short'
        : null;

  const picked = notArticle ? [] : summarize(paragraphs, { sentences, lang: meta.lang, title: meta.title });

  return {
    version: ANALYSIS_VERSION,
    url: options.url,
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
    text,
    ai,
    notArticle: notArticle ? { reason: notArticle, message: NOT_ARTICLE_MESSAGES[notArticle] } : null,
  };
}
