(() => {
  const api = typeof browser === 'object' ? browser : typeof chrome === 'object' ? chrome : undefined;
  if (!api?.scripting?.executeScript || !api.tabs?.query || location.search) return;
  const tab = api.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0]);
  const area = api.storage?.session ?? api.storage?.local;
  const pending = area ? area.get('pending').then((stored) => stored?.pending, () => undefined) : Promise.resolve(undefined);
  const read = Promise.all([tab, pending]).then(([t, p]) => {
    if (t?.id === undefined || (p?.mode === 'link' && p.tabId === t.id)) return null;
    performance.mark('nutshell:inject');
    const injection = api.scripting.executeScript({
      target: { tabId: t.id },
      files: ['/content-scripts/extract.js', '/content-scripts/read-now.js'],
      injectImmediately: true,
    });
    injection.catch(() => undefined);
    return { tabId: t.id, injection };
  });
  tab.catch(() => undefined);
  read.catch(() => undefined);
  Object.defineProperty(globalThis, '__nutshellStart', { value: { tab, read }, configurable: true });
})();
