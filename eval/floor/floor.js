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
    // (g) `html`, its answer painted WORK_MS later, the popup idle meanwhile (a longer window alone).
    wait: () => document.documentElement.outerHTML,
    // (h) `wait`, the popup's main thread busy meanwhile with SLICES tasks of fixed work (~75 ms of
    // CPU in all on a quiet machine): the popup's CPU, as Nutshell's reading and rendering spend it.
    busy: () => document.documentElement.outerHTML,
  };
  const WORK_MS = 200;
  const SLICES = 6;
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
  const work = (results) => {
    if (VARIANT !== 'wait' && VARIANT !== 'busy') return results;
    const wait = new Promise((r) => setTimeout(() => r(results), WORK_MS));
    if (VARIANT === 'wait') return wait;
    // A fixed amount of work (not a time: on a loaded machine a timed spin gets little CPU), in
    // SLICES tasks of ~10 ms each on a quiet machine, within the same WORK_MS as `wait`.
    let x = 0;
    const slices = Array.from({ length: SLICES }, () => () => {
      for (let i = 0; i < 1e6; i++) x = (x * 31 + i) | 0;
    });
    return new Promise((r) => {
      const next = () => {
        const slice = slices.shift();
        if (!slice) return r(wait.then(() => (x === 0.5 ? null : results)));
        slice();
        setTimeout(next, 0);
      };
      next();
    });
  };
  Promise.all([answer, ready]).then(([results]) => {
    mark('injected');
    return work(results);
  }).then((results) => {
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
