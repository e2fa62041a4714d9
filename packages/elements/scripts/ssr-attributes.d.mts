import type {Plugin} from 'vite';

export const ATTRIBUTES_MODULE: string;
export function attributeAllowList(manifest: unknown): Record<string, string[]>;
export function ssrAttributes(manifestPath?: string): Plugin;
