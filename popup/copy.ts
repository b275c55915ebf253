/**
 * The brief's copy formats (Markdown and plain text), a chunk of their own: the popup's first paint
 * does without them (its budget is 15 KB gzip), and popup/flow.ts loads them as soon as a brief is
 * shown, well before a Copy button can be pressed.
 */
export { briefAsMarkdown, briefAsText } from '../src/index';
