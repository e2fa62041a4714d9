// Lit keeps its versions, property metadata and polyfill hooks on the global object, where an
// element of the page named by its id (`<span id="litElementVersions">`, which CMS filters keep)
// is a global of the same name: Lit's `litElementVersions.push` then threw as it loaded, and
// every element of the page stayed empty. Such a global is put aside before Lit loads: every
// entry module imports this first. What Lit or a polyfill put there is kept (another copy's
// versions, its WeakMap of metadata, ShadyCSS), and so is every name the window itself has.
const global = globalThis as Record<string, unknown>;
for (const name of [
  'litHtmlVersions',
  'reactiveElementVersions',
  'litElementVersions',
  'litPropertyMetadata',
  'litNonce',
  'litHtmlPolyfillSupport',
  'reactiveElementPolyfillSupport',
  'litElementPolyfillSupport',
  'litElementHydrateSupport',
  'ShadyCSS',
  'ShadyDOM',
]) {
  const value = global[name] as {window?: unknown; nodeType?: unknown; namedItem?: unknown};
  // An element, elements sharing the id, or a named frame's window (its `window` is itself, and
  // the one property a cross-origin frame lets us read first).
  if (value && (value.window === value || value.nodeType || value.namedItem)) {
    global[name] = undefined;
  }
}
