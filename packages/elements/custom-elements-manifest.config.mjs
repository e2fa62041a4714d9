// Custom Elements Manifest (`cem analyze`): the public API of the four elements, nothing else.
// It is shipped, read by editors and Storybook's docs, and the SSR renderer's attribute
// allow-list is built from it (vite.config.ts), so it lists only what consumers may use.

import {ELEMENTS} from './scripts/elements.mjs';

/** Private, protected, `#private` and static members are implementation, not API. */
const isHidden = (member) =>
  member.name.startsWith('#') ||
  member.privacy === 'private' ||
  member.privacy === 'protected' ||
  member.static === true;

/** `src/value/value.ts` → `dist/value/value.js`: the paths point at what is shipped. */
const shipped = (path) => path?.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js') ?? path;

/**
 * Runs after the analyzer's own link phase (inheritance applied): drops hidden members and the
 * attributes they would map to, and points module paths at `dist/`. Members marked `@internal`
 * or `@ignore` are already left out by the analyzer.
 */
function publicApiOnly() {
  return {
    name: 'mwfa-public-api-only',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        module.path = shipped(module.path);
        for (const declaration of module.declarations ?? []) {
          if (declaration.superclass?.module) {
            declaration.superclass.module = shipped(declaration.superclass.module);
          }
          const members = declaration.members ?? [];
          const hidden = new Set(members.filter(isHidden).map((member) => member.name));
          declaration.members = members.filter((member) => !hidden.has(member.name));
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !attribute.fieldName || !hidden.has(attribute.fieldName),
            );
          }
          // A custom property's default, where its description gives one value ("Default
          // `0.5rem`."; another token as its var()), for editors' and Storybook's Default column.
          // Not a default in words ("the page's", "by kind") or a partial one ("`2px solid` the
          // focus colour").
          for (const property of declaration.cssProperties ?? []) {
            const given = /\bDefault:? `([^`]+)`(?=[.):]|$| \()/i.exec(property.description)?.[1];
            if (given) property.default = given.startsWith('--') ? `var(${given})` : given;
          }
          for (const item of [
            ...declaration.members,
            ...(declaration.attributes ?? []),
            ...(declaration.events ?? []),
          ]) {
            if (item.inheritedFrom?.module) {
              item.inheritedFrom.module = shipped(item.inheritedFrom.module);
            }
            // `null` or `''` is the attribute not set, not a value to write: what applies then
            // (`persons`, `none`) is in the description.
            if (item.default === 'null' || item.default === "''") delete item.default;
          }
          // …and is the attribute's default editors and Storybook's tables show, as the
          // description says it ("`persons` when not set"), written as the analyser writes
          // `'persons'`. Not the property's: that reads `null` then.
          for (const attribute of declaration.attributes ?? []) {
            const unset = /`([^`]+)` when not set/.exec(attribute.description ?? '')?.[1];
            if (attribute.default === undefined && unset) attribute.default = `'${unset}'`;
          }
        }
        for (const entry of module.exports ?? []) {
          if (entry.declaration?.module)
            entry.declaration.module = shipped(entry.declaration.module);
        }
      }
      // The base class documents the inherited `lang` and `dir` but is no element of its own.
      // Each element is defined by its public entry (`dist/stat-card.js`, which package.json
      // exports as `@mwfa/elements/stat-card.js`), which the analyzer cannot see through define().
      const definitions = [];
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName) {
            delete declaration.customElement;
            continue;
          }
          const of = {name: declaration.name, module: module.path};
          definitions.push({
            kind: 'javascript-module',
            path: module.path.replace(/\/([^/]+)\/\1\.js$/, '/$1.js'),
            declarations: [],
            exports: [
              {kind: 'js', name: declaration.name, declaration: of},
              {kind: 'custom-element-definition', name: declaration.tagName, declaration: of},
            ],
          });
        }
      }
      customElementsManifest.modules.push(...definitions);
    },
  };
}

export default {
  // The element modules, and the base class they inherit `lang` and `dir` from.
  globs: [`src/*/{${ELEMENTS.map(({name}) => name).join(',')}}.ts`, 'src/internal/mwfa-element.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly()],
};
