/**
 * No pattern of the product can backtrack catastrophically on page text (issue #13). Every regular
 * expression — the literals in the product's sources, found by parsing them with Babel, and the
 * ones the core builds at load time (phrase tables), found among the modules' exports — goes
 * through recheck, which looks for inputs that make a backtracking matcher take exponential or
 * polynomial time.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseSync, traverse } from '@babel/core';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const PRODUCT = ['src', 'content-scripts', 'extension', 'popup', 'options', 'workers', 'background', 'cli'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

function literals(): Found[] {
  const found: Found[] = [];
  for (const file of PRODUCT.flatMap((d) => sources(join(ROOT, d)))) {
    const ast = parseSync(readFileSync(file, 'utf8'), {
      filename: file,
      babelrc: false,
      configFile: false,
      presets: [[require.resolve('@babel/preset-typescript'), { isTSX: true, allExtensions: true }]],
    });
    traverse(ast!, {
      RegExpLiteral(path) {
        found.push({ where: `${relative(ROOT, file)}:${path.node.loc?.start.line}`, source: path.node.pattern, flags: path.node.flags });
      },
    });
  }
  return found;
}

/** RegExps the core builds at load time (from phrase tables), reachable from its modules' exports. */
async function built(): Promise<Found[]> {
  const found: Found[] = [];
  const seen = new Set<unknown>();
  const visit = (v: unknown, where: string, depth: number): void => {
    if (depth > 3 || v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (v instanceof RegExp) found.push({ where, source: v.source, flags: v.flags });
    else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${where}[${i}]`, depth + 1));
    else if (Object.getPrototypeOf(v) === Object.prototype || v instanceof Map) {
      for (const [k, x] of v instanceof Map ? v : Object.entries(v)) visit(x, `${where}.${String(k)}`, depth + 1);
    }
  };
  for (const file of sources(join(ROOT, 'src'))) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) visit(value, `${relative(ROOT, file)}#${name}`, 0);
  }
  return found;
}

describe('regular expressions', async () => {
  const all = [...literals(), ...(await built())];
  const unique = [...new Map(all.map((f) => [`/${f.source}/${f.flags}`, f])).values()];

  it('finds the product’s patterns', () => {
    expect(unique.length).toBeGreaterThan(200);
  });

  it('none can backtrack catastrophically (recheck)', () => {
    const unsafe: string[] = [];
    for (const f of unique) {
      // The `v` flag is unknown to recheck; `u` checks the same structure.
      const result = checkSync(f.source, f.flags.replace('v', 'u'), { timeout: 10_000 });
      if (result.status === 'vulnerable') unsafe.push(`${f.where} /${f.source.slice(0, 120)}/${f.flags}: ${result.complexity.type}, e.g. ${JSON.stringify(result.attack?.string ?? '').slice(0, 80)}`);
    }
    expect(unsafe).toEqual([]);
  }, 600_000);
});
