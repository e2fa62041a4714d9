export const ELEMENTS: readonly {name: string; tag: `mwfa-${string}`}[];
export const LOCALES: readonly string[];
export const registeringEntries: Record<string, string>;
