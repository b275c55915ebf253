// Injected right after extract.js in the same scripting.executeScript call (extension/page.ts): its
// completion value, the page's copy, is that call's result, so the popup takes the copy in one round
// trip. Copied as it is (public/): a bundler would wrap it in a function and lose the value.
globalThis.__nutshell ? globalThis.__nutshell.run({ type: 'extract' }) : undefined;
