export function licenceBanner(packageDir: URL, covers?: string): string;
