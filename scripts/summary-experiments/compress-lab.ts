import { summarizeText } from '../../src/summary/text';
import { rouge } from '../rouge';
import { pairs, mean, fmt } from './lab';
const picks = pairs.map((p) => summarizeText(p.article, { sentences: 3, lang: 'en' }).map((s) => s.text));
const END = /([.!?…]["'”’»)]*)$/u;
const end = (s: string) => END.exec(s)?.[1] ?? '.';
/** quotes balanced in s (straight " parity, curly pairs, ‘’ ignoring apostrophes) */
const balanced = (s: string) => {
  const dq = (s.match(/"/g)?.length ?? 0) % 2 === 0;
  const cq = (s.match(/“/g)?.length ?? 0) === (s.match(/”/g)?.length ?? 0);
  const sq = (s.match(/‘/g)?.length ?? 0) === (s.replace(/(?<=\p{L})’(?=\p{L})/gu, '').match(/’/g)?.length ?? 0);
  const st = (s.replace(/(?<=\p{L})'(?=\p{L})|(?<=s)'(?= )/gu, '').match(/'/g)?.length ?? 0) % 2 === 0;
  return dq && cq && sq && st;
};
const MIN = 8;
const tail = (re: RegExp) => (s: string) => {
  const m = re.exec(s);
  if (!m || m.index === undefined) return s;
  const head = s.slice(0, m.index);
  if (head.split(/\s+/).length < MIN || !balanced(head)) return s;
  return head.replace(/[,;:\s]+$/, '') + end(s);
};
const ING_NOT = /^(?:during|according|nothing|something|anything|everything|thing|things|king|spring|evening|morning|ring|sibling|ceiling|string|swing|wing|bring|sing|being)$/;
const rules: Record<string, (s: string) => string> = {
  parens: (s) => s.replace(/ \([^()]{1,80}\)(?=[\s,.;:!?])/g, (m, i) => (balanced(s.slice(0, i)) ? '' : m)),
  dash: tail(/ [-–—] (?!.* [-–—] )(?=\S)/u),
  dashpair: (s) => s.replace(/ [-–—] [^-–—]{1,80}? [-–—] /gu, ' '),
  rel: tail(/, (?:who|which|whose|where)\b(?!.*, )/u),
  relpair: (s) => s.replace(/, (?:who|which|whose)\b[^,;]{1,80}, (?=\p{Ll})/gu, ' '),
  ing: (s) => { const m = /, (\p{Ll}+ing)\b(?!.*, )/u.exec(s); return m && !ING_NOT.test(m[1]!) ? tail(/, \p{Ll}+ing\b(?!.*, )/u)(s) : s; },
  adjunct: tail(/, (?:after|as|while|when|before|since|because|although|though|despite|amid|following|with|until|where)\b(?!.*, )/u),
  according: tail(/, according to\b(?!.*, )/u),
  lead: (s) => s.replace(/^(?:On|In|At|Last|Earlier|Yesterday|Today|This|Since|After|Before|During)\b[^,]{0,40}, (\p{Ll})/u, (_, c: string) => c.toUpperCase()),
};
const apply = (names: string[]) => (s: string) => names.reduce((x, n) => rules[n]!(x), s);
const base = mean(picks.map((ps, i) => rouge(ps, pairs[i]!.reference)));
console.log('none       ', fmt(base));
const words = (f: (s: string) => string) => (picks.reduce((a, ps) => a + ps.map(f).join(' ').split(/\s+/).length, 0) / picks.length).toFixed(1);
for (const n of Object.keys(rules)) {
  const f = apply([n]);
  const m = mean(picks.map((ps, i) => rouge(ps.map(f), pairs[i]!.reference)));
  const changed = picks.flat().filter((s) => f(s) !== s).length;
  console.log(n.padEnd(11), fmt(m), 'Δr1', (100 * (m.r1 - base.r1)).toFixed(2), 'changed', changed, 'words', words(f));
}
const all = process.argv[2]?.split(',') ?? Object.keys(rules);
const f = apply(all);
console.log('ALL', all.join(','), fmt(mean(picks.map((ps, i) => rouge(ps.map(f), pairs[i]!.reference)))), 'words', words(f));
if (process.env.SHOW) for (const s of picks.flat()) if (f(s) !== s) console.log('-', s, '\n+', f(s));
