import {normalize, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {registeringEntries} from './elements.mjs';

/**
 * package.json's `sideEffects` names the dist/ files, so seen from src/ the registering entry
 * modules look side-effect free, and a build from src/ would keep the classes but drop their
 * define() calls. This marks them, and the module they import first (src/internal/lit-globals.ts,
 * which works on the global object), as having side effects (the hook result outranks
 * package.json). Used by the ESM build (vite.config.ts) and the script-tag bundles (cdn.mjs).
 */
export function registeringModules() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const modules = new Set(
    [...Object.values(registeringEntries), 'src/internal/lit-globals.ts'].map((entry) =>
      resolve(root, entry),
    ),
  );
  return {
    name: 'mwfa-registering-modules',
    transform(code, id) {
      if (modules.has(normalize(id))) {
        return {code, map: null, moduleSideEffects: true};
      }
      return undefined;
    },
  };
}
