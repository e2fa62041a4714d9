/**
 * The public CSS custom properties of the elements, read from `custom-elements.json` (which the
 * elements' build generates from their `@cssprop` JSDoc): shared theme tokens apart from the
 * properties one element owns.
 */
import {publicManifest as manifest} from '../shared/manifest.js';

interface CssProperty {
  name: string;
  description?: string;
  default?: string;
  syntax?: string;
}

interface Declaration {
  tagName?: string;
  cssProperties?: CssProperty[];
}

export interface TokenRow {
  name: string;
  /** The first element's words; for a shared token, `uses` has each element's. */
  description: string;
  default: string;
  /** The elements that read it, each with what the token sets in it. */
  uses: {tagName: string; description: string}[];
}

function elementsOf(): Declaration[] {
  return manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName);
}

/** Every documented custom property, once, with the elements that document it. */
function allProperties(): TokenRow[] {
  const rows = new Map<string, TokenRow>();
  for (const element of elementsOf()) {
    for (const property of element.cssProperties ?? []) {
      const row = rows.get(property.name) ?? {
        name: property.name,
        description: property.description ?? '',
        default: property.default ?? '',
        uses: [],
      };
      row.uses.push({tagName: element.tagName ?? '', description: property.description ?? ''});
      rows.set(property.name, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** A property belongs to an element when its name starts with the element's tag. */
function ownerOf(name: string): string | undefined {
  return elementsOf().find((element) => name.startsWith(`--${element.tagName}-`))?.tagName;
}

/** Shared tokens: custom properties no single element owns (`--mwfa-color-accent`). */
export function sharedTokens(): TokenRow[] {
  return allProperties().filter((row) => !ownerOf(row.name));
}

/** Per element, the custom properties it owns (`--mwfa-stat-card-value-color`). */
export function elementProperties(): {tagName: string; properties: TokenRow[]}[] {
  const rows = allProperties();
  return elementsOf().map((element) => ({
    tagName: element.tagName ?? '',
    properties: rows.filter((row) => ownerOf(row.name) === element.tagName),
  }));
}
