/**
 * The grounding check: is each bullet of a summary (a model's, usually) backed by the article? Pure,
 * deterministic and quick (a few milliseconds for a long article). A bullet is checked for
 * - numbers, amounts, percentages and dates: each value, normalized ("1.2 million" = "1,200,000",
 *   "three" = "3", "5bn" = "5 billion", "March" = month 3), must be a value the article states;
 * - quotations: each span between quotation marks must be in the article verbatim (case, quotation
 *   marks, dashes and spacing aside; an ellipsis may skip words);
 * - names: each capitalized word run (any cased script: "Jim Mann", "Ангела Меркель", "NATO") must be
 *   made of the article's words; in Japanese, each katakana run must be in the article;
 * - the statement's sense: when the article's closest sentence says the same thing with the
 *   opposite polarity ("did not" against "did"), the bullet is not supported;
 * - substance: a bullet most of whose content words the article never uses is not supported.
 * Each bullet is linked to its best-supporting paragraph (`source`), found by IDF-weighted word
 * overlap, so activating it in the popup scrolls to that passage.
 *
 * `unsupported` lists what was not found, as written in the bullet (so a view can mark it).
 */
import type { SummaryGrounding } from '../analysis';
import { monthOf } from '../metadata/words';
import { AUXILIARIES, DENIALS, NEGATIONS, NUMBER_WORDS, SCALES } from './phrases/grounding';
import { splitSentences } from './segment';
import { stopWords } from './stopwords';
import { contentWords } from './tokens';
import { UNSPACED } from '../text/words';
import { trimEdges } from '../trim';

export type Grounding = SummaryGrounding;

export interface GroundOptions {
  lang?: string | null;
}

/** Below this share of its content words found in the article, a bullet is not the article's. */
const MIN_COVERAGE = 0.5;
/** A bullet must share this share of its content words with one sentence for their polarity to be compared. */
const ALIGNED = 0.4;

// ---------------------------------------------------------------- normalization

/** One form for what writers vary: compatibility forms, quotation marks, dashes, spaces, case. */
function fold(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″«»「」『』〝〞＂]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

// ---------------------------------------------------------------- numbers

const WORD_VALUE = new Map<string, number>();
for (const [key, words] of Object.entries(NUMBER_WORDS)) for (const w of words) WORD_VALUE.set(w, parseInt(key, 10));
const SCALE_VALUE = new Map<string, number>();
for (const [key, words] of Object.entries(SCALES)) for (const w of words) SCALE_VALUE.set(w, Number(key));

/** A number as written: digits with thousands groups (",", ".", thin or plain space, "'"), a decimal
 *  part, then maybe a scale word right after ("5bn", "1.2 million"). Not inside a word of a cased script ("G7", "B2B"); after kana or a
 *  Han character it is a number of its own ("は2030年"). */
const NUMBER = /(?<![\p{Lu}\p{Ll}\p{N}])(\d{1,3}(?:([,.'\u00a0\u202f ])\d{3})(?:\2\d{3})*|\d+)(?:([.,])(\d+))?(?:\s?(\p{L}+))?/gu;

/** Values of a number match: the number, and scaled when a scale word follows. */
function valuesOf(m: RegExpMatchArray): { values: number[]; text: string } {
  const [all, int, group, dec, frac, word] = m as unknown as [string, string, string | undefined, string | undefined, string | undefined, string | undefined];
  let n = Number(group ? int.split(group).join('') : int);
  let text = all;
  // "1,5" in German or French is one and a half; "1,500" (three digits) was read as a group above.
  if (dec && frac) n = Number(`${n}.${frac}`);
  const values = [n];
  const scale = word ? SCALE_VALUE.get(word.toLowerCase()) : undefined;
  if (scale) values.push(n * scale);
  else if (word) text = all.slice(0, all.length - word.length).trimEnd();
  return { values, text };
}

function round(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/** Every numeric value the article states (numbers, scaled numbers, number words, month numbers). */
function articleValues(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NUMBER)) for (const v of valuesOf(m).values) out.add(round(v));
  for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const v = WORD_VALUE.get(w);
    if (v !== undefined) out.add(round(v));
    if (w.length >= 3 && w.length <= 10) {
      const month = monthOf(w);
      if (month) out.add(round(month));
    }
  }
  return out;
}

/** The bullet's numbers as written, each with the values that would back it (any one will do). */
function bulletNumbers(text: string): Array<{ text: string; values: number[]; at: number }> {
  const out: Array<{ text: string; values: number[]; at: number }> = [];
  for (const m of text.matchAll(NUMBER)) {
    const { values, text: t } = valuesOf(m);
    // The scaled value is what the bullet claims ("5bn"); the bare one only when no scale is written.
    out.push({ text: t, values: values.length > 1 ? [values[1]!] : values, at: m.index });
  }
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const v = WORD_VALUE.get(m[0].toLowerCase());
    if (v !== undefined) out.push({ text: m[0], values: [v], at: m.index });
  }
  return out;
}

// ---------------------------------------------------------------- quotations

/** Quoted spans: “…”, "…", «…», „…“, 「…」, 『…』, and ‘…’ when it holds more than one word (a lone
 *  ’ is an apostrophe). Non-greedy, bounded, one line. */
const QUOTED = /“([^“”\n]{2,600}?)”|„([^„“”\n]{2,600}?)[“”]|"([^"\n]{2,600}?)"|«([^«»\n]{2,600}?)»|「([^「」\n]{1,600}?)」|『([^『』\n]{1,600}?)』|(?<![\p{L}\p{N}])‘((?:[^‘’\n]|’(?=\p{L})){2,600}?)’(?![\p{L}\p{N}])/gu;

/** A quotation's pieces that must be in the article: split at ellipses, edge punctuation trimmed. */
function quotePieces(q: string): string[] {
  return fold(q)
    .split(/\.\.\.|…|\[\.\.\.\]|\[…\]|\(\.\.\.\)/)
    .map((p) => trimEdges(p, ' \t\n\r\u00a0"\'.,;:!?-'))
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
}

// ---------------------------------------------------------------- names

/** A run of capitalized words (any cased script), with the particles names carry inside
 *  ("Charles de Gaulle", "Ludwig van Beethoven", "Bank of England"). */
const NAME = /\p{Lu}[\p{L}\p{M}\p{N}'’.-]*(?:\s(?:(?:de|del|der|da|di|du|van|von|la|le|al|bin|of|y)\s)?\p{Lu}[\p{L}\p{M}\p{N}'’.-]*)*/gu;
/** Katakana runs of three or more: the names Japanese spells out in it. */
const KATAKANA = /[\u30a1-\u30fa\u30fc]{3,}/gu;
const PARTICLES = new Set(['de', 'del', 'der', 'da', 'di', 'du', 'van', 'von', 'la', 'le', 'al', 'bin', 'of', 'y']);

/** A name word without its possessive and edge punctuation: "Locke's" → "locke". */
function nameWord(w: string): string {
  return trimEdges(fold(w).replace(/'s$/, ''), ".'-");
}


// ---------------------------------------------------------------- the article

interface Article {
  folded: string;
  /** Each value the article states → the sentences (indices) that state it. */
  values: Map<string, number[]>;
  /** Lowercase words of the article, and the first five letters of each (to forgive inflection). */
  words: Set<string>;
  stems: Set<string>;
  sentences: Array<{ paragraph: number; words: Set<string>; stems: Set<string>; negations: number; text: string; polarity?: Map<string, boolean[]> }>;
  idf: Map<string, number>;
  stop: Set<string>;
  negation: Set<string>;
  /** Words that deny what follows ("refused", "without"), and words between a negation and what it turns around. */
  denial: Set<string>;
  auxiliary: Set<string>;
  lang: string;
}

function negationsOf(words: readonly string[], neg: Set<string>): number {
  let n = 0;
  for (const w of words) if (neg.has(w) || (neg.has('not') && /n['’]t$/.test(w))) n++;
  return n;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
/** Lowercase words, apostrophes kept ("didn't"), hyphenated words also in their parts. */
function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = trimEdges(m[0], "'’-");
    out.push(w);
    if (w.includes('-')) out.push(...w.split('-').filter(Boolean));
    const base = w.replace(/['’]s$/, '');
    if (base !== w) out.push(base);
  }
  return out;
}

const stem = (w: string): string => w.slice(0, 5);

function readArticle(paragraphs: readonly string[], lang: string): Article {
  const stop = stopWords(lang);
  const negation = new Set(NEGATIONS[lang.slice(0, 2)] ?? []);
  const sentences: Article['sentences'] = [];
  const values: Article['values'] = new Map();
  const all = new Set<string>();
  const df = new Map<string, number>();
  paragraphs.forEach((p, i) => {
    for (const s of splitSentences(p, lang)) {
      const ws = words(s);
      const set = new Set(contentWords(s, stop));
      for (const w of ws) all.add(w);
      for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
      for (const v of articleValues(s)) values.set(v, [...(values.get(v) ?? []), sentences.length]);
      sentences.push({ paragraph: i, words: set, stems: new Set([...set].map(stem)), negations: negationsOf(ws, negation), text: s });
    }
  });
  const idf = new Map<string, number>();
  for (const [w, n] of df) idf.set(w, Math.log(1 + sentences.length / n));
  const text = paragraphs.join('\n');
  return {
    folded: fold(text),
    values,
    words: all,
    stems: new Set([...all].map(stem)),
    sentences,
    idf,
    stop,
    negation,
    denial: new Set(DENIALS[lang.slice(0, 2)] ?? []),
    auxiliary: new Set(AUXILIARIES[lang.slice(0, 2)] ?? []),
    lang,
  };
}

// ---------------------------------------------------------------- one bullet

function hasWord(a: Article, w: string, inflected: boolean): boolean {
  if (a.words.has(w)) return true;
  return inflected && w.length >= 5 && a.stems.has(stem(w));
}

function checkBullet(bullet: string, a: Article): Grounding {
  const unsupported: string[] = [];
  const add = (s: string): void => {
    if (!unsupported.includes(s)) unsupported.push(s);
  };

  // Numbers.
  // A number must be one the article states, in a sentence about the same thing: one that shares a
  // content word with the number's neighbours in the bullet ("five men" is not backed by "two men …
  // five minutes"); a number with no content word nearby needs only to be stated.
  for (const n of bulletNumbers(bullet)) {
    const near = contentWords(bullet.slice(Math.max(0, n.at - 28), n.at + n.text.length + 28), a.stop)
      .filter((w) => !/^\p{N}/u.test(w) && !WORD_VALUE.has(w))
      .map(stem);
    // A year names itself ("in 2027"): stated anywhere will do.
    const year = n.values.length === 1 && /^(?:1[89]|20)\d\d$/.test(n.text);
    const backed = n.values.some((v) => {
      const where = a.values.get(round(v));
      return where && (!near.length || year || where.some((i) => near.some((w) => a.sentences[i]!.stems.has(w))));
    });
    if (!backed) add(n.text);
  }

  // Quotations.
  const quoted: Array<[number, number]> = [];
  for (const m of bullet.matchAll(QUOTED)) {
    const inner = m.slice(1).find((g) => g !== undefined) ?? '';
    quoted.push([m.index, m.index + m[0].length]);
    if (quotePieces(inner).some((p) => !a.folded.includes(p))) add(m[0]);
  }

  // Names (outside quotations, which are checked whole).
  const inflected = a.lang.slice(0, 2) !== 'en';
  // Words of names already reported, left out of the substance check below.
  const named = new Set<string>();
  for (const m of bullet.matchAll(NAME)) {
    if (quoted.some(([s, e]) => m.index >= s && m.index < e)) continue;
    let ws = m[0].split(/\s+/);
    // The sentence's first word is capitalized anyway: a name only when the article does not use it in lower case.
    const start = m.index === 0 || /(?:^|[.!?:;"“«]\s*|[-–—•*]\s+)$/u.test(bullet.slice(0, m.index).trimEnd() + ' ');
    // The sentence's first word is capitalized anyway: it is checked only as an acronym ("NATO"); an
    // invented name there is still caught by its other words ("David Moyes").
    if (start && !/^\p{Lu}{2,}$/u.test(ws[0]!)) ws = ws.slice(1);
    const missing = ws.filter((w) => {
      const k = nameWord(w);
      if (!k || /^i(?:'\p{L}+)?$/u.test(k) || PARTICLES.has(k) || /^\p{N}/u.test(k)) return false;
      return !hasWord(a, k, inflected) && !k.split('.').every((part) => !part || hasWord(a, part, inflected));
    });
    if (missing.length) {
      add(ws.join(' ').replace(/['’]s$|[.,;:]$/u, ''));
      for (const w of ws) named.add(nameWord(w));
    }
  }
  for (const m of bullet.matchAll(KATAKANA)) if (!a.folded.includes(fold(m[0]))) add(m[0]);

  // The best-supporting sentence, by IDF-weighted overlap of content words.
  const content = [...new Set(contentWords(bullet, a.stop))];
  // Words inside quotations were checked with them.
  const unquoted = quoted.length ? [...new Set(contentWords(quoted.reduceRight((t, [s, e]) => t.slice(0, s) + ' ' + t.slice(e), bullet), a.stop))] : content;
  let best = -1;
  let bestScore = 0;
  let bestShare = 0;
  const weight = (w: string): number => a.idf.get(w) ?? 0;
  const total = content.reduce((s, w) => s + (weight(w) || Math.log(1 + a.sentences.length)), 0);
  a.sentences.forEach((s, i) => {
    let score = 0;
    let shared = 0;
    for (const w of content)
      if (s.words.has(w)) {
        score += weight(w);
        shared++;
      }
    if (score > bestScore) {
      best = i;
      bestScore = score;
      bestShare = content.length ? shared / content.length : 0;
    }
  });

  // Substance: most content words found somewhere in the article (inflections forgiven).
  // (In unspaced scripts the content words are character pairs, looked for in the text.)
  const checked = unquoted.filter((w) => !named.has(w));
  const found = checked.filter((w) => hasWord(a, w, true) || /^\p{N}/u.test(w) || (UNSPACED.test(w) && a.folded.includes(w)));
  // (Only for a bullet nothing else was found wrong with: it would only add noise to that one.)
  if (!unsupported.length && checked.length >= 4 && found.length / checked.length < MIN_COVERAGE) {
    for (const w of checked) if (!found.includes(w) && unsupported.length < 8) add(w);
  }

  // Polarity against the closest sentence, when the bullet says (mostly) what that sentence says.
  if (best >= 0 && a.negation.size && bestShare >= ALIGNED && total > 0 && bestScore / total >= ALIGNED) {
    const bw = words(bullet);
    const mine = negationsOf(bw, a.negation);
    const theirs = a.sentences[best]!.negations;
    const sentence = a.sentences[best]!.text;
    if (mine > theirs) {
      // A negation the article's sentence lacks, where the sentence states the same thing without it.
      const said = foldWords(sentence);
      const bm = [...bullet.matchAll(WORD)];
      bm.forEach((m, i) => {
        const w = m[0].toLowerCase();
        if (!negationsOf([w], a.negation)) return;
        const contracted = /^(\p{L}+)n['’]t$/u.exec(w)?.[1];
        const before = contracted ?? bm[i - 1]?.[0].toLowerCase();
        const after = bm[i + 1]?.[0].toLowerCase();
        // The sentence says it plainly: the same two words without the negation ("will be"), or, when
        // it has no negation at all, the word the negation goes with ("not facing" / "faces").
        const later = bm[i + 2]?.[0].toLowerCase();
        if (before && after && (said.includes(` ${before} ${after} `) || (later && said.includes(` ${before} ${later} `)))) add(m[0]);
        else if (after && theirs === 0 && [...said.matchAll(WORD)].some((x) => stem(x[0]) === stem(after) && after.length > 3)) add(m[0]);
      });
    } else if (mine < theirs) {
      const claim = negatedClaim(bullet, sentence, a.negation);
      if (claim) add(claim);
    }
  }

  // The same, where the article says it in other words: the word a negation turns around ("will not
  // leave"), against the article's sentences about the same thing that use that word.
  if (!unsupported.length && a.negation.size) {
    const flip = predicateFlip(bullet, a);
    if (flip) add(flip);
  }

  return { supported: unsupported.length === 0, unsupported, source: best >= 0 ? a.sentences[best]!.paragraph : null };
}

/** Where each negation (or denial) of a word list turns a word around: the indices of those words
 *  ("has not yet been charged" → "charged"). */
function negatedAt(ts: readonly string[], a: Article): Set<number> {
  const out = new Set<number>();
  ts.forEach((w, i) => {
    if (!isNegation(w, a) && !a.denial.has(w)) return;
    // "No 4", "no. 10": a number's label, not a negation.
    if (/^\p{N}/u.test(ts[i + 1] ?? '') || ts[i + 1] === 'no') return;
    for (let j = i + 1; j <= i + 4 && j < ts.length; j++) {
      const x = ts[j]!;
      if (isNegation(x, a)) return;
      if (a.auxiliary.has(x) || a.stop.has(x) || x.length < 3) continue;
      out.add(j);
      return;
    }
  });
  return out;
}

/** Each word stem of a sentence → whether each of its uses there is negated (computed once, when first needed). */
function polarity(s: Article['sentences'][number], a: Article): Map<string, boolean[]> {
  if (s.polarity) return s.polarity;
  const st = s.text.toLowerCase().match(WORD) ?? [];
  const negated = negatedAt(st, a);
  const map = new Map<string, boolean[]>();
  st.forEach((w, k) => {
    const key = stem(w);
    const list = map.get(key);
    if (list) list.push(negated.has(k));
    else map.set(key, [negated.has(k)]);
  });
  return (s.polarity = map);
}

function isNegation(w: string, a: Article): boolean {
  return a.negation.has(w) || (a.negation.has('not') && /n['’]t$/.test(w));
}

/** A bullet that negates what the article states, or states what it negates, in other words than
 *  its closest sentence: the word a negation turns around ("not leave"), looked for in every sentence
 *  that shares at least two other content words and a third of the bullet's. When each such
 *  sentence has the word with the other polarity, the bullet's words for it (else null). */
function predicateFlip(bullet: string, a: Article): string | null {
  const ms = [...bullet.toLowerCase().matchAll(WORD)];
  const bt = ms.map((m) => m[0]);
  const mine = negatedAt(bt, a);
  const content = new Set(contentWords(bullet, a.stop));
  const slice = (from: number, to: number): string => bullet.slice(ms[from]!.index, ms[to]!.index + ms[to]![0].length);
  for (let j = 0; j < bt.length; j++) {
    const p = bt[j]!;
    if (p.length < 4 || /^\p{N}/u.test(p) || a.stop.has(p) || a.auxiliary.has(p) || isNegation(p, a) || a.denial.has(p)) continue;
    const others = [...content].filter((w) => stem(w) !== stem(p));
    if (others.length < 2) continue;
    let candidates = 0;
    let agree = 0;
    for (const s of a.sentences) {
      if (!s.stems.has(stem(p))) continue;
      const shared = others.filter((w) => s.words.has(w)).length;
      if (shared < 2 || shared < others.length / 3) continue;
      const at = polarity(s, a).get(stem(p));
      if (!at) continue;
      candidates++;
      if (at.includes(mine.has(j))) agree++;
    }
    if (!candidates || agree) continue;
    if (mine.has(j)) {
      // The negation before the word.
      let i = j - 1;
      while (i > 0 && !isNegation(bt[i]!, a) && !a.denial.has(bt[i]!)) i--;
      return slice(i, j);
    }
    return slice(Math.max(0, j - 1), j);
  }
  return null;
}

/** Words of a text, lowercase, space-separated with a space at each end (to look for " is due "). */
function foldWords(text: string): string {
  return ' ' + (text.toLowerCase().match(WORD) ?? []).join(' ') + ' ';
}

/** Where the bullet states without its negation what the article's sentence negates ("is due" against
 *  "is not due", "have been" against "haven't been"): the words, as the bullet writes them; else null. */
function negatedClaim(bullet: string, sentence: string, neg: Set<string>): string | null {
  const sw = sentence.toLowerCase().match(WORD) ?? [];
  const bw = [...bullet.matchAll(WORD)];
  for (let i = 0; i < sw.length; i++) {
    const w = sw[i]!;
    const contracted = /^(\p{L}+)n['’]t$/u.exec(w)?.[1];
    const before = contracted ?? (neg.has(w) ? sw[i - 1] : undefined);
    if (!before) continue;
    // The word after the negation, or the one after that ("has not yet committed" / "has committed").
    for (const after of [sw[i + 1], sw[i + 2]]) {
      if (!after || neg.has(after)) continue;
      const k = bw.findIndex((m, j) => m[0].toLowerCase() === before && bw[j + 1]?.[0].toLowerCase() === after);
      if (k >= 0) return bullet.slice(bw[k]!.index, bw[k + 1]!.index + bw[k + 1]![0].length);
    }
  }
  return null;
}

/** One grounding entry per bullet. `paragraphs` are the article's (Analysis `text` split at blank lines). */
export function groundSummary(bullets: readonly string[], paragraphs: readonly string[], opts: GroundOptions = {}): Grounding[] {
  if (!bullets.length) return [];
  const a = readArticle(paragraphs, (opts.lang || 'en').toLowerCase());
  return bullets.map((b) => checkBullet(b, a));
}

/** The grounding of bullets copied from the article: supported by construction, linked to their paragraph. */
export function verbatimGrounding(paragraphs: readonly number[]): Grounding[] {
  return paragraphs.map((p) => ({ supported: true, unsupported: [], source: p }));
}
