/**
 * The page as bounded HTML, for reading it on a DOM of its own (a worker) when it is not safe to
 * read in place (preflight.ts). Like Firefox's Reader View, the page is serialized and read
 * elsewhere — but by a walk of our own, not the browser's serializer, so that the copy is already
 * tame: nesting past `depth` keeps its text and loses its tags, scripts and styles are left out
 * (JSON-LD kept), every attribute and the whole copy have a size limit, and the walk stops after
 * `elements` elements. Whatever the page is, this costs at most one walk of that many nodes, and the
 * reader on the other side gets a document it can finish. Nodes are read through the prototypes'
 * getters and the TreeWalker's own method, so clobbered properties can neither loop nor fool it.
 */
import { getter } from './proto';
import type { FrameCopy } from './frames';

export interface SnapshotLimits {
  /** Characters of HTML. */
  chars: number;
  /** Elements read (their tags written or, past `depth`, dropped). */
  elements: number;
  /** Nesting below `<html>` whose tags are kept; deeper elements keep only their text. */
  depth: number;
  /** Characters of one attribute value, and of one JSON-LD script. */
  attribute: number;
  jsonLd: number;
  /** Characters of frame documents kept as `srcdoc`, in all (an embedded post's is tens of KB). */
  frames: number;
}

/** Sized so that linkedom parses and Readability reads the copy in well under a second here
 *  (Readability's time grows faster than the page: 20,000 paragraphs take it 1.9 s in linkedom).
 *  Corpus pages, which are read in place, are at most 9,888 elements (p95 2,205). */
export const SNAPSHOT_LIMITS: Readonly<SnapshotLimits> = Object.freeze({
  chars: 400_000,
  elements: 4_000,
  depth: 60,
  attribute: 2_000,
  jsonLd: 500_000,
  frames: 200_000,
});

export interface Snapshot {
  html: string;
  /** A limit cut the copy short: it holds the page's first part. */
  truncated: boolean;
}

const VOID = new Set(['AREA', 'BASE', 'BR', 'COL', 'EMBED', 'HR', 'IMG', 'INPUT', 'LINK', 'META', 'PARAM', 'SOURCE', 'TRACK', 'WBR']);
/** Subtrees left out whole: no article text, no metadata. */
const SKIP = new Set(['STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'OBJECT', 'SELECT', 'TEXTAREA']);
const TAG_NAME = /^[a-z][a-z0-9-]*$/;
const ATTR_NAME = /^[a-z_:][a-z0-9_.:-]*$/;

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');


/**
 * `frames`: the page's readable frames (src/dom/frames.ts), each put into its `<iframe>` (by number
 * among the page's) as `srcdoc`, with a `<base>` of its URL, as popup/reader.ts does for a copy; a
 * frame that holds a copied frame of its own (a post embedded in an embed, two deep as frames.ts
 * copies them) is parsed inertly (a `<template>`) and written by this same walk, its frame put in the
 * same way, within the frames' limit. Every `<iframe>` is written, at
 * any depth and never with its children, so that frames keep their numbers; a `srcdoc` (the page's
 * own or a frame's copy) is kept while `limits.frames` characters allow (issue #15: an embedded
 * post's "Made with AI" is read on this path too).
 */
export function snapshot(doc: Document, limits: SnapshotLimits = SNAPSHOT_LIMITS, frames: readonly FrameCopy[] = []): Snapshot {
  const win = (doc.defaultView ?? globalThis) as typeof globalThis;
  const docProto = win.Document?.prototype ?? Object.getPrototypeOf(doc);
  const root = getter<Element | null>(docProto, 'documentElement')(doc);
  if (!root) return { html: '', truncated: false };
  return walk(doc, root, limits, frames);
}

/** A frame's document for its `srcdoc`: its copy as serialized, or, when copies of frames inside it
 *  are there too, that copy parsed inertly in a `<template>` (no script runs, nothing loads) and
 *  written by the walk with them put in, within the frames' own limit. */
function frameHtml(doc: Document, copy: FrameCopy, frames: readonly FrameCopy[], limits: SnapshotLimits): string {
  const inner = frames.filter((f) => f.path.length > 1 && f.path[0] === copy.path[0]).map((f) => ({ ...f, path: f.path.slice(1) }));
  if (!inner.length) return copy.html;
  // (The document's own class: linkedom's base Document makes plain elements, no template's content.)
  const t = (Object.getPrototypeOf(doc) as Document).createElement.call(doc, 'template') as HTMLTemplateElement;
  t.innerHTML = copy.html;
  return walk(doc, t.content, { ...limits, chars: limits.frames }, inner).html;
}

/** The walk: `root` and what it holds, written; a fragment (a frame's parsed copy) without itself. */
function walk(doc: Document, root: Element | DocumentFragment, limits: SnapshotLimits, frames: readonly FrameCopy[]): Snapshot {
  const win = (doc.defaultView ?? globalThis) as typeof globalThis;
  const docProto = win.Document?.prototype ?? Object.getPrototypeOf(doc);
  const elProto = win.Element?.prototype ?? Object.getPrototypeOf(getter<Element>(docProto, 'documentElement')(doc));
  const nodeProto = win.Node?.prototype ?? Object.getPrototypeOf(elProto);
  const tagOf = getter<string>(elProto, 'tagName');
  const typeOf = getter<number>(nodeProto, 'nodeType');
  const parentOf = getter<Node | null>(nodeProto, 'parentNode');
  const dataOf = getter<string>(win.CharacterData?.prototype ?? nodeProto, 'data');
  const { getAttribute, getAttributeNames } = elProto as Element;
  // From the element's own chain: linkedom keeps a stub on Node.prototype and the real one lower.
  const contains = (Object.getPrototypeOf(root) as Node).contains;

  const out: string[] = ['<!DOCTYPE html>'];
  let size = out[0]!.length;
  let truncated = false;
  const write = (s: string): boolean => {
    if (size + s.length > limits.chars) return false;
    out.push(s);
    size += s.length;
    return true;
  };
  // The open elements, each with its written tag ('' when dropped past the depth limit).
  const open: Array<{ node: Node; tag: string }> = [];
  const close = (): void => {
    const { tag } = open.pop()!;
    if (tag && !VOID.has(tag.toUpperCase())) out.push(`</${tag}>`), (size += tag.length + 3);
  };
  let elements = 0;
  /** Whether the open script is JSON-LD: its text is kept, up to its own limit. */
  let inJsonLd = false;
  let skipUntil: Node | null = null;
  let frameNo = 0;
  let frameChars = 0;

  const walker = (docProto as Document).createTreeWalker.call(doc, root, 5 /* elements and text */);
  const fragment = typeOf(root) === 11;
  for (let node: Node | null = fragment ? walker.nextNode() : root; node; node = walker.nextNode()) {
    if (skipUntil) {
      if (contains.call(skipUntil, node)) continue;
      skipUntil = null;
    }
    const parent = node === root ? null : parentOf(node);
    while (open.length > 0 && open[open.length - 1]!.node !== parent) close();
    if (typeOf(node) !== 1) {
      let text = dataOf(node);
      const parentTag = open.length ? open[open.length - 1]!.tag.toUpperCase() : '';
      if (parentTag === 'TITLE') text = text.slice(0, limits.attribute);
      if (parentTag === 'SCRIPT') {
        if (inJsonLd && text.length <= limits.jsonLd && !write(text.replace(/<\/(script)/gi, '<\\/$1'))) truncated = true;
      } else if (!write(escapeText(text))) {
        // A text longer than what is left (one 2 MB paragraph): its first part, then stop.
        write(escapeText(text.slice(0, Math.max(0, limits.chars - size - 64) >> 1)));
        truncated = true;
      }
      if (truncated) break;
      continue;
    }
    const upper = String(tagOf(node)).toUpperCase();
    const tag = upper.toLowerCase();
    const type = upper === 'SCRIPT' ? String(getAttribute.call(node, 'type') ?? '').trim().toLowerCase() : '';
    if (SKIP.has(upper) || (upper === 'SCRIPT' && type !== 'application/ld+json') || !TAG_NAME.test(tag)) {
      skipUntil = node;
      continue;
    }
    if (++elements > limits.elements) {
      truncated = true;
      break;
    }
    if (upper === 'IFRAME') {
      // Written whole, its children (fallback text) left out, at any depth.
      const copy = frames.find((f) => f.path.length === 1 && f.path[0] === frameNo);
      frameNo++;
      let attrs = '';
      let srcdoc = getAttribute.call(node, 'srcdoc');
      if (srcdoc === null && copy) srcdoc = `<base href="${escapeAttr(copy.url)}">${frameHtml(doc, copy, frames, limits)}`;
      for (const name of getAttributeNames.call(node)) {
        if (!ATTR_NAME.test(name) || name.startsWith('on') || name === 'srcdoc') continue;
        const value = String(getAttribute.call(node, name) ?? '');
        if (value.length <= limits.attribute) attrs += ` ${name}="${escapeAttr(value)}"`;
      }
      const tagOpen = `<iframe${attrs}`;
      if (!write(`${tagOpen}></iframe>`)) {
        truncated = true;
        break;
      }
      // (The frame's document outside the page's own character limit: the frames have theirs.)
      if (srcdoc !== null && frameChars + srcdoc.length <= limits.frames) {
        frameChars += srcdoc.length;
        out[out.length - 1] = `${tagOpen} srcdoc="${escapeAttr(srcdoc)}"></iframe>`;
      }
      skipUntil = node;
      continue;
    }
    const keep = open.length < limits.depth || upper === 'HEAD' || upper === 'BODY';
    let written = '';
    if (keep) {
      let attrs = '';
      for (const name of getAttributeNames.call(node)) {
        if (!ATTR_NAME.test(name) || name.startsWith('on')) continue;
        const value = String(getAttribute.call(node, name) ?? '');
        if (value.length <= limits.attribute) attrs += ` ${name}="${escapeAttr(value)}"`;
      }
      if (!write(`<${tag}${attrs}>`)) {
        truncated = true;
        break;
      }
      written = tag;
    }
    inJsonLd = upper === 'SCRIPT';
    open.push({ node, tag: written });
  }
  while (open.length > 0) close();
  return { html: out.join(''), truncated };
}
