/**
 * The grounding check's evaluation set, built from the corpus's CNN/DailyMail dev articles (never
 * written into the repository): for each article, faithful bullets and corrupted copies of them.
 *
 * Faithful:
 * - `extractive`: sentences of the article, as an extractive engine would give them;
 * - `compressed`: such a sentence cut after its first clause (at a comma), with its end restored;
 * - `abstractive`: the human highlights written for the article (sentences of the reference). These
 *   are the summaries a model imitates; a few of them state things the article does not (the
 *   highlights were written from the full story), so their flag rate is an upper bound.
 * Corrupted (each from a faithful bullet, one change each, the change guaranteed absent from the
 * article):
 * - `number`: one number (digits or a number word) replaced by a value the article never states;
 * - `name`: one capitalized name word (not the first word) replaced by a name from another article;
 * - `quote`: a quotation from another article added ("…, saying “…”"), or a quotation's words replaced;
 * - `negation`: "not" put after the first auxiliary ("will be" → "will not be"), or taken away.
 *
 * Deterministic: a seeded generator picks the sentences and the changes.
 */
import { readFileSync } from 'node:fs';
import { corpusPath } from '../lib/corpus';
import { splitSentences } from '../../src/summary/segment';
import { textParagraphs } from '../../src/summary/text';

export type Kind = 'extractive' | 'compressed' | 'abstractive' | 'number' | 'name' | 'quote' | 'negation';
export const CORRUPTIONS: readonly Kind[] = ['number', 'name', 'quote', 'negation'];

export interface Case {
  article: string;
  paragraphs: string[];
  bullet: string;
  kind: Kind;
  /** What the corruption put in (for listing failures); '' for a faithful bullet. */
  change: string;
  /** For extractive and compressed bullets: the paragraph the sentence came from. */
  paragraph: number | null;
  /** The faithful bullet a corrupted one came from: 'extractive' or 'abstractive'. */
  from: 'extractive' | 'abstractive' | null;
}

/** mulberry32: a small seeded generator. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NUMBER_WORD = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b/i;
const AUX = /\b(is|are|was|were|will|has|have|had|can|could|would|should|did|does|do|must|may)\b(?! not\b| never\b)/;
const NEGATED = /\b(is|are|was|were|will|has|have|had|can|could|would|should|did|does|do|must|may) not\b|\b(is|are|was|were|has|have|had|could|would|should|did|does|do)n['’]t\b/;
const QUOTE = /[“‘"]([^“”‘’"]{15,140}?)[”’"]/g;
const NAME_WORD = /(?<=\S\s)\p{Lu}\p{Ll}{2,}(?:\s\p{Lu}\p{Ll}{2,})?/gu;

/** The reference's sentences, its tokenization undone ("Locke 's first six games ." → "Locke's first six games."). */
function referenceSentences(ref: string): string[] {
  return ref
    .split(/\s\.\s|\n/)
    .map((s) =>
      s
        .replace(/\s+([.,;:!?%])/g, '$1')
        .replace(/\s+(['’](?:s|re|ve|ll|d|m|t)\b)/g, '$1')
        .replace(/\s+n['’]t\b/g, "n't")
        .replace(/\$\s+/g, '$')
        .trim(),
    )
    .map((s) => (s && !/[.!?]$/.test(s) ? s + '.' : s))
    .filter((s) => s.split(' ').length >= 4);
}

function pick<T>(r: () => number, xs: readonly T[]): T | undefined {
  return xs.length ? xs[Math.floor(r() * xs.length)] : undefined;
}

export function buildSet(file = corpusPath('summaries/dev.jsonl'), seed = 17): Case[] {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; article: string; reference: string });
  const r = rng(seed);
  // Names and quotations of each article, to plant in another.
  const names = rows.map((row) => [...new Set(row.article.match(NAME_WORD) ?? [])]);
  const quotes = rows.map((row) => [...row.article.matchAll(QUOTE)].map((m) => m[1]!.trim()).filter((q) => q.split(' ').length >= 4));
  const out: Case[] = [];

  rows.forEach((row, i) => {
    const paragraphs = textParagraphs(row.article);
    const lower = row.article.toLowerCase();
    const numbers = new Set((row.article.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => n.replace(',', '')));
    const sentences = paragraphs.flatMap((p, k) =>
      splitSentences(p, 'en').map((text) => ({ text, paragraph: k })),
    ).filter((s) => { const n = s.text.split(' ').length; return n >= 8 && n <= 60; });
    const base = (a: Omit<Case, 'article' | 'paragraphs'>): Case => ({ article: row.article, paragraphs, ...a });

    const faithful: Case[] = [];
    for (let k = 0; k < 2; k++) {
      const s = pick(r, sentences);
      if (s) faithful.push(base({ bullet: s.text, kind: 'extractive', change: '', paragraph: s.paragraph, from: null }));
    }
    const s = pick(r, sentences.filter((x) => /, /.test(x.text)));
    if (s) {
      const cut = s.text.slice(0, s.text.indexOf(', ')).trim();
      if (cut.split(' ').length >= 5) faithful.push(base({ bullet: cut + '.', kind: 'compressed', change: '', paragraph: s.paragraph, from: null }));
    }
    for (const ref of referenceSentences(row.reference)) faithful.push(base({ bullet: ref, kind: 'abstractive', change: '', paragraph: null, from: null }));
    out.push(...faithful);

    for (const f of faithful) {
      if (f.kind === 'compressed') continue;
      const from = f.kind === 'abstractive' ? 'abstractive' : 'extractive';
      const b = f.bullet;
      // A number: digits or a word, replaced by a value the article does not state.
      const num = /\d+(?:[.,]\d+)*/.exec(b) ?? NUMBER_WORD.exec(b);
      if (num) {
        const word = NUMBER_WORD.test(num[0]);
        const v = word ? ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].indexOf(num[0].toLowerCase()) + 2 : Number(num[0].replace(/,/g, ''));
        let nv = Number.isFinite(v) ? v : 7;
        for (let step = 0; step < 50; step++) {
          nv = Math.max(2, Math.round(v * (1.3 + r())) + 1 + step);
          if (!numbers.has(String(nv)) && !NUMBER_WORD.test(lower.match(new RegExp(`\\b${nv}\\b`))?.[0] ?? '')) break;
        }
        const repl = String(nv);
        out.push(base({ bullet: b.slice(0, num.index) + repl + b.slice(num.index + num[0].length), kind: 'number', change: `${num[0]} → ${repl}`, paragraph: f.paragraph, from }));
      }
      // A name, replaced by another article's name that this article never mentions.
      const own = [...b.matchAll(NAME_WORD)].filter((m) => !/^(?:The|He|She|It|They|But|And|In|On|At|His|Her|Mr|Mrs|Ms)$/.test(m[0]));
      const target = pick(r, own);
      if (target) {
        for (let tries = 0; tries < 20; tries++) {
          const other = pick(r, names[(i + 1 + Math.floor(r() * (rows.length - 1))) % rows.length]!);
          if (other && other.split(' ').length === target[0].split(' ').length && !other.split(' ').some((w) => lower.includes(w.toLowerCase()))) {
            out.push(base({ bullet: b.slice(0, target.index) + other + b.slice(target.index! + target[0].length), kind: 'name', change: `${target[0]} → ${other}`, paragraph: f.paragraph, from }));
            break;
          }
        }
      }
      // A quotation: another article's words, absent from this one.
      const q = pick(r, quotes[(i + 1 + Math.floor(r() * (rows.length - 1))) % rows.length]!);
      if (q && !lower.includes(q.toLowerCase())) {
        const own = /“([^”]{10,}?)”|"([^"]{10,}?)"/.exec(b);
        const bullet = own ? b.slice(0, own.index) + `“${q}”` + b.slice(own.index + own[0].length) : b.replace(/[.!?]?$/, `, saying “${q}”.`);
        out.push(base({ bullet, kind: 'quote', change: `“${q}”`, paragraph: f.paragraph, from }));
      }
      // Negation: "not" after the first auxiliary, or an existing one taken away.
      const neg = NEGATED.exec(b);
      if (neg) {
        const fixed = neg[1] ? neg[1] : neg[2]!;
        out.push(base({ bullet: b.slice(0, neg.index) + fixed + b.slice(neg.index + neg[0].length), kind: 'negation', change: `${neg[0]} → ${fixed}`, paragraph: f.paragraph, from }));
      } else {
        const aux = AUX.exec(b);
        if (aux) out.push(base({ bullet: b.slice(0, aux.index) + aux[0] + ' not' + b.slice(aux.index + aux[0].length), kind: 'negation', change: `${aux[0]} → ${aux[0]} not`, paragraph: f.paragraph, from }));
      }
    }
  });
  return out;
}
