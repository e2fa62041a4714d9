import type {Plugin} from 'vite';

export function minifyCss(text: string): string;
export function minifyCssLiterals(code: string): string;
export function minifyCssLiteralsPlugin(options?: {include?: RegExp}): Plugin;
