#!/usr/bin/env node
/**
 * Adds a fixture case (tests/fixtures/README.md):
 *
 *   node scripts/add-fixture.mjs <domain> <case-name> <page.html> [--url URL]
 *
 * copies the page to tests/fixtures/<domain>/pages/<case-name>.html and adds a draft entry to
 * tests/fixtures/<domain>/expected.json (keys sorted, 2-space JSON, trailing newline), filled from
 * what the built CLI (`npm run build` first) gives for that page today:
 *   metadata  note, url, now, expect: { title, authors, byline, credit, source, times }
 *   ai        note, lang, pageFlag, aiImages, textDisclosure (the page is read at the URL every AI
 *             test reads it at, so --url is refused)
 *   text      note only: what a text case must give is checked in code
 * The draft is what the code does, not what is right: it must be checked by hand before commit,
 * and its TODO note replaced (tests/unit/fixtures.test.ts fails while one is left).
 *
 * Exit status: 0 done, 1 the CLI could not analyze the page, 2 refused (usage, unknown domain, the
 * case exists, no such page, CLI not built); nothing is written unless the status is 0.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: node scripts/add-fixture.mjs <domain> <case-name> <page.html> [--url URL]';

/** The note a draft starts with; tests/unit/fixtures.test.ts fails while one is left. */
export const TODO_NOTE = 'TODO: say what this case is about, and check every value below against the page';

/** The reference "now" of every metadata case (tests/unit/metadata/pages.test.ts reads it per entry). */
export const METADATA_NOW = '2025-04-28T12:00:00Z';

/** A refusal: the message is printed and the script exits with `status`. */
export class Refusal extends Error {
  constructor(message, status = 2) {
    super(message);
    this.status = status;
  }
}

/** Image src as the AI expectations write it: a path when on the page's own origin. */
function asWritten(src, pageUrl) {
  const u = new URL(src, pageUrl);
  return u.origin === new URL(pageUrl).origin ? `${u.pathname}${u.search}${u.hash}` : u.href;
}

/** What each domain's draft holds, from the CLI's Analysis of the page. */
export const DOMAINS = {
  metadata: {
    defaultUrl: (name) => `https://example.com/news/${name}`,
    now: METADATA_NOW,
    draft: (a, { url, now }) => ({
      note: TODO_NOTE,
      url,
      now,
      expect: { title: a.title, authors: a.authors, byline: a.byline, credit: a.credit, source: a.source, times: a.times },
    }),
  },
  ai: {
    /** Fixed: tools/fixtures/ai-pages.ts (fixtureUrl) reads every AI page at this URL. */
    fixedUrl: (name) => `https://example.test/news/${name}.html`,
    draft: (a, { url }) => ({
      note: TODO_NOTE,
      lang: (a.lang ?? '').split('-')[0].toLowerCase(),
      pageFlag: a.ai.pageFlag,
      aiImages: a.ai.images.filter((i) => i.aiGenerated).map((i) => asWritten(i.src, url)),
      ...(a.ai.textDisclosure !== null ? { textDisclosure: true } : {}),
    }),
  },
  text: {
    /** A text case's checks are code (clean.test.ts): the entry only says what the case is about. */
    draft: null,
  },
  browser: {
    /** A page the real-browser tests serve at /pages/<case>.html; their checks are code. */
    draft: null,
  },
};

/**
 * `expectedJson` (the text of an expected.json) with `entry` added under `name`: keys sorted,
 * 2-space JSON, a trailing newline. Refuses a name that is already there.
 */
export function mergeEntry(expectedJson, name, entry) {
  const all = JSON.parse(expectedJson);
  if (typeof all !== 'object' || all === null || Array.isArray(all)) throw new Refusal('expected.json does not hold a JSON object');
  if (Object.hasOwn(all, name)) throw new Refusal(`case "${name}" is already in expected.json`);
  all[name] = entry;
  const sorted = Object.fromEntries(Object.keys(all).sort().map((k) => [k, all[k]]));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

function parseArgs(argv) {
  const positional = [];
  let url = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--url' || arg.startsWith('--url=')) {
      url = arg === '--url' ? argv[++i] : arg.slice('--url='.length);
      if (!url) throw new Refusal(`--url needs a value\n${USAGE}`);
    } else if (arg.startsWith('--')) {
      throw new Refusal(`unknown option ${arg}\n${USAGE}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 3) throw new Refusal(USAGE);
  const [domain, name, page] = positional;
  return { domain, name, page, url };
}

/** The Analysis the built CLI gives for `file` at `url` and `now`. */
function analyze(file, url, now) {
  const args = [join(ROOT, 'bin/nutshell.mjs'), 'analyze', file, '--url', url, ...(now ? ['--now', now] : [])];
  let out;
  try {
    out = execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const said = String(e.stderr ?? '').trim() || e.message;
    throw new Refusal(`the CLI could not analyze ${file}:\n${said}`, e.status === 2 ? 2 : 1);
  }
  const analysis = JSON.parse(out.trim().split('\n')[0]);
  if (analysis.error) throw new Refusal(`the CLI could not analyze ${file}: ${analysis.error}`, 1);
  return analysis;
}

export function main(argv, log = console.log) {
  const { domain, name, page, url: givenUrl } = parseArgs(argv);
  const spec = Object.hasOwn(DOMAINS, domain) ? DOMAINS[domain] : null;
  const dir = join(ROOT, 'tests/fixtures', domain);
  if (!spec || !existsSync(join(dir, 'expected.json')))
    throw new Refusal(`unknown domain "${domain}": add-fixture knows ${Object.keys(DOMAINS).join(', ')}`);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) throw new Refusal(`case name "${name}" must be lower-case words joined by hyphens`);
  const target = join(dir, 'pages', `${name}.html`);
  if (existsSync(target)) throw new Refusal(`case "${name}" exists: ${relative(ROOT, target)}`);
  const source = resolve(page);
  if (!existsSync(source)) throw new Refusal(`no such page: ${page}`);
  if (givenUrl !== null && spec.fixedUrl) throw new Refusal(`--url does not apply to ${domain}: its pages are read at ${spec.fixedUrl(name)}`);
  if (givenUrl !== null && !/^https?:\/\//i.test(givenUrl)) throw new Refusal(`--url must be an http(s) URL, got ${givenUrl}`);

  const expectedFile = join(dir, 'expected.json');
  mergeEntry(readFileSync(expectedFile, 'utf8'), name, {}); // refuses a key already there, before any work
  let entry = { note: TODO_NOTE };
  if (spec.draft) {
    const url = givenUrl ?? (spec.fixedUrl ?? spec.defaultUrl)(name);
    entry = spec.draft(analyze(source, url, spec.now), { url, now: spec.now });
  }
  const merged = mergeEntry(readFileSync(expectedFile, 'utf8'), name, entry);

  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(source, target);
  writeFileSync(expectedFile, merged);
  log(`added ${relative(ROOT, target)} and a draft "${name}" in ${relative(ROOT, expectedFile)}:`);
  log(JSON.stringify(entry, null, 2));
  log(
    '\nREMINDER: this draft is what the code gives today, not what is right. Check every value against the page by hand, ' +
      'keep what the case is about (and fix what is wrong), and replace the TODO note before you commit.',
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    process.stderr.write(`add-fixture: ${e.message}\n`);
    process.exitCode = e.status;
  }
}
