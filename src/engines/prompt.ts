/**
 * The prompt a model engine is given, and the reading of its answer. Shared by every engine (the
 * OpenAI-compatible endpoint, Chrome's Summarizer), the CLI and the extension: what the model is
 * told is the same wherever it runs.
 */

export interface ArticleInput {
  title: string;
  /** The site's name or domain. */
  source: string | null;
  /** ISO times as the Analysis holds them. */
  published: string | null;
  modified: string | null;
  /** The cleaned article: paragraphs separated by a blank line (Analysis `text`). */
  text: string;
  /** The article's language (BCP 47), when known. */
  lang: string | null;
}

export interface PromptOptions {
  /** How many bullets to ask for. */
  bullets: number;
  /** The most characters of article text to send (the model's budget); the text is cut at a
   *  paragraph (or, for one long paragraph, a sentence) boundary below it. */
  maxChars: number;
  /** Write the bullets in this language (BCP 47) rather than the article's. */
  outputLang?: string | null;
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface Prompt {
  messages: ChatMessage[];
  /** True when the article was cut to fit `maxChars`. */
  cut: boolean;
  /** Characters of article text sent. */
  sentChars: number;
}

/** The default budget: about 3,000 tokens of English, which every local model of 4k context or more fits with the answer. */
export const DEFAULT_MAX_CHARS = 12_000;

/** A language's English name ("de" → "German"), for the instruction; null when unknown. */
export function languageName(lang: string | null | undefined): string | null {
  if (!lang) return null;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(lang);
    return name && name !== lang ? name : null;
  } catch {
    return null;
  }
}

/** The text cut to `max` characters at the last paragraph end before it (else the last sentence
 *  end, else a space). */
export function cutText(text: string, max: number): { text: string; cut: boolean } {
  if (text.length <= max) return { text, cut: false };
  const head = text.slice(0, max);
  const para = head.lastIndexOf('\n\n');
  if (para > max / 2) return { text: head.slice(0, para), cut: true };
  const sentence = Math.max(head.lastIndexOf('. '), head.lastIndexOf('。'), head.lastIndexOf('! '), head.lastIndexOf('? '));
  if (sentence > max / 2) return { text: head.slice(0, sentence + 1), cut: true };
  const space = head.lastIndexOf(' ');
  return { text: space > max / 2 ? head.slice(0, space) : head, cut: true };
}

export function buildPrompt(article: ArticleInput, opts: PromptOptions): Prompt {
  const n = Math.max(1, Math.floor(opts.bullets));
  const { text, cut } = cutText(article.text, opts.maxChars);
  const wanted = opts.outputLang ? languageName(opts.outputLang) ?? opts.outputLang : null;
  const own = languageName(article.lang);
  const language = wanted
    ? `Write in ${wanted}.`
    : own
      ? `Write in the article's language (${own}).`
      : "Write in the language the article is written in.";
  const system = [
    'You summarize news articles for a reader who has not read them.',
    `Answer with exactly ${n} bullet point${n === 1 ? '' : 's'}, one per line, each starting with "- ", each one complete sentence, most important first.`,
    language,
    'Use only what the article says: no outside knowledge, no opinions, no guesses. Keep numbers, names and dates exactly as the article gives them; quote only words the article prints.',
    'Answer with the bullet points only: no title, no introduction, no closing remark.',
  ].join('\n');
  const head = [
    `Title: ${article.title}`,
    article.source ? `Source: ${article.source}` : '',
    article.published ? `Published: ${article.published}` : '',
    article.modified && article.modified !== article.published ? `Updated: ${article.modified}` : '',
  ].filter(Boolean);
  const user = [
    ...head,
    '',
    cut ? 'Article (only its beginning: the rest did not fit; summarize this part):' : 'Article:',
    text,
  ].join('\n');
  return { messages: [{ role: 'system', content: system }, { role: 'user', content: user }], cut, sentChars: text.length };
}

/** A list marker at the start of a line: "- ", "* ", "• ", "1. ", "2) ". */
const MARKER = /^\s*(?:[-*•·–—]|\d{1,2}[.)])\s+/u;

/**
 * The bullets of a model's answer: its list items, markers and Markdown emphasis removed; an answer
 * with no list marker is taken line by line. A preamble ("Here is a summary:") is dropped.
 */
export function parseBullets(answer: string): string[] {
  const lines = answer
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const marked = lines.filter((l) => MARKER.test(l));
  const items = (marked.length ? marked : lines.filter((l) => !/:$/.test(l))).map((l) =>
    l
      .replace(MARKER, '')
      .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, '$1$2')
      .trim(),
  );
  return items.filter((l) => /[\p{L}\p{N}]/u.test(l));
}
