// Lit keeps its versions and polyfill hooks on the global object, where an element of the page
// named by its id (`<span id="litElementVersions">`, which CMS filters keep) is a global of the
// same name: Lit's `litElementVersions.push` then threw as it loaded, and every element of the
// page stayed empty. Such a global is put aside before Lit loads: every entry module imports
// this first. What Lit itself put there (another copy's versions or hooks) is kept.
const global = globalThis as Record<string, unknown>;
for (const name of [
  'litHtmlVersions',
  'reactiveElementVersions',
  'litElementVersions',
  'litHtmlPolyfillSupport',
  'reactiveElementPolyfillSupport',
  'litElementPolyfillSupport',
  'litElementHydrateSupport',
]) {
  const value = global[name];
  if (value != null && !Array.isArray(value) && typeof value !== 'function') {
    global[name] = undefined;
  }
}
