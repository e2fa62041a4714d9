// The benchmark pages are served from the repository root by the repository's static file
// server (.scripts/serve.mjs), so that bench/*.html can load Lit and the data from node_modules.
import {fileURLToPath} from 'node:url';
import {serve as serveFolder} from '../../../.scripts/serve.mjs';

export const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Starts the server on a free port; resolves to its origin and a close function. */
export async function serve() {
  const server = await serveFolder({root});
  return {origin: server.url, close: server.close};
}
