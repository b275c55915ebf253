/**
 * Performance marks on the popup's way to the brief, read by `npm run bench:popup` from the popup's
 * own timeline (`performance.getEntriesByType('mark')`). Always on: a mark is a few microseconds,
 * stays in the popup's document and tells no page anything.
 *
 * - `nutshell:inject` → `nutshell:injected`: the content script is put into the tab;
 * - `nutshell:injected` → `nutshell:read`: the page is copied there and the copy comes back;
 * - `nutshell:read` → `nutshell:extracted`: the copy is read here (popup/reader.ts) into facts;
 *   `nutshell:reader` in between: the reader's chunk is there (what comes before it is waiting for it);
 * - `nutshell:extracted` → `nutshell:interpreted`: the facts become an Analysis;
 * - `nutshell:interpreted` → `nutshell:brief`: the popup renders what it will show (the brief, or
 *   the final state that takes its place), and `nutshell:brief-painted` once that frame is painted.
 *
 * The headline of that state carries `elementtiming="brief"`, so the popup's timeline also holds the
 * time the frame was presented (Element Timing, the same clock as the first contentful paint).
 */
export type MarkName = 'start' | 'inject' | 'injected' | 'read' | 'reader' | 'extracted' | 'interpreted' | 'brief' | 'brief-painted';

export function mark(name: MarkName): void {
  try {
    performance.mark(`nutshell:${name}`);
  } catch {
    // No performance timeline (never in a browser): nothing to record.
  }
}

/** Mark `name` just after the next frame is painted (the task after the frame's animation callback). */
export function markAfterPaint(name: MarkName): void {
  requestAnimationFrame(() => setTimeout(() => mark(name), 0));
}
