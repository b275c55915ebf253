// The popup's first statement (issue #13, "the brief at once"): a classic script in the popup's
// <head>, so it runs while the popup's modules are still being fetched and compiled, and asks the
// tab for its copy at once, in the same one call as popup/adapters.ts would (the content script
// and read-now.js). It only starts that call: popup/adapters.ts (findTarget, readEarly) takes the
// tab and the call's promise from `__nutshellStart`, and decides everything else as before (a
// browser page, a menu's request for a link, what the page answered). Copied as it is (public/),
// like read-now.js. Not in the side panel, nor for a popup opened as a page (`?tabId=`).
(() => {
  // Firefox's `browser`, else Chrome's `chrome` (both promise-based in MV3, extension/browser.ts).
  const api = typeof browser === 'object' ? browser : typeof chrome === 'object' ? chrome : undefined;
  if (!api?.scripting?.executeScript || !api.tabs?.query || location.search) return;
  const tab = api.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0]);
  const area = api.storage?.session ?? api.storage?.local;
  const pending = area ? area.get('pending').then((stored) => stored?.pending, () => undefined) : Promise.resolve(undefined);
  const read = Promise.all([tab, pending]).then(([t, p]) => {
    // A menu's request for a link reads the link, not the tab (popup/flow.ts decides; this only
    // does not start what it would not use).
    if (t?.id === undefined || (p?.mode === 'link' && p.tabId === t.id)) return null;
    performance.mark('nutshell:inject');
    const injection = api.scripting.executeScript({
      target: { tabId: t.id },
      files: ['/content-scripts/extract.js', '/content-scripts/read-now.js'],
      injectImmediately: true,
    });
    injection.catch(() => undefined); // handled where it is taken
    return { tabId: t.id, injection };
  });
  tab.catch(() => undefined);
  read.catch(() => undefined);
  Object.defineProperty(globalThis, '__nutshellStart', { value: { tab, read }, configurable: true });
})();
