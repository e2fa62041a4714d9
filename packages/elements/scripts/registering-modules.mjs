/**
 * package.json's `sideEffects` names the dist/ files, so seen from src/ the registering entry
 * modules look side-effect free, and a build from src/ would keep the classes but drop their
 * define() calls. This marks them as having side effects (the hook result outranks
 * package.json). Used by the ESM build (vite.config.ts) and the script-tag bundles (cdn.mjs).
 */
export function registeringModules() {
  return {
    name: 'mwfa-registering-modules',
    transform(code, id) {
      if (/[\\/]src[\\/](index|stat-card|value|key-message|trend-chart)\.ts$/.test(id)) {
        return {code, map: null, moduleSideEffects: true};
      }
      return undefined;
    },
  };
}
