import type {Plugin} from 'vite';

export function registeringModules(): Plugin;
