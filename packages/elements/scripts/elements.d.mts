export const ELEMENTS: readonly {name: string; tag: `mwfa-${string}`}[];
export const registeringEntries: Record<string, string>;
