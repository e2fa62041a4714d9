/**
 * The elements' `custom-elements.json`, as the docs show it: the analyzer also lists private
 * and protected class fields (Lit's internal reactive state, `#private` fields) and attributes
 * they would map to. Those are implementation, not API, so they are left out here; everything
 * public is passed through untouched.
 */
import manifest from '@mwfa/elements/custom-elements.json';

interface Member {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
}

interface Attribute {
  name: string;
  fieldName?: string;
}

interface Declaration {
  tagName?: string;
  members?: Member[];
  attributes?: Attribute[];
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

const isHidden = (member: Member): boolean =>
  member.name.startsWith('#') ||
  member.privacy === 'private' ||
  member.privacy === 'protected' ||
  member.static === true;

function publicDeclaration(declaration: Declaration): Declaration {
  if (!declaration.tagName) return declaration;
  const members = declaration.members ?? [];
  const hiddenFields = new Set(members.filter(isHidden).map((member) => member.name));
  return {
    ...declaration,
    members: members.filter((member) => !isHidden(member)),
    attributes: (declaration.attributes ?? []).filter(
      (attribute) => !attribute.fieldName || !hiddenFields.has(attribute.fieldName),
    ),
  };
}

export const publicManifest: Manifest = {
  ...(manifest as Manifest),
  modules: (manifest as Manifest).modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map(publicDeclaration),
  })),
};

/** The declaration of one element, e.g. `mwfa-stat-card`. */
export function declarationOf(tagName: string): Declaration | undefined {
  return publicManifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === tagName);
}
