/**
 * Where the evaluations and benchmarks read the third-party corpus (never copied into this
 * repository): $NUTSHELL_CORPUS, the corpus folder that holds `readability/` and `summaries/`, else
 * `../shared/corpus` beside the repository. For the Readability pages, $NUTSHELL_CORPUS may also
 * name that folder of pages itself.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function corpusPath(part: 'readability' | 'summaries/dev.jsonl'): string {
  const env = process.env.NUTSHELL_CORPUS;
  const root = env ? resolve(env) : resolve(repoRoot, '../shared/corpus');
  const path = join(root, part);
  return env && part === 'readability' && !existsSync(path) ? root : path;
}

/** The corpus folder itself ($NUTSHELL_CORPUS, else ../shared/corpus): `dates/`, `metadata/` and the rest. */
export function corpusRoot(): string {
  const env = process.env.NUTSHELL_CORPUS;
  return env ? resolve(env) : resolve(repoRoot, '../shared/corpus');
}
