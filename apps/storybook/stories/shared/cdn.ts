/** Where the docs tell pages to load the script-tag bundles from (major version pinned). */
export const CDN = 'https://cdn.jsdelivr.net/npm/@mwfa/elements@1/dist/cdn';
export const CDN_SCRIPT = `${CDN}/mwfa.js`;
