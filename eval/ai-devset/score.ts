/**
 * Scores of AI-disclosure detection on the dev set's pages (pages.ts): page precision/recall, image
 * precision/recall/F1, text-disclosure accuracy, and the misses.
 *
 * Run as a script (`tsx eval/ai-devset/score.ts --exclude xx [--only xx]`), it leaves language xx's
 * phrase tables out of the recognizer (src/phrases.ts EXCLUDED_LANGUAGES, set before the recognizer
 * is imported) and prints the scores of xx's pages as one JSON line: the leave-one-language-out
 * figure of npm run eval:ai, which runs it once per language. `--from N` scores only the pages of
 * the wordings from the Nth on (a new gathering, measured before the grammar is changed for it).
 */
import { pathToFileURL } from 'node:url';
import type { AiReport } from '../../src/analysis';
import type { DevPage } from './pages';

export interface Counts {
  pages: number;
  tp: number;
  fp: number;
  fn: number;
  itp: number;
  ifp: number;
  ifn: number;
  /** Pages whose text disclosure (present or not) was read right. */
  textRight: number;
  /** Pages that disclose their text as written with AI, and how many of them were found. */
  textPages: number;
  textFound: number;
  misses: string[];
  /** Image-level errors by the page's layout (figcaption, badge, gallery…): false and missed images. */
  byLayout: Record<string, { pages: number; ifp: number; ifn: number }>;
}

export const emptyCounts = (): Counts => ({ pages: 0, tp: 0, fp: 0, fn: 0, itp: 0, ifp: 0, ifn: 0, textRight: 0, textPages: 0, textFound: 0, misses: [], byLayout: {} });

export function scorePages(pages: DevPage[], detect: (page: DevPage) => AiReport, into: Counts = emptyCounts()): Counts {
  const c = into;
  for (const p of pages) {
    const r = detect(p);
    c.pages++;
    if (r.pageFlag && p.pageFlag) c.tp++;
    else if (r.pageFlag) c.fp++;
    else if (p.pageFlag) c.fn++;
    const want = new Set(p.aiImages);
    const skip = new Set(p.unscored);
    const got = new Set(r.images.filter((i) => i.aiGenerated && !skip.has(i.src)).map((i) => i.src));
    const lay = (c.byLayout[p.layout] ??= { pages: 0, ifp: 0, ifn: 0 });
    lay.pages++;
    for (const s of got) want.has(s) ? c.itp++ : (c.ifp++, lay.ifp++);
    for (const s of want) if (!got.has(s)) (c.ifn++, lay.ifn++);
    const text = r.textDisclosure !== null;
    if (text === p.textDisclosure) c.textRight++;
    if (p.textDisclosure) c.textPages++;
    if (p.textDisclosure && text) c.textFound++;
    const imagesRight = [...got].sort().join() === [...want].sort().join();
    if (r.pageFlag !== p.pageFlag || !imagesRight || text !== p.textDisclosure) {
      const what = [
        r.pageFlag !== p.pageFlag ? `page ${r.pageFlag} (want ${p.pageFlag})` : '',
        imagesRight ? '' : `images ${got.size} (want ${want.size})`,
        text !== p.textDisclosure ? `text ${text} (want ${p.textDisclosure})` : '',
      ].filter(Boolean);
      c.misses.push(`${p.name} [${p.kind}]: ${what.join(', ')}: "${p.text.slice(0, 100)}"`);
    }
  }
  return c;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export interface Figures {
  pagePrecision: number;
  pageRecall: number;
  imagePrecision: number;
  imageRecall: number;
  imageF1: number;
  textAccuracy: number;
  textRecall: number;
}

export function figures(c: Counts): Figures {
  const ip = ratio(c.itp, c.itp + c.ifp), ir = ratio(c.itp, c.itp + c.ifn);
  return {
    pagePrecision: ratio(c.tp, c.tp + c.fp),
    pageRecall: ratio(c.tp, c.tp + c.fn),
    imagePrecision: ip,
    imageRecall: ir,
    imageF1: ip + ir === 0 ? 0 : (2 * ip * ir) / (ip + ir),
    textAccuracy: ratio(c.textRight, c.pages),
    textRecall: ratio(c.textFound, c.textPages),
  };
}

/** A detector over linkedom, the recognizer imported now (after any exclusion was set). */
export async function linkedomDetector(): Promise<(p: DevPage) => AiReport> {
  const { parseDocument } = await import('../../cli/dom');
  const { detectAiDisclosures } = await import('../../tools/core/halves');
  return (p) => detectAiDisclosures(parseDocument(p.html), { url: p.url });
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const exclude = arg('--exclude');
  const only = arg('--only') ?? exclude;
  const { EXCLUDED_LANGUAGES } = await import('../../src/phrases');
  if (exclude) EXCLUDED_LANGUAGES.add(exclude);
  const { devPages } = await import('./pages');
  const detect = await linkedomDetector();
  const from = Number(arg('--from') ?? 0);
  // (A page's name is `<lang>-<index of its wording>-<layout>`.)
  const pages = devPages().filter((p) => (!only || p.lang === only) && Number(p.name.split('-')[1]) >= from);
  const counts = scorePages(pages, detect);
  process.stdout.write(`${JSON.stringify({ lang: only ?? 'all', excluded: exclude ?? null, from, counts, figures: figures(counts) })}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
