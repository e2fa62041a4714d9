/**
 * One console warning for bad input, naming the element, the attribute and the value.
 * Callers warn once per distinct bad value, not on every render.
 */
export function warn(tag: string, attribute: string, value: unknown, hint?: string): void {
  const text = hint ?? 'is not valid';
  // `indicator="" is missing` read as if the page had written an empty attribute.
  const absent = (value ?? '') === '' && text.startsWith('is missing');
  const shown = absent
    ? ''
    : `=${typeof value === 'string' ? JSON.stringify(value) : String(value)}`;
  console.warn(`<${tag}>: ${attribute}${shown} ${text}${/[.?!]$/.test(text) ? '' : '.'}`);
}
