// The stat card loads the series on demand (`import('@mwfa/data/series')`), so that an npm
// build without sparklines leaves them out. A script-tag bundle is one file: the import is
// inlined there, as a module namespace built by the bundler's helper, which reads its keys with
// for…in; a page that had added a property to Object.prototype (`Object.prototype.label = …`)
// then stopped the whole bundle ("Getter must be a function"). Here such an import becomes a
// static one of the names it uses, and the promise gives them as a plain object.

/** The names each on-demand import of the data uses. */
const USED = {'@mwfa/data/series': ['getSeries']};

/** @returns {import('vite').Plugin} */
export function staticDataImports() {
  return {
    name: 'mwfa-static-data-imports',
    transform(code, id) {
      if (id.includes('/node_modules/') || !code.includes('import(')) return undefined;
      let imports = '';
      const replaced = code.replace(/\bimport\((['"])([^'"]+)\1\)/g, (call, _quote, module) => {
        const names = USED[module];
        if (!names) this.error(`${id}: ${call} has no static form; add its names to USED`);
        const local = names.map((name) => `${name} as __${name}`);
        imports += `import {${local.join(', ')}} from '${module}';\n`;
        return `Promise.resolve({${names.map((name) => `${name}: __${name}`).join(', ')}})`;
      });
      return imports ? {code: imports + replaced, map: null} : undefined;
    },
  };
}
