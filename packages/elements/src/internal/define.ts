/**
 * Registers `tag` unless something already has: two copies of mwfa on one page must not throw.
 * Guarded for SSR, where `customElements` may be a shim or absent.
 */
export function define(tag: string, constructor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (registry && !registry.get(tag)) registry.define(tag, constructor);
}
