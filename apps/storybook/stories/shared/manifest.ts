/**
 * The elements' `custom-elements.json`, as the docs show it. The elements' build already keeps
 * it to the public API (custom-elements-manifest.config.mjs: the four elements, no private,
 * protected, `#private` or static members), so it is passed through as it is.
 */
import type {ArgTypes} from '@storybook/web-components-vite';
import manifest from '@mwfa/elements/custom-elements.json';
import {LANGUAGES} from './globals.js';

interface Item {
  name: string;
  description?: string;
  type?: {text?: string};
  default?: string;
  kind?: string;
  attribute?: string;
}

interface Declaration {
  tagName?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
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

/** Choices for attributes whose manifest type is a plain string but whose values are few. */
const CHOICES: Record<string, readonly string[]> = {
  lang: LANGUAGES.map(({code}) => code),
  dir: ['ltr', 'rtl'],
};

/** The values of a type like `'light' | 'dark'` (or `… | null`), or undefined for any other type. */
function literals(type: string | undefined): string[] | undefined {
  const parts = type
    ?.split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'null');
  if (!parts?.length || !parts.every((part) => /^'[^']*'$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

/**
 * The rows of an element's API table and the controls of its stories, from the manifest.
 * Storybook's own reading keys every row by its bare name, so a part or slot named like an
 * attribute (the stat card's `value` and `label`, the key message's `kind`) replaced the
 * attribute and its control with an object editor that set `value="[object Object]"`; and it gave
 * parts, custom properties, events and `lang`/`dir` controls that changed nothing. Here only
 * attributes and properties the stories pass on get a control, and every other row is keyed by
 * its kind (`part:value`), so nothing is hidden.
 */
export function argTypesOf(tagName: string): ArgTypes {
  const declaration = declarationOf(tagName);
  if (!declaration) return {};
  const doc = (item: Item, category: string, summary = item.type?.text) => ({
    name: item.name || '(default)',
    description: item.description ?? '',
    // Disabled, not `false`: Storybook offers a "Setup controls" link (to its own docs) in every
    // row whose control is merely absent.
    control: {disable: true},
    table: {
      category,
      ...(summary ? {type: {summary}} : {}),
      ...(item.default !== undefined ? {defaultValue: {summary: item.default}} : {}),
    },
  });
  const argTypes: ArgTypes = {};
  for (const attribute of declaration.attributes ?? []) {
    const type = attribute.type?.text;
    const options = literals(type) ?? CHOICES[attribute.name];
    argTypes[attribute.name] = {
      ...doc(attribute, 'attributes', type ?? 'string'),
      // The long form: the docs' table shows no control for the short one ('text').
      control: {type: type === 'boolean' ? 'boolean' : options ? 'select' : 'text'},
      ...(options ? {options: ['', ...options]} : {}),
    };
  }
  for (const member of declaration.members ?? []) {
    // A property named as its attribute is that attribute's row.
    if (member.kind !== 'field' || member.attribute === member.name) continue;
    if (member.attribute) {
      argTypes[`property:${member.name}`] = {
        ...doc(member, 'properties'),
        description: `The \`${member.attribute}\` attribute, as a property.`,
      };
    } else {
      // Set from JavaScript only (the chart's `observations`); the stories pass it on.
      argTypes[member.name] = {...doc(member, 'properties'), control: {type: 'object'}};
    }
  }
  for (const event of declaration.events ?? []) {
    argTypes[`event:${event.name}`] = doc(event, 'events');
  }
  for (const slot of declaration.slots ?? []) {
    argTypes[`slot:${slot.name}`] = doc(slot, 'slots', undefined);
  }
  for (const property of declaration.cssProperties ?? []) {
    argTypes[`css:${property.name}`] = doc(property, 'css custom properties', undefined);
  }
  for (const part of declaration.cssParts ?? []) {
    argTypes[`part:${part.name}`] = doc(part, 'css shadow parts', undefined);
  }
  return argTypes;
}
