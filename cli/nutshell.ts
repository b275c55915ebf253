/**
 * nutshell — the core on the command line. Same code as the extension, on a linkedom DOM.
 *
 *   nutshell analyze a.html [b.html …] [--url URL] [--now ISO] [--sentences N]
 *   nutshell analyze --list pages.jsonl           (lines {"file","url"})
 *   nutshell summarize --input pairs.jsonl [--sentences N]   (lines {"id","article"})
 *   … --engine openai --endpoint URL --model NAME [--api-key-env VAR] [--no-stream]
 *     (a model on an OpenAI-compatible server writes the summary; each bullet is grounded)
 *
 * Output: one JSON object per line on stdout. A file that cannot be read or analyzed yields a
 * line {"file","error"}, a message on stderr, and exit status 1 once every file is done.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { analyzeDocument } from '../src/index';
import { DEFAULT_SETTINGS, isSummarySentences, SUMMARY_SENTENCES_MAX, SUMMARY_SENTENCES_MIN } from '../src/index';
import { summarizeText, textParagraphs } from '../src/index';
import { EngineError, summarizeAnalysisWithEndpoint, summarizeWithEndpoint, groundSummary, type Analysis } from '../src/index';
import { decodeHtml } from '../src/index';
import { parseArgs, UsageError } from './args';
import { parseDocument } from './dom';
import { applyImageMetadata } from './image-metadata';

const USAGE = `usage:
  nutshell analyze FILE.html [FILE.html …] [--url URL] [--now ISO] [--sentences N] [--image-metadata] [--jobs N]
  nutshell analyze --list pages.jsonl [--now ISO] [--sentences N]
  nutshell summarize --input pairs.jsonl [--sentences N]
  either command: --engine openai --endpoint URL --model NAME [--api-key-env VAR] [--no-stream]
    (the summary is written by the model at URL, e.g. http://localhost:11434/v1 for Ollama, and
     each bullet is checked against the article: "grounding")`;

interface Job {
  file: string;
  url?: string;
}

function positiveInt(raw: string | true | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new UsageError(`--${name} must be a whole number from 1 to 100, got ${String(raw)}`);
  return n;
}

/** `--sentences N`: the range is the core's (src/settings.ts), wider than the options page's choices. */
function sentencesFlag(raw: string | true | undefined): number {
  if (raw === undefined) return DEFAULT_SETTINGS.summarySentences;
  const n = Number(raw);
  if (!isSummarySentences(n)) {
    throw new UsageError(`--sentences must be a whole number from ${SUMMARY_SENTENCES_MIN} to ${SUMMARY_SENTENCES_MAX}, got ${String(raw)}`);
  }
  return n;
}

function parseNow(raw: string | true | undefined): Date {
  if (raw === undefined) return new Date();
  const d = new Date(String(raw));
  if (Number.isNaN(d.getTime())) throw new UsageError(`--now must be an ISO 8601 time, got ${String(raw)}`);
  return d;
}

/** JSON lines, with the line number in any error. Blank lines are skipped. */
function readJsonLines(path: string): Array<{ line: number; value: unknown }> {
  const out: Array<{ line: number; value: unknown }> = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (!text.trim()) return;
      try {
        out.push({ line: i + 1, value: JSON.parse(text) });
      } catch (e) {
        throw new UsageError(`${path}:${i + 1}: not valid JSON (${(e as Error).message})`);
      }
    });
  return out;
}

/** Without --url: the page's canonical link, else og:url, else the file's own file:// URL. */
function urlFromDocument(doc: Document, file: string): string {
  for (const href of [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ]) {
    if (href && /^https?:\/\//i.test(href.trim())) return href.trim();
  }
  return pathToFileURL(file).href;
}

function write(obj: unknown): void {
  process.stdout.write(JSON.stringify(obj) + '\n');
}

/** `--engine openai --endpoint URL --model NAME [--api-key-env VAR] [--no-stream]`; null for the built-in engine. */
interface EngineFlags {
  baseUrl: string;
  model: string;
  apiKey: string | null;
  stream: boolean;
}

const ENGINE_FLAGS = ['engine', 'endpoint', 'model', 'api-key-env'];

function engineFlags(flags: Map<string, string | true>): EngineFlags | null {
  const engine = flags.get('engine') ?? 'builtin';
  if (engine === 'builtin') {
    for (const f of ['endpoint', 'model', 'api-key-env']) if (flags.has(f)) throw new UsageError(`--${f} needs --engine openai`);
    return null;
  }
  if (engine !== 'openai') throw new UsageError(`--engine must be builtin or openai, got ${String(engine)}`);
  const endpoint = flags.get('endpoint');
  const model = flags.get('model');
  if (typeof endpoint !== 'string') throw new UsageError('--engine openai needs --endpoint URL (Ollama: http://localhost:11434/v1)');
  if (typeof model !== 'string') throw new UsageError('--engine openai needs --model NAME');
  const keyVar = flags.get('api-key-env');
  let apiKey: string | null = null;
  if (typeof keyVar === 'string') {
    // The key is read from the environment, never from the command line (where `ps` shows it).
    apiKey = process.env[keyVar] ?? null;
    if (!apiKey) throw new UsageError(`--api-key-env ${keyVar}: the environment variable ${keyVar} is not set`);
  }
  return { baseUrl: endpoint, model, apiKey, stream: !flags.has('no-stream') };
}

function engineRequest(e: EngineFlags) {
  return { baseUrl: e.baseUrl, model: e.model, apiKey: e.apiKey, stream: e.stream, fetch: (u: string, i?: RequestInit) => fetch(u, i) };
}

/** An engine failure as the line's error: the code and the reader's message. */
function engineMessage(e: unknown): string {
  return e instanceof EngineError ? `engine (${e.code}): ${e.message}` : (e as Error).message;
}

interface JobOptions {
  sentences: number;
  now: string;
  imageMetadata: boolean;
}

interface JobResult {
  line: string;
  error?: string;
}

/**
 * A saved page as text: gzip is unpacked (benchmarks ship pages as .html.gz), and the encoding is
 * found as a browser finds it (BOM, <meta charset>, else UTF-8 or windows-1252): a page saved in
 * Shift_JIS or windows-1251 reads as its reader sees it, not as mojibake.
 */
export function readHtmlFile(file: string): string {
  let bytes: Uint8Array = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  return decodeHtml(bytes).text;
}

function analyzeFile(job: Job, opts: JobOptions, html: string, doc: Document, pageUrl: string): Analysis {
  const analysis = analyzeDocument(doc, { url: pageUrl, now: new Date(opts.now), settings: { summarySentences: opts.sentences } });
  // --image-metadata: read XMP/C2PA from the image files next to the page (relative src).
  return opts.imageMetadata ? applyImageMetadata(analysis, job.file, html) : analysis;
}

/** One page with a model engine: the Analysis, then the model's summary in it. Never throws. */
async function analyzeJobWithEngine(job: Job, opts: JobOptions, engine: EngineFlags): Promise<JobResult> {
  let analysis: Analysis;
  try {
    const html = readHtmlFile(job.file);
    const doc = parseDocument(html);
    analysis = analyzeFile(job, opts, html, doc, job.url ?? urlFromDocument(doc, job.file));
  } catch (e) {
    const message = (e as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file: ${job.file}` : (e as Error).message;
    return { line: JSON.stringify({ file: job.file, error: message }), error: message };
  }
  if (analysis.notArticle) return { line: JSON.stringify({ file: job.file, ...analysis }) };
  try {
    const { analysis: out } = await summarizeAnalysisWithEndpoint(analysis, { ...engineRequest(engine), bullets: opts.sentences });
    return { line: JSON.stringify({ file: job.file, ...out }) };
  } catch (e) {
    const message = engineMessage(e);
    return { line: JSON.stringify({ file: job.file, error: message }), error: message };
  }
}

/** One page → one JSON line. Never throws: a failure is a line with `error`. */
export function analyzeJob(job: Job, opts: JobOptions): JobResult {
  try {
    const html = readHtmlFile(job.file);
    const doc = parseDocument(html);
    const pageUrl = job.url ?? urlFromDocument(doc, job.file);
    const out = analyzeFile(job, opts, html, doc, pageUrl);
    return { line: JSON.stringify({ file: job.file, ...out }) };
  } catch (e) {
    const message = (e as NodeJS.ErrnoException).code === 'ENOENT' ? `no such file: ${job.file}` : (e as Error).message;
    return { line: JSON.stringify({ file: job.file, error: message }), error: message };
  }
}

function report(job: Job, r: JobResult): boolean {
  process.stdout.write(r.line + '\n');
  if (r.error) process.stderr.write(`nutshell: ${job.file}: ${r.error}\n`);
  return Boolean(r.error);
}

/** Below this many pages a worker pool costs more (start-up, ~100 ms a worker) than it saves. */
const POOL_MIN_JOBS = 24;

function analyze(argv: string[]): number | Promise<number> {
  const args = parseArgs(argv, new Set(['url', 'now', 'sentences', 'list', 'jobs', ...ENGINE_FLAGS]), new Set(['image-metadata', 'no-stream']));
  const engine = engineFlags(args.flags);
  const sentences = sentencesFlag(args.flags.get('sentences'));
  const now = parseNow(args.flags.get('now'));
  const workers = positiveInt(args.flags.get('jobs'), 'jobs', Math.max(1, Math.min(8, availableParallelism())));
  const url = args.flags.get('url');
  const list = args.flags.get('list');
  const jobs: Job[] = args.positional.map((file) => ({ file, ...(typeof url === 'string' ? { url } : {}) }));
  if (typeof list === 'string') {
    for (const { line, value } of readJsonLines(list)) {
      const v = value as { file?: unknown; url?: unknown };
      if (typeof v?.file !== 'string') throw new UsageError(`${list}:${line}: each line needs a "file" string`);
      jobs.push({ file: v.file, ...(typeof v.url === 'string' ? { url: v.url } : {}) });
    }
  }
  if (jobs.length === 0) throw new UsageError('analyze needs at least one HTML file (or --list)');
  const opts: JobOptions = { sentences, now: now.toISOString(), imageMetadata: args.flags.has('image-metadata') };

  // A model engine: one page at a time (the model is the bottleneck, not the parsing).
  if (engine) return analyzeWithEngine(jobs, opts, engine);
  // The pool needs this module as a plain .mjs file (the built CLI), not TypeScript under a test runner.
  if (workers > 1 && jobs.length >= POOL_MIN_JOBS && /\.m?js$/.test(fileURLToPath(import.meta.url))) {
    return analyzeInPool(jobs, opts, workers);
  }
  let failures = 0;
  for (const job of jobs) if (report(job, analyzeJob(job, opts))) failures++;
  return failures > 0 ? 1 : 0;
}

async function analyzeWithEngine(jobs: Job[], opts: JobOptions, engine: EngineFlags): Promise<number> {
  let failures = 0;
  for (const job of jobs) if (report(job, await analyzeJobWithEngine(job, opts, engine))) failures++;
  return failures > 0 ? 1 : 0;
}

/**
 * Many pages: worker threads, one page at a time each, output still in input order (results are
 * held until every earlier page is written).
 */
function analyzeInPool(jobs: Job[], opts: JobOptions, size: number): Promise<number> {
  return new Promise((done, fail) => {
    const results = new Array<JobResult | undefined>(jobs.length);
    let next = 0;
    let written = 0;
    let failures = 0;
    const pool: Worker[] = [];
    const feed = (w: Worker) => {
      if (next < jobs.length) {
        const i = next++;
        w.postMessage({ i, job: jobs[i], opts });
      }
    };
    const flush = () => {
      while (written < jobs.length && results[written]) {
        if (report(jobs[written]!, results[written]!)) failures++;
        results[written] = undefined;
        written++;
      }
      if (written === jobs.length) {
        for (const w of pool) void w.terminate();
        done(failures > 0 ? 1 : 0);
      }
    };
    for (let k = 0; k < Math.min(size, jobs.length); k++) {
      const w = new Worker(fileURLToPath(import.meta.url), { workerData: { nutshellWorker: true } });
      w.on('message', (m: { i: number } & JobResult) => {
        results[m.i] = { line: m.line, ...(m.error ? { error: m.error } : {}) };
        feed(w);
        flush();
      });
      w.on('error', (e) => {
        for (const other of pool) void other.terminate();
        fail(e);
      });
      pool.push(w);
      feed(w);
    }
  });
}

if (!isMainThread && (workerData as { nutshellWorker?: boolean } | null)?.nutshellWorker) {
  parentPort!.on('message', (m: { i: number; job: Job; opts: JobOptions }) => {
    parentPort!.postMessage({ i: m.i, ...analyzeJob(m.job, m.opts) });
  });
}

function summarizeCommand(argv: string[]): number | Promise<number> {
  const args = parseArgs(argv, new Set(['input', 'sentences', ...ENGINE_FLAGS]), new Set(['no-stream']));
  const input = args.flags.get('input');
  if (typeof input !== 'string') throw new UsageError('summarize needs --input pairs.jsonl');
  const sentences = sentencesFlag(args.flags.get('sentences'));
  const engine = engineFlags(args.flags);
  const rows = readJsonLines(input);
  const bad = (line: number, id: unknown): void => {
    write({ id: id ?? null, error: `line ${line}: "article" must be a string` });
    process.stderr.write(`nutshell: ${input}:${line}: "article" must be a string\n`);
  };
  if (!engine) {
    let failures = 0;
    for (const { line, value } of rows) {
      const v = value as { id?: unknown; article?: unknown };
      if (typeof v?.article !== 'string') {
        failures++;
        bad(line, v?.id);
        continue;
      }
      write({ id: v.id ?? null, summary: summarizeText(v.article, { sentences }).map((s) => s.text) });
    }
    return failures > 0 ? 1 : 0;
  }
  return (async () => {
    let failures = 0;
    for (const { line, value } of rows) {
      const v = value as { id?: unknown; article?: unknown; title?: unknown; lang?: unknown };
      if (typeof v?.article !== 'string') {
        failures++;
        bad(line, v?.id);
        continue;
      }
      const paragraphs = textParagraphs(v.article);
      const lang = typeof v.lang === 'string' ? v.lang : null;
      try {
        const r = await summarizeWithEndpoint(
          { title: typeof v.title === 'string' ? v.title : '', source: null, published: null, modified: null, text: paragraphs.join('\n\n'), lang },
          { ...engineRequest(engine), bullets: sentences },
        );
        write({ id: v.id ?? null, summary: r.bullets, grounding: groundSummary(r.bullets, paragraphs, { lang }), engine: { id: 'openai', model: r.model, endpoint: r.endpoint } });
      } catch (e) {
        failures++;
        const message = engineMessage(e);
        write({ id: v.id ?? null, error: message });
        process.stderr.write(`nutshell: ${input}:${line}: ${message}\n`);
      }
    }
    return failures > 0 ? 1 : 0;
  })();
}

export function main(argv: string[]): number | Promise<number> {
  try {
    const command = argv[0];
    // `nutshell analyze --help` as well as `nutshell --help`.
    if (argv.some((a) => a === '--help' || a === '-h')) {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    if (command === 'analyze') return analyze(argv);
    if (command === 'summarize') return summarizeCommand(argv);
    if (command === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    throw new UsageError(command ? `unknown command ${command}` : 'no command given');
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`nutshell: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}
