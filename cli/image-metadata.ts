/**
 * `nutshell analyze page.html --image-metadata`: read the image files next to a local HTML file
 * (relative `src`) and merge their XMP / C2PA provenance into `ai.images`, so the metadata path
 * is testable without a network. Remote images are left alone (the CLI does not fetch).
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Analysis } from '../src/index';
import { collectImages } from '../src/index';
import { mergeProvenance } from '../src/ai/provenance/merge';
import { inflateSync } from 'node:zlib';
import { readProvenance, type Provenance } from '../src/ai/provenance/index';
import { parseDocument } from './dom';

const MAX_BYTES = 256 * 1024;

function readHead(path: string): Uint8Array | null {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const buf = new Uint8Array(MAX_BYTES);
    return buf.subarray(0, readSync(fd, buf, 0, MAX_BYTES, 0));
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Compressed PNG XMP, inflated with zlib; a truncated stream gives what it holds, or nothing. */
const inflate = (z: Uint8Array): Uint8Array | null => {
  try {
    return inflateSync(z, { finishFlush: 2 /* Z_SYNC_FLUSH: keep what a truncated read holds */ });
  } catch {
    return null;
  }
};

export function applyImageMetadata(analysis: Analysis, htmlPath: string, html = readFileSync(htmlPath, 'utf8')): Analysis {
  const doc = parseDocument(html);
  // The same images resolved twice: against the page URL (the keys in ai.images) and against the
  // file itself (where the bytes are). collectImages is deterministic, so the lists line up.
  const asPage = collectImages(doc, analysis.url);
  const asFile = collectImages(doc, pathToFileURL(htmlPath).href);
  const results = new Map<string, Provenance>();
  asPage.forEach((img, i) => {
    const local = asFile[i]?.src;
    if (!local?.startsWith('file:') || results.has(img.src)) return;
    const bytes = readHead(fileURLToPath(local));
    if (bytes) results.set(img.src, readProvenance(bytes, inflate));
  });
  return { ...analysis, ai: mergeProvenance(analysis.ai, results) };
}
