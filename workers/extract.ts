/**
 * The isolated reader: a dedicated worker that reads a page's HTML snapshot on a DOM of its own
 * (linkedom, as the CLI does) and answers its PageFacts. The popup starts it only for a page that
 * is not safe to read in place (src/dom/preflight.ts) and terminates it at a deadline, so a page
 * that sends Readability into a loop costs this worker, never the reader's tab or the popup.
 * Same idea as Firefox's Reader View, which runs Readability in a worker on JSDOMParser.
 */
import { parseHTML } from 'linkedom';
import { extractPage } from '../src/collect';
import type { WorkerReady, WorkerReply, WorkerRequest } from '../extension/isolated';

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const { html, url } = event.data;
  let reply: WorkerReply;
  try {
    const doc = parseHTML(html).document as unknown as Document;
    reply = { kind: 'facts', facts: extractPage(doc, { url }) };
  } catch (e) {
    reply = { kind: 'error', message: e instanceof Error ? e.message : String(e) };
  }
  self.postMessage(reply);
};

// Said once this script has run (linkedom and the core loaded): the popup's reading deadline starts now.
self.postMessage({ kind: 'ready' } satisfies WorkerReady);
