/**
 * One console warning for bad input, naming the element, the attribute and the value.
 * Callers warn once per distinct bad value, not on every render.
 */
export function warn(tag: string, attribute: string, value: unknown, hint?: string): void {
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  const text = hint ?? 'is not valid';
  console.warn(`<${tag}>: ${attribute}=${shown} ${text}${/[.?!]$/.test(text) ? '' : '.'}`);
}
