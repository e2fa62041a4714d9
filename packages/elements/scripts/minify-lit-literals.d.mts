import type {Plugin} from 'vite';

export function minifyCss(text: string): string;
export function minifyMarkup(text: string): string;
export function minifyLitLiterals(code: string, fileName?: string): string;
export function minifyLitLiteralsPlugin(options?: {include?: RegExp}): Plugin;
