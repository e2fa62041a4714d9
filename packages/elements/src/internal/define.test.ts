import {describe, expect, it} from 'vitest';
import {define} from './define.js';

describe('define', () => {
  it('does nothing where there is no custom element registry (server-side rendering)', () => {
    expect(globalThis.customElements).toBeUndefined();
    expect(() =>
      define('mwfa-test', class {} as unknown as CustomElementConstructor),
    ).not.toThrow();
  });
});
