/**
 * How one gathering of wordings fares: `tsx eval/ai-devset/fresh.ts wordings.<name>.json [--verbatim |
 * --adapted] [--lang xx] [--failures]` scores only the pages made from that file's wordings (all,
 * only the verbatim ones, or only the adapted ones), with every language's tables in. Run before the
 * grammar is changed for a new gathering, it is the honest estimate of how wordings the rules never
 * met fare; run after, it says what the changes caught.
 */
import { devPages, loadWordings } from './pages';
import { figures, linkedomDetector, scorePages } from './score';

const argv = process.argv.slice(2);
const file = argv.find((a) => a.endsWith('.json'));
if (!file) throw new Error('usage: fresh.ts wordings.<name>.json [--verbatim | --adapted] [--lang xx] [--failures]');
const lang = argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined;
const wordings = loadWordings([file]).filter(
  (w) => (!argv.includes('--verbatim') || !w.adapted) && (!argv.includes('--adapted') || w.adapted) && (!lang || w.lang === lang),
);
const pages = devPages(wordings);
const detect = await linkedomDetector();
const f3 = (n: number): string => n.toFixed(3);
const line = (c: ReturnType<typeof scorePages>): string => {
  const f = figures(c);
  return `page P ${f3(f.pagePrecision)} R ${f3(f.pageRecall)}  image P ${f3(f.imagePrecision)} R ${f3(f.imageRecall)} F1 ${f3(f.imageF1)}  text acc ${f3(f.textAccuracy)} (found ${c.textFound}/${c.textPages})  (page tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
};
const all = scorePages(pages, detect);
const kinds = (k: string): number => wordings.filter((w) => (k === 'disclosure' ? w.kind !== 'near-miss' : w.kind === k)).length;
console.log(`${file}: ${wordings.length} wordings (${kinds('disclosure')} disclosures, ${kinds('near-miss')} near-misses), ${pages.length} pages`);
console.log(`  all    ${line(all)}`);
// A disclosure is caught when every page made from it is read right; a near-miss when none is flagged.
const byText = new Map<string, boolean>();
for (const m of all.misses) byText.set(m.slice(m.indexOf(': "') + 3, -1), true);
const missed = (t: string): boolean => [...byText.keys()].some((k) => t.startsWith(k));
const caught = wordings.filter((w) => w.kind !== 'near-miss' && !missed(w.text)).length;
const flagged = wordings.filter((w) => w.kind === 'near-miss' && missed(w.text)).length;
console.log(`  disclosures caught on every layout: ${caught}/${kinds('disclosure')}; near-misses flagged on some layout: ${flagged}/${kinds('near-miss')}`);
for (const l of [...new Set(wordings.map((w) => w.lang))].sort()) {
  console.log(`  ${l.padEnd(5)}${line(scorePages(pages.filter((p) => p.lang === l), detect))}`);
}
if (argv.includes('--failures')) console.log(all.misses.map((m) => `    ${m}`).join('\n'));
