export function buildInputs(dir?: string): {built: string; sources: string[]; uses: string[]};
export function changedSince(built: string, sources: string[]): string | undefined;
export function buildIfStale(label: string): boolean;
