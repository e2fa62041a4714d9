/**
 * A deliberately small parser for the snippets the SSR API and CLI accept: mwfa elements, their
 * attributes and text. Anything else (other tags, `style`, event handlers, `<script>`) is
 * refused with a message, never passed through: the output is pasted into pages we do not
 * control. Pure: no DOM, no eval.
 */
import {decodeHTML, decodeHTMLAttribute} from 'entities/decode';

/** Tags the renderer knows. */
export const MWFA_TAGS = [
  'mwfa-stat-card',
  'mwfa-value',
  'mwfa-key-message',
  'mwfa-trend-chart',
] as const;
export type MwfaTag = (typeof MWFA_TAGS)[number];

/** Attributes every element accepts besides its own (from custom-elements.json). */
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'lang', 'dir', 'slot', 'title', 'hidden']);

/**
 * A `<mwfa-trend-chart>`'s child `<table>` (data the chart draws; the server reads it as the
 * browser does) and the tags it may hold, each with the parents it may have. Its caption and
 * cells hold text only.
 */
const TABLE_PARENTS = {
  table: ['mwfa-trend-chart'],
  caption: ['table'],
  colgroup: ['table'],
  col: ['colgroup', 'table'],
  thead: ['table'],
  tbody: ['table'],
  tfoot: ['table'],
  tr: ['table', 'thead', 'tbody', 'tfoot'],
  th: ['tr'],
  td: ['tr'],
} as const satisfies Record<string, readonly string[]>;
export type TableTag = keyof typeof TABLE_PARENTS;

/** Attributes of table tags besides the global ones (`data-value`, `data-status` among them). */
const TABLE_ATTRIBUTES: Partial<Record<TableTag, readonly string[]>> = {
  th: ['scope', 'colspan', 'rowspan', 'headers', 'abbr'],
  td: ['colspan', 'rowspan', 'headers'],
  colgroup: ['span'],
  col: ['span'],
};
/** Tags whose end tag HTML lets an author leave out: the next row or cell, or the parent's end. */
const OPTIONAL_END = new Set<string>(['colgroup', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td']);
/** Table tags that hold text. */
const TEXT_IN_TABLE = new Set<string>(['caption', 'th', 'td']);

const isTableTag = (name: string): name is TableTag => Object.hasOwn(TABLE_PARENTS, name);

/**
 * Inline text elements, for the page's own words in a slot or a key message (`<span
 * slot="footnote">`, `<em>`, a link to a note): global attributes only, but a link's own; no
 * media or handlers.
 */
const INLINE_TAGS = [
  'a',
  'span',
  'em',
  'strong',
  'b',
  'i',
  'abbr',
  'small',
  'sub',
  'sup',
  'cite',
  'q',
  'bdi',
  'br',
] as const;
export type InlineTag = (typeof INLINE_TAGS)[number];
const isInlineTag = (name: string): name is InlineTag =>
  (INLINE_TAGS as readonly string[]).includes(name);

/** Attributes of inline tags besides the global ones. */
const INLINE_ATTRIBUTES: Partial<Record<InlineTag, readonly string[]>> = {
  a: ['href', 'hreflang', 'rel', 'target'],
};

/**
 * Whether a link's address is a page, a mail or a phone number, not script (`javascript:`). Read
 * as the browser reads it: without the spaces and control characters it skips (`java\tscript:`).
 */
function isSafeHref(href: string): boolean {
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(href.replace(/[\0-\x20]/g, ''))?.[1];
  return !scheme || /^(https?|mailto|tel)$/i.test(scheme);
}

/** Elements with no content and no end tag. */
export const VOID_TAGS: ReadonlySet<string> = new Set(['col', 'br']);

export interface SnippetElement {
  type: 'element';
  tag: MwfaTag | TableTag | InlineTag;
  /** In source order; `null` for a boolean attribute written without a value. */
  attributes: [name: string, value: string | null][];
  children: SnippetNode[];
}
export interface SnippetText {
  type: 'text';
  text: string;
}
export type SnippetNode = SnippetElement | SnippetText;

export class SnippetError extends Error {
  override name = 'SnippetError';
}

/**
 * Which attribute names each tag may carry besides the global ones. Fails closed: a tag the
 * list leaves out may carry only the global attributes.
 */
export type AttributeAllowList = Partial<Record<MwfaTag, readonly string[]>>;

/** Deepest nesting of mwfa elements a snippet may have (Lit renders recursively). */
export const MAX_DEPTH = 32;
/** Longest snippet, in UTF-16 code units (about 1 MB of ASCII). */
export const MAX_LENGTH = 1_000_000;
/**
 * Most mwfa elements in one snippet. A chart renders to some 14 kB: a megabyte of short tags
 * would make hundreds of megabytes of output.
 */
export const MAX_ELEMENTS = 500;
/**
 * Most tags of any kind in one snippet, or in one element of a page (a chart's table, a key
 * message's words). Each costs the renderer about a tenth of a millisecond and some kilobytes:
 * 100,000 `<b>` in a megabyte took 14 s and 500 MB. 10,000 is a table of over 3,000 rows.
 */
export const MAX_TAGS = 10_000;
/**
 * Most attributes on one element. Each is checked against every other as the tag is parsed:
 * 80,000 in a megabyte took the renderer 16 s. No element documents more than 15.
 */
export const MAX_ATTRIBUTES = 100;

/**
 * Decodes character references as the browser does (`&eacute;`, `&#233;`, `&copy` without its
 * semicolon), in text or, with `attribute`, in an attribute value, where `&copy=` stays as
 * written: the snippet must say on the page what the editor's HTML said.
 */
export function decodeEntities(text: string, attribute = false): string {
  return attribute ? decodeHTMLAttribute(text) : decodeHTML(text);
}

export const isMwfaTag = (name: string): name is MwfaTag =>
  (MWFA_TAGS as readonly string[]).includes(name);

function checkAttribute(
  tag: MwfaTag | TableTag | InlineTag,
  name: string,
  allow: AttributeAllowList,
  anyName: boolean,
): void {
  if (name === 'style') {
    throw new SnippetError(
      `<${tag}>: the style attribute is not accepted (strict CSP); use CSS custom properties.`,
    );
  }
  if (name.startsWith('on')) {
    throw new SnippetError(`<${tag}>: event handler attributes (${name}) are not accepted.`);
  }
  if (
    anyName ||
    GLOBAL_ATTRIBUTES.has(name) ||
    name.startsWith('aria-') ||
    name.startsWith('data-')
  ) {
    return;
  }
  // Lit's hydration waits while an element has it: a page hydrating a few elements at a time.
  if (name === 'defer-hydration' && isMwfaTag(tag)) return;
  const own =
    (isTableTag(tag)
      ? TABLE_ATTRIBUTES[tag]
      : isMwfaTag(tag)
        ? allow[tag]
        : INLINE_ATTRIBUTES[tag]) ?? [];
  if (!own.includes(name)) {
    throw new SnippetError(
      `<${tag}> has no attribute "${name}" (known: ${own.join(', ') || 'none'}; and everywhere ${[...GLOBAL_ATTRIBUTES].join(', ')}, aria-*, data-*).`,
    );
  }
}

/**
 * Parses `source` into mwfa elements and text. Throws `SnippetError` naming the first thing it
 * refuses. Self-closing `<mwfa-value … />` and closing tags left off at the end are accepted.
 */
export function parseSnippet(source: string, allow: AttributeAllowList): SnippetNode[] {
  if (source.length > MAX_LENGTH) {
    throw new SnippetError(
      `The snippet is ${source.length} characters long; at most ${MAX_LENGTH} are accepted.`,
    );
  }
  const {nodes} = parse(source, 0, allow, false);
  const count = (list: SnippetNode[]): number =>
    list.reduce(
      (sum, node) =>
        node.type === 'text' ? sum : sum + (isMwfaTag(node.tag) ? 1 : 0) + count(node.children),
      0,
    );
  const elements = count(nodes);
  if (elements > MAX_ELEMENTS) {
    throw new SnippetError(
      `The snippet has ${elements} mwfa elements; at most ${MAX_ELEMENTS} are accepted.`,
    );
  }
  return nodes;
}

/**
 * Parses the one mwfa element that starts at `source[index]` (its `<`), with its content, up to
 * its own closing tag (or `/>`), and returns it with the index just past its end. The rest of
 * `source` is not looked at. Throws `SnippetError` as `parseSnippet` does, and when the element
 * is not closed. `anyName` accepts attributes no element documents (not `style` or `on…`): a
 * trusted page's, such as the `_ngcontent-ng-c1` Angular writes on every element of a
 * component.
 */
export function parseElementAt(
  source: string,
  index: number,
  allow: AttributeAllowList,
  anyName = false,
): {node: SnippetElement; end: number} {
  const {nodes, end} = parse(source, index, allow, true, anyName);
  const node = nodes[0];
  if (node?.type !== 'element') throw new SnippetError(`No mwfa element at position ${index}.`);
  if (end - index > MAX_LENGTH) {
    throw new SnippetError(
      `<${node.tag}> at position ${index} is ${end - index} characters long; at most ${MAX_LENGTH} are accepted.`,
    );
  }
  return {node, end};
}

/** The tokenizer of both: from `from`, to the end, or (`single`) to the end of one element. */
function parse(
  source: string,
  from: number,
  allow: AttributeAllowList,
  single: boolean,
  anyName = false,
): {nodes: SnippetNode[]; end: number} {
  // Sticky and local: each match starts exactly at `lastIndex`, set just before it.
  const closeTag = /<\/([a-zA-Z][\w-]*)\s*>/y;
  const startTag = /<([a-zA-Z][\w-]*)/y;
  const spaces = /\s*/y;
  // Names as frameworks write them too (Angular's `_ngcontent-ng-c1`, `xml:lang`, Alpine's
  // `@mwfa-point-focus` and `:theme`): never a quote, `<`, `>`, `=`, `/` or `$`, so a name stays
  // plain text in the template it goes into.
  const attributeRe = /([a-zA-Z_:@][\w:.@-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;
  const at = (re: RegExp, index: number) => {
    re.lastIndex = index;
    return re.exec(source);
  };

  const root: SnippetNode[] = [];
  const stack: SnippetElement[] = [];
  let tags = 0;
  const children = () => stack.at(-1)?.children ?? root;
  let i = from;

  const pushText = (text: string) => {
    if (!text) return;
    const parent = stack.at(-1)?.tag ?? '';
    // Browsers move such text out of the table, before it: refused rather than moved.
    if (isTableTag(parent) && !TEXT_IN_TABLE.has(parent) && text.trim()) {
      throw new SnippetError(
        `Text "${text.trim().slice(0, 20)}" inside <${parent}>: write it in a cell or the caption.`,
      );
    }
    children().push({type: 'text', text: decodeEntities(text)});
  };

  while (i < source.length) {
    // One element asked for, and it is complete.
    if (single && stack.length === 0 && root.length > 0) break;
    const lt = source.indexOf('<', i);
    if (lt === -1) {
      pushText(source.slice(i));
      i = source.length;
      break;
    }
    pushText(source.slice(i, lt));
    if (source.startsWith('<!--', lt)) {
      const end = endOfComment(source, lt);
      if (end === -1) throw new SnippetError('Unclosed comment.');
      i = end;
      continue;
    }
    const close = at(closeTag, lt);
    if (close) {
      const name = close[1]!.toLowerCase();
      // `</table>` or `</tr>` also closes the cells and rows left open inside it.
      while (
        OPTIONAL_END.has(stack.at(-1)?.tag ?? '') &&
        stack.at(-1)!.tag !== name &&
        stack.some((element) => element.tag === name)
      ) {
        stack.pop();
      }
      const open = stack.pop();
      if (!open || open.tag !== name) {
        throw new SnippetError(`Unexpected </${name}>${open ? ` inside <${open.tag}>` : ''}.`);
      }
      i = lt + close[0].length;
      continue;
    }
    const start = at(startTag, lt);
    if (!start) throw new SnippetError(`Unexpected "<" at position ${lt}: write &lt; in text.`);
    const tag = start[1]!.toLowerCase();
    if (isTableTag(tag)) {
      const parents: readonly string[] = TABLE_PARENTS[tag];
      // A new row closes the open cell and row, a new cell the open cell, as in HTML.
      while (OPTIONAL_END.has(stack.at(-1)?.tag ?? '') && !parents.includes(stack.at(-1)!.tag)) {
        stack.pop();
      }
      const parent = stack.at(-1)?.tag;
      if (!parent || !parents.includes(parent)) {
        throw new SnippetError(
          `<${tag}> is accepted only inside <${parents.join('> or <')}>${parent ? `, not inside <${parent}>` : ''}.`,
        );
      }
    } else if (!isMwfaTag(tag) && !isInlineTag(tag)) {
      throw new SnippetError(
        `Only mwfa elements (${MWFA_TAGS.join(', ')}), inline text elements (${INLINE_TAGS.join(', ')}) and a <table> in <mwfa-trend-chart> are accepted, not <${tag}>.`,
      );
    } else if (isTableTag(stack.at(-1)?.tag ?? '')) {
      throw new SnippetError(`<${tag}> inside <${stack.at(-1)!.tag}>: a chart's table holds text.`);
    } else if (tag === 'a' && stack.some((open) => open.tag === 'a')) {
      // The browser closes the first link there: the page would not be what was rendered.
      throw new SnippetError(`<a> inside <a> at position ${lt}: links do not nest in HTML.`);
    }
    if (++tags > MAX_TAGS) {
      throw new SnippetError(
        `More than ${MAX_TAGS} tags at position ${lt}; at most ${MAX_TAGS} are accepted.`,
      );
    }
    i = lt + start[0].length;
    const element: SnippetElement = {type: 'element', tag, attributes: [], children: []};
    const seen = new Set<string>();
    // Attributes: name, name=value, name="value", name='value'; then > or />.
    for (;;) {
      const space = at(spaces, i)![0];
      i += space.length;
      if (source.startsWith('/>', i)) {
        i += 2;
        children().push(element);
        break;
      }
      if (source[i] === '>') {
        i += 1;
        children().push(element);
        if (VOID_TAGS.has(tag)) break; // no content, no end tag
        stack.push(element);
        if (stack.length > MAX_DEPTH) {
          throw new SnippetError(
            `<${tag}> at position ${lt} is nested ${stack.length} deep; at most ${MAX_DEPTH} levels are accepted.`,
          );
        }
        break;
      }
      if (i >= source.length) throw new SnippetError(`Unclosed start tag <${tag}>.`);
      if (element.attributes.length === MAX_ATTRIBUTES) {
        throw new SnippetError(
          `<${tag}> at position ${lt} has more than ${MAX_ATTRIBUTES} attributes; at most ${MAX_ATTRIBUTES} are accepted.`,
        );
      }
      if (!space && element.attributes.length > 0) {
        throw new SnippetError(`<${tag}>: attributes must be separated by spaces.`);
      }
      const attribute = at(attributeRe, i);
      if (!attribute) {
        throw new SnippetError(
          `<${tag}>: cannot read an attribute at "${source.slice(i, i + 20)}".`,
        );
      }
      const name = attribute[1]!.toLowerCase();
      checkAttribute(tag, name, allow, anyName);
      if (seen.has(name)) throw new SnippetError(`<${tag}>: attribute "${name}" given twice.`);
      seen.add(name);
      const raw = attribute[2] ?? attribute[3] ?? attribute[4];
      const value = raw === undefined ? null : decodeEntities(raw, true);
      if (name === 'href' && !isSafeHref(value ?? '')) {
        throw new SnippetError(
          `<${tag}>: href="${value}" is not accepted; a link goes to http:, https:, mailto: or tel:, or a relative address.`,
        );
      }
      element.attributes.push([name, value]);
      i += attribute[0].length;
    }
  }
  if (single && stack[0]) {
    throw new SnippetError(`Unclosed <${stack[0].tag}> at position ${from}.`);
  }
  // Elements still open here end with the snippet: `<mwfa-stat-card indicator="x">` is enough.
  return {nodes: root, end: i};
}

/**
 * The index just past the comment that starts at `lt` (`<!--`), ended as HTML ends one: at
 * `-->` or `--!>`, and at once by `<!-->` or `<!--->`; -1 when nothing ends it. Ended only at
 * `-->`, a comment read here would run on over content the browser shows.
 */
export function endOfComment(html: string, lt: number): number {
  const start = lt + 4;
  if (html.startsWith('>', start)) return start + 1;
  if (html.startsWith('->', start)) return start + 2;
  const close = /--!?>/g;
  close.lastIndex = start;
  const found = close.exec(html);
  return found ? found.index + found[0].length : -1;
}

/** Escapes an attribute value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
