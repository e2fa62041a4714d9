// The stat card loads the series on demand (`import('@mwfa/data/series').then(({getSeries}) =>
// …)`), so that an npm build without sparklines leaves them out. A script-tag bundle is one file:
// the import is inlined there, as a module namespace built by the bundler's helper, which reads
// its keys with for…in; a page that had added a property to Object.prototype
// (`Object.prototype.label = …`) then stopped the whole bundle ("Getter must be a function").
// Here such an import becomes a static one of the names its `.then` takes apart, and the promise
// gives them as a plain object. Any other form of `import()` fails the build.

const ON_DEMAND = /\bimport\((['"])([^'"]+)\1\)(\s*\.then\(\s*\(\s*\{([^}]*)\})?/g;

/** @returns {import('vite').Plugin} */
export function staticDataImports() {
  return {
    name: 'mwfa-static-data-imports',
    transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('import(')) return undefined;
      let imports = '';
      const replaced = code.replace(ON_DEMAND, (call, _quote, module, then, destructured) => {
        if (!then) this.error(`${id}: ${call} is not import(…).then(({…}) => …)`);
        const names = destructured
          .split(',')
          .map((name) => name.trim())
          .filter(Boolean);
        const local = names.map((name) => `${name} as __${name}`);
        imports += `import {${local.join(', ')}} from '${module}';\n`;
        const object = `{${names.map((name) => `${name}: __${name}`).join(', ')}}`;
        return `Promise.resolve(${object})${then}`;
      });
      return imports ? {code: imports + replaced, map: null} : undefined;
    },
  };
}
