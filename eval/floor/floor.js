// The floor of the popup path (eval/floor/build.ts writes VARIANT in): a classic script in the
// popup's <head> that does what Nutshell's must, and nothing else, with the marks bench:popup reads.
(() => {
  const VARIANT = '__VARIANT__';
  const mark = (name) => performance.mark(`nutshell:${name}`);
  const afterPaint = (name) => requestAnimationFrame(() => setTimeout(() => mark(name), 0));
  mark('start');
  if (VARIANT === 'paint') {
    // (a) The line in the static HTML is the brief: first paint and brief are one frame.
    document.addEventListener('DOMContentLoaded', () => {
      document.getElementById('line').setAttribute('elementtiming', 'brief');
      mark('brief');
      afterPaint('brief-painted');
    });
    return;
  }
  const FUNCS = {
    // (b) Chrome's own round trip: an empty function into the tab's isolated world.
    noop: () => 0,
    // (c) The page serialized (what our copy costs the page), only its length handed back.
    length: () => document.documentElement.outerHTML.length,
    // (d) The page serialized and the string handed back (what our copy costs the popup to receive).
    html: () => document.documentElement.outerHTML,
    // (e) `noop`, its answer a block of a brief's usual height (the popup grows: a second resize).
    grow: () => 0,
    // (f) `noop` in a popup already of that height from its first paint (no resize at the answer).
    tall: () => 0,
  };
  if (VARIANT === 'tall') document.documentElement.style.minHeight = '520px';
  const tab = chrome.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0]);
  const answer = tab.then((t) => {
    mark('inject');
    return chrome.scripting.executeScript({ target: { tabId: t.id }, func: FUNCS[VARIANT], injectImmediately: true });
  });
  const parsed = new Promise((r) => document.addEventListener('DOMContentLoaded', r));
  // grow and tall paint their answer after the first frame, as Nutshell paints its brief after its
  // loading state, so that their difference is the window's second resize.
  const ready = VARIANT === 'grow' || VARIANT === 'tall' ? parsed.then(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))) : parsed;
  Promise.all([answer, ready]).then(([results]) => {
    mark('injected');
    const value = results?.[0]?.result;
    const line = document.createElement('h1');
    line.setAttribute('elementtiming', 'brief');
    line.textContent = typeof value === 'string' ? `${value.length} characters` : String(value);
    if (VARIANT === 'grow' || VARIANT === 'tall') line.style.minHeight = '480px';
    document.getElementById('line').replaceWith(line);
    mark('brief');
    afterPaint('brief-painted');
  });
})();
