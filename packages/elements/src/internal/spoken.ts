/**
 * The text of `node` as a screen reader says it: a `<br>` is a space between words ("Money
 * sent<br>home", as WordPress writes a line break), an image is its `alt`, and scripts, styles,
 * templates and hidden parts are not read. `textContent` reads all of them, and joins words
 * across a `<br>`. Works on the server's stand-in elements too (`nodeType`, `localName`,
 * `getAttribute`, `childNodes`). Not CSS: read before the element renders, its children are
 * not styled yet.
 */
export function spokenText(node: SpokenNode): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  if (node.localName === 'br') return ' ';
  if (node.localName === 'img') return node.getAttribute!('alt') ?? '';
  if (
    /^(script|style|template)$/.test(node.localName!) ||
    node.getAttribute!('hidden') !== null ||
    node.getAttribute!('aria-hidden') === 'true'
  ) {
    return '';
  }
  // Never `Array.from(list, map)`: MooTools and Prototype.js, on old pages, replace `Array.from`
  // with one that ignores `map`.
  return Array.from(node.childNodes!).map(spokenText).join('');
}

/** What `spokenText` reads of a node: the DOM's, or a server stand-in's. Elements have it all. */
export interface SpokenNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly localName?: string;
  readonly childNodes?: ArrayLike<SpokenNode>;
  getAttribute?(name: string): string | null;
}
