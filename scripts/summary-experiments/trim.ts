// Sentence trimming experiment: what would cutting clauses from the picked sentences do to ROUGE?
import { summarizeText } from '../../src/summary/text';
import { rouge } from '../rouge';
import { pairs, mean, fmt } from './lab';
const picks = pairs.map((p) => summarizeText(p.article, { sentences: 3, lang: 'en' }).map((s) => s.text));
const show = process.argv[2] === 'show';
if (show) for (let i = 0; i < 12; i++) { console.log('REF:', pairs[i]!.reference); for (const s of picks[i]!) console.log('  -', s); }
const rules: [string, (s: string) => string][] = [
  ['none', (s) => s],
  ['dash tail', (s) => s.replace(/ [-–—] (?![^"“”]*["”]).*?([.!?]["'”’]?)$/u, '$1')],
  ['parens', (s) => s.replace(/ \([^()]*\)/g, '')],
  ['lead adverbial', (s) => s.replace(/^(?:On|In|At|Last|Earlier|Yesterday|Today|This|Since|After|Before|During)\b[^,]{0,40}, (\p{Ll})/u, (_, c) => c.toUpperCase())],
  ['said tail', (s) => s.replace(/, (?:police|officials|authorities|he|she|they|it|the \w+) (?:said|says|claimed|added|told [^.]*)(\.)$/u, '$1')],
];
for (const [name, f] of rules) {
  const sc = picks.map((ps, i) => rouge(ps.map(f), pairs[i]!.reference));
  const words = picks.reduce((a, ps) => a + ps.map(f).join(' ').split(/\s+/).length, 0) / picks.length;
  console.log(name.padEnd(16), fmt(mean(sc)), 'words', words.toFixed(1));
}
