// The SSR renderer's attribute allow-list, built into dist/ssr at build time from
// custom-elements.json (which `cem analyze` writes first: see the `build` script). The build
// fails when the manifest is missing, unreadable or documents no attribute for an element, so
// the renderer can never ship without its list and let every attribute through.
import {readFileSync} from 'node:fs';
import {ELEMENTS} from './elements.mjs';

/** The id `src/ssr/index.ts` imports; typed in `src/ssr/attributes.d.ts`. */
export const ATTRIBUTES_MODULE = 'virtual:mwfa-ssr-attributes';
const RESOLVED = `\0${ATTRIBUTES_MODULE}`;

const TAGS = ELEMENTS.map(({tag}) => tag);

/**
 * Each element's documented attributes (own and inherited), from a parsed manifest. Throws
 * naming what is missing.
 */
export function attributeAllowList(manifest) {
  const declarations = (manifest?.modules ?? []).flatMap((m) => m.declarations ?? []);
  const allow = {};
  for (const tag of TAGS) {
    const names = declarations
      .filter((d) => d.tagName === tag)
      .flatMap((d) => (d.attributes ?? []).map((a) => a.name));
    if (names.length === 0) {
      throw new Error(`custom-elements.json documents no attribute of <${tag}>.`);
    }
    allow[tag] = [...new Set(names)].sort();
  }
  return allow;
}

/** Vite plugin: serves `virtual:mwfa-ssr-attributes` from `manifestPath`. */
export function ssrAttributes(manifestPath = 'custom-elements.json') {
  return {
    name: 'mwfa-ssr-attributes',
    resolveId(id) {
      return id === ATTRIBUTES_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      let manifest;
      try {
        manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
      } catch (error) {
        throw new Error(
          `SSR attribute allow-list: cannot read ${manifestPath} (run \`cem analyze\` first): ${error.message}`,
        );
      }
      this.addWatchFile?.(manifestPath);
      const allow = attributeAllowList(manifest);
      return `export const ATTRIBUTES = Object.freeze(${JSON.stringify(allow)});\n`;
    },
  };
}
