export function buildIfStale(label: string, built: string, sources: string[]): boolean;
