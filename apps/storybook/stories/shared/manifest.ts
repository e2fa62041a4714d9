/**
 * The elements' `custom-elements.json`, as the docs show it. The elements' build already keeps
 * it to the public API (custom-elements-manifest.config.mjs: the four elements, no private,
 * protected, `#private` or static members), so it is passed through as it is.
 */
import manifest from '@mwfa/elements/custom-elements.json';

interface Declaration {
  tagName?: string;
  [key: string]: unknown;
}

interface Module {
  declarations?: Declaration[];
  [key: string]: unknown;
}

export interface Manifest {
  modules: Module[];
  [key: string]: unknown;
}

export const publicManifest: Manifest = manifest as Manifest;

/** The declaration of one element, e.g. `mwfa-stat-card`. */
export function declarationOf(tagName: string): Declaration | undefined {
  return publicManifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === tagName);
}
