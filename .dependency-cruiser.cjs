/**
 * The import rules of the tree, enforced by dependency-cruiser in `npm test` (`npm run lint:imports`).
 * A broken rule fails the run and names the offending import. ARCHITECTURE.md explains each.
 */
/** Modules that run in the page and touch the DOM: the domains' collect.ts, their dom/ helpers,
 *  Readability and the Node DOM. */
const DOM = '^src/collect\\.ts$|^src/.*/collect\\.ts$|^src/dom/|^src/.*/dom/|node_modules/(?:@mozilla/readability|linkedom)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'src/ is the pure core: it never imports an extension context, the CLI, tooling or tests.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(?:extension|popup|options|history|panel|background|content-scripts|workers|cli|scripts|eval|tools|tests)/' },
    },
    {
      name: 'thinking-half-has-no-dom',
      comment:
        'Nothing reachable from the thinking half (src/interpret.ts: DOM-free, so that it runs in any ' +
        'context, the popup or a worker thread of the CLI) imports a collect.ts, a dom/ module, ' +
        'Readability or linkedom.',
      severity: 'error',
      from: { path: '^src/interpret\\.ts$' },
      to: { path: DOM, reachable: true },
    },
    {
      name: 'page-half-stays-small',
      comment:
        'The page half (src/collect.ts: its copies of a page go into every page a reader summarizes, its ' +
        'reading into the popup and the worker) reaches only collectors, their dom/ helpers, the facts ' +
        'contract, phrase tables (data the bundler trims to what is used) and a few small shared ' +
        'modules: no interpretation (dates, zones, languages, summary).',
      severity: 'error',
      from: { path: '^src/collect\\.ts$' },
      to: {
        path: '^src/',
        pathNot:
          '^src/collect\\.ts$|^src/.*/collect\\.ts$|^src/dom/|^src/.*/dom/|^src/facts/|^src/util\\.ts$|^src/ai/hint\\.ts$|' +
          '^src/phrases\\.ts$|^src/.*/phrases/',
        reachable: true,
      },
    },
    {
      name: 'facts-contract-stands-alone',
      comment: 'src/facts/ (the contract between the halves) imports only itself and src/util.ts.',
      severity: 'error',
      from: { path: '^src/facts/' },
      to: { path: '^src/', pathNot: '^src/(?:facts/|util\\.ts$)' },
    },
    {
      name: 'halves-meet-only-in-facts',
      comment: 'An interpret module never imports a collect module (or the reverse); both import src/facts/.',
      severity: 'error',
      from: { path: '^src/interpret\\.ts$|^src/.*/interpret\\.ts$' },
      to: { path: DOM },
    },
    {
      name: 'edges-use-the-public-face',
      comment:
        'The product edges reach the core through src/index.ts, or a lazy entry point: src/collect.ts ' +
        '(the page half: the content script\'s copies of a page, the popup\'s reader, the worker, a ' +
        'linked page), src/ai/provenance/index.ts and merge.ts (the opt-in image check).',
      severity: 'error',
      from: { path: '^(?:popup|options|history|panel|extension|background|content-scripts|workers|cli)/' },
      to: { path: '^src/', pathNot: '^src/(?:index|collect|ai/provenance/(?:index|merge))\\.ts$' },
    },
    {
      name: 'tooling-never-imports-tests',
      comment: 'Scripts, evaluations and tools are not tests: what both need lives in tools/.',
      severity: 'error',
      from: { path: '^(?:scripts|eval|tools)/' },
      to: { path: '^tests/' },
    },
    {
      name: 'product-never-imports-tooling',
      comment: 'The shipped code never imports scripts, evaluations, tools or tests.',
      severity: 'error',
      from: { path: '^(?:src|popup|options|history|panel|extension|background|content-scripts|workers|cli)/' },
      to: { path: '^(?:scripts|eval|tools|tests)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // TypeScript 7 has no JS API for dependency-cruiser to parse with: Babel strips the types first,
    // so type-only imports vanish, as they do from the bundles, and the rules see the runtime graph.
    babelConfig: { fileName: 'tools/babel.depcruise.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(?:dist|node_modules)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] },
  },
};
