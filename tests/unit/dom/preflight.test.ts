import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../cli/dom';
import { namedControls, preflight, PREFLIGHT_LIMITS } from '../../../src/dom/preflight';

const story = (n = 12) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the story tells what happened, to whom, and when it did.</p>`).join('');
const page = (body: string, head = '<title>A story</title>') => parseDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);

describe('preflight: which pages are read in place', () => {
  it('an ordinary article is safe', () => {
    expect(preflight(page(`<header><nav><a href="/">Home</a></nav></header><article><h1>Story</h1>${story()}</article>`))).toEqual({ safe: true });
  });

  it('a form with ordinary controls (search, newsletter, submit button) is safe', () => {
    const doc = page(`<form action="/s"><input name="q"><input name="email"><button name="submit">Go</button></form><article>${story()}</article>`);
    expect(preflight(doc)).toEqual({ safe: true });
  });

  it.each(['attributes', 'parentNode', 'children', 'firstElementChild', 'nextElementSibling', 'tagName', 'textContent', 'getAttribute'])(
    'a form control named %s (it would shadow the form’s own property) is not',
    (name) => {
      const verdict = preflight(page(`<form><input name="${name}"></form><article>${story()}</article>`));
      expect(verdict).toMatchObject({ safe: false, reason: 'clobbered' });
    },
  );

  it('a control clobbering by id, and an image named after a document property, are not safe', () => {
    expect(preflight(page(`<form><select id="childNodes"></select></form>${story()}`))).toMatchObject({ reason: 'clobbered' });
    expect(preflight(page(`<img name="body" src="a.png">${story()}`))).toMatchObject({ reason: 'clobbered' });
    expect(preflight(page(`<img name="querySelectorAll" src="a.png">${story()}`))).toMatchObject({ reason: 'clobbered' });
  });

  it('an article at the bottom of thousands of nested elements is not', () => {
    const doc = page(`${'<div>'.repeat(2000)}<article>${story()}</article>${'</div>'.repeat(2000)}`);
    expect(preflight(doc)).toMatchObject({ safe: false, reason: 'depth' });
    // Just under the limit is fine: depth counts from <html>.
    const ok = page(`${'<div>'.repeat(PREFLIGHT_LIMITS.depth - 4)}<p>deep</p>${'</div>'.repeat(PREFLIGHT_LIMITS.depth - 4)}`);
    expect(preflight(ok)).toEqual({ safe: true });
  });

  it('too many elements, or too much text, is not safe; text in scripts and styles does not count', () => {
    expect(preflight(page(story(20_000)))).toMatchObject({ safe: false, reason: 'elements' });
    expect(preflight(page(`<p>${'word '.repeat(400_000)}</p>`))).toMatchObject({ safe: false, reason: 'text' });
    expect(preflight(page(`<script>${'var a = 1;'.repeat(300_000)}</script>${story()}`))).toEqual({ safe: true });
  });

  it('stops at the first limit crossed (it never walks the rest)', () => {
    const limits = { elements: 50, depth: 200, text: 1e9 };
    expect(preflight(page(story(10_000)), limits)).toEqual({ safe: false, reason: 'elements', detail: 'more than 50 elements' });
  });
});

describe('namedControls: the preflight\'s named-control check in one native selector (the popup\'s copy)', () => {
  const pages = [
    `<header><nav><a href="/">Home</a></nav></header><article><h1>Story</h1>${story()}</article>`,
    `<form action="/s"><input name="q"><input name="email"><button name="submit">Go</button></form><article>${story()}</article>`,
    ...['attributes', 'parentNode', 'children', 'tagName', 'textContent', 'getAttribute'].map((n) => `<form><input name="${n}"></form><article>${story()}</article>`),
    `<form><select id="childNodes"></select></form>${story()}`,
    `<img name="body" src="a.png">${story()}`,
    `<img id="querySelectorAll" src="a.png">${story()}`,
    `<iframe name="documentElement"></iframe>${story()}`,
    `<div id="parentNode"><span name="children">not a control</span></div>${story()}`,
    `<form><input name="q"><fieldset id="lastChild"></fieldset><textarea name="nodeType"></textarea></form>${story()}`,
  ];

  it.each(pages.map((p, i) => [i, p] as const))('page %i: the same verdict as the preflight\'s, the same first element named', (_, body) => {
    expect(namedControls(page(body))).toEqual(preflight(page(body)));
  });

  it('finds no clobbering where there is none, and names the first control that clobbers', () => {
    expect(namedControls(page(pages[1]!))).toEqual({ safe: true });
    expect(namedControls(page(pages.at(-1)!))).toEqual({ safe: false, reason: 'clobbered', detail: '<fieldset id="lastChild">' });
  });
});
