/**
 * `@mwfa/elements/hydrate.js`, for the browser: Lit's hydration support. Import it before the
 * elements on a page prerendered with `@mwfa/elements/ssr`, and the elements take over their
 * declarative shadow DOM instead of rendering it again. Re-exported from here so that consumers
 * need no direct dependency on `@lit-labs/ssr-client` (strict pnpm layouts do not hoist it).
 */
// First: before Lit loads.
import '../internal/lit-globals.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
