// Hydration support first: it must be installed before LitElement is defined, so that
// prerendered elements adopt their declarative shadow roots instead of rendering anew.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '@mwfa/elements';
