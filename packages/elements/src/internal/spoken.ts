/**
 * The text of `node` as a screen reader says it: a `<br>` is a space between words ("Money
 * sent<br>home", as WordPress writes a line break), and scripts, styles, templates and hidden
 * parts are not read. `textContent` reads all of them, and joins words across a `<br>`. Works
 * on the server's stand-in elements too (`nodeType`, `localName`, `getAttribute`, `childNodes`).
 */
export function spokenText(node: Node): string {
  if (node.nodeType === 3) return node.textContent!;
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  if (element.localName === 'br') return ' ';
  if (
    /^(script|style|template)$/.test(element.localName) ||
    element.getAttribute('hidden') !== null ||
    element.getAttribute('aria-hidden') === 'true'
  ) {
    return '';
  }
  return [...element.childNodes].map(spokenText).join('');
}
