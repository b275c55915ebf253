/**
 * npm run eval:grounding [-- --failures [KIND]] — the grounding check (src/summary/grounding.ts) on
 * its evaluation set (eval/grounding/build.ts: faithful bullets from the CNN/DailyMail dev articles
 * and corrupted copies of them). A corrupted bullet is a positive: precision is the share of flagged
 * bullets that were corrupted, recall the share of corrupted bullets flagged (overall, and per kind of
 * corruption and of the bullet it came from); each faithful kind's flag rate is the false alarms.
 * For extractive bullets, how often `source` is the sentence's own paragraph. And the time per article.
 */
import { groundSummary } from '../src/summary/grounding';
import { buildSet, CORRUPTIONS, type Case, type Kind } from './grounding/build';

const args = process.argv.slice(2);
const showFailures = args.includes('--failures');
const only = args.find((a) => !a.startsWith('--')) as Kind | undefined;

const cases = buildSet();
const byArticle = new Map<string, Case[]>();
for (const c of cases) byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), c]);

const results: Array<{ c: Case; flagged: boolean; unsupported: string[]; source: number | null }> = [];
const times: number[] = [];
for (const group of byArticle.values()) {
  const t = performance.now();
  const g = groundSummary(group.map((c) => c.bullet), group[0]!.paragraphs, { lang: 'en' });
  times.push(performance.now() - t);
  group.forEach((c, i) => results.push({ c, flagged: !g[i]!.supported, unsupported: g[i]!.unsupported, source: g[i]!.source }));
}

const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1).padStart(5) + '%' : '    –');
const positive = (c: Case): boolean => CORRUPTIONS.includes(c.kind);

const tp = results.filter((r) => positive(r.c) && r.flagged).length;
const fp = results.filter((r) => !positive(r.c) && r.flagged).length;
const fn = results.filter((r) => positive(r.c) && !r.flagged).length;
console.log(`grounding check: ${cases.length} bullets from ${byArticle.size} articles`);
console.log(`overall: precision ${pct(tp, tp + fp)}  recall ${pct(tp, tp + fn)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
for (const from of ['extractive', 'abstractive'] as const) {
  const pos = results.filter((r) => positive(r.c) && r.c.from === from);
  const neg = results.filter((r) => !positive(r.c) && (from === 'abstractive' ? r.c.kind === 'abstractive' : r.c.kind !== 'abstractive'));
  const t = pos.filter((r) => r.flagged).length;
  const f = neg.filter((r) => r.flagged).length;
  console.log(`  from ${from.padEnd(11)} bullets: precision ${pct(t, t + f)}  recall ${pct(t, pos.length)}`);
}
console.log('\nrecall by corruption (from extractive / from abstractive):');
for (const k of CORRUPTIONS) {
  const e = results.filter((r) => r.c.kind === k && r.c.from === 'extractive');
  const a = results.filter((r) => r.c.kind === k && r.c.from === 'abstractive');
  console.log(`  ${k.padEnd(9)} ${pct(e.filter((r) => r.flagged).length, e.length)} of ${String(e.length).padStart(3)}   ${pct(a.filter((r) => r.flagged).length, a.length)} of ${String(a.length).padStart(3)}`);
}
console.log('\nfalse alarms (faithful bullets flagged):');
for (const k of ['extractive', 'compressed', 'abstractive'] as const) {
  const rs = results.filter((r) => r.c.kind === k);
  console.log(`  ${k.padEnd(11)} ${pct(rs.filter((r) => r.flagged).length, rs.length)} of ${rs.length}`);
}
const linked = results.filter((r) => (r.c.kind === 'extractive' || r.c.kind === 'compressed') && r.c.paragraph !== null);
console.log(`\nsource: the sentence's own paragraph for ${pct(linked.filter((r) => r.source === r.c.paragraph).length, linked.length)} of ${linked.length} extractive and compressed bullets`);
times.sort((a, b) => a - b);
console.log(`time per article (all its bullets): median ${times[times.length >> 1]!.toFixed(2)} ms, max ${times[times.length - 1]!.toFixed(2)} ms`);

if (showFailures) {
  console.log('\nfailures:');
  for (const r of results) {
    if (only && r.c.kind !== only) continue;
    if (positive(r.c) !== r.flagged) console.log(`  [${r.c.kind}${r.c.change ? ': ' + r.c.change : ''}] ${r.flagged ? 'flagged ' + JSON.stringify(r.unsupported) : 'missed'}: ${r.c.bullet}`);
  }
}
