import {wrapLines} from './trend-chart.geometry.js';
import {SVG_NS} from './trend-chart.labels.js';

/*
 * The chart as a file a reader downloads: the SVG drawing with its title, summary, notes and
 * source set as lines of text, and saving it. Everything that touches the document runs on a
 * click, never on import or on the server.
 */

/** A note under the chart: "2017: " (`lead`) and "Estimate." (`text`, English when `en`). */
export interface Note {
  lead?: string;
  text: string;
  en?: boolean;
}

/** A paragraph of the file's text, wrapped to the drawing's width. */
export interface FileText {
  text: string;
  size: number;
  bold?: boolean;
}

/** The words around the drawing and the directions they are read in. */
export interface FileWords {
  /** The chart is right to left. */
  rtl: boolean;
  /** The element's own words ("Source:", the summary) are in a left-to-right language. */
  wordsLtr: boolean;
  /** The page's language is left to right. */
  contentLtr: boolean;
  label: string;
  /** The label is the data's English title, not the page's. */
  labelEn: boolean;
  /** The summary sentence, which may quote the label. */
  summary: string;
  notes: readonly Note[];
  /** "Source: " in the element's words. */
  sourceWord: string;
  /** The citation, without the "Source:" word; empty for none. */
  source: string;
  /** The citation is of `@mwfa/data`, in English. */
  sourceEn: boolean;
}

/** Everything the SVG file is made of. */
export interface ChartFile {
  /** The drawing on the page: its computed look is copied into the file. */
  drawing: SVGSVGElement;
  width: number;
  height: number;
  direction: 'ltr' | 'rtl';
  /** The colour of the text, as the chart's title is drawn. */
  color: string;
  /** What the chart is drawn on; a transparent colour for nothing. */
  background: string;
  above: readonly FileText[];
  below: readonly FileText[];
  /** The file's name and description, as the chart is named and described on the page. */
  title: string;
  description: string;
}

/** The properties the shadow CSS gives the drawing, kept in the file as attributes. */
const COPIED = [
  'fill',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'font-size',
  'font-family',
  'font-weight',
  'paint-order',
];

/** "Source: " as "Source:" and " ": the words and the space after them. */
function splitTrailingSpace(text: string): [string, string] {
  const words = text.trimEnd();
  return [words, text.slice(words.length)];
}

/**
 * `text` with its bidi isolates closed: a PDI with none open left out, one added for each left
 * open. In the chart's SVG file, where each line is a paragraph, an editor's stray isolate in a
 * label ran on into the lines after it and moved a year to the other end of one.
 */
export function closeIsolates(text: string): string {
  let open = 0;
  const kept = text.replace(/[\u2066-\u2069]/g, (mark) =>
    mark !== '\u2069' ? (open++, mark) : open ? (open--, mark) : '',
  );
  return kept + '\u2069'.repeat(open);
}

/**
 * The file's title and summary (above the drawing) and its notes and source (below), with the
 * bidi isolates that set them as the page does.
 */
export function fileText(words: FileWords): {above: FileText[]; below: FileText[]} {
  const {rtl, wordsLtr, contentLtr, label, summary, sourceEn} = words;
  // English (or French …) words on a right-to-left page, isolated left to right as the page
  // shows them (in a span of their own): else "2016: As in … higher count." ends in a period at
  // its left. Only text known to be left to right: `en` is false for a page's own label and
  // citation. The space after "Source:" outside the isolate, as on the page.
  const isolateLtr = (text: string, en: boolean | undefined) => {
    const [kept, space] = splitTrailingSpace(text);
    return rtl && en ? `\u2066${kept}\u2069${space}` : text;
  };
  const title = isolateLtr(closeIsolates(label), words.labelEn);
  const above = [
    {text: title, size: 16, bold: true},
    {text: isolateLtr(label ? summary.split(label).join(title) : summary, wordsLtr), size: 12},
  ];
  // The notes, as under the drawing on the page: a year's own source, what a projection is.
  // In left-to-right words, "2017:" and "Source:" are set left to right, as on the page, and a
  // note in a left-to-right language is a left-to-right line with its lead.
  const below = words.notes.map(({lead = '', text, en}) => ({
    text: (en ? wordsLtr : contentLtr)
      ? isolateLtr(lead + closeIsolates(text), true)
      : isolateLtr(lead, wordsLtr && !!lead) + isolateLtr(closeIsolates(text), en),
    size: 11,
  }));
  const source = closeIsolates(words.source);
  const cited = sourceEn
    ? isolateLtr(words.sourceWord + isolateLtr(source, true), wordsLtr)
    : contentLtr
      ? isolateLtr(words.sourceWord + source, true)
      : isolateLtr(words.sourceWord, wordsLtr) + source;
  if (source) below.push({text: cited, size: 11});
  return {above, below};
}

/** The first colour of `colors` that is not transparent, as a page paints its background. */
export function firstOpaque(colors: readonly string[]): string {
  return colors.find((color) => !color.endsWith(', 0)')) ?? 'none';
}

/** The chart as the text of an SVG file that keeps its look without the page's CSS. */
export function svgFile(chart: ChartFile): string {
  const {drawing, width, height, direction} = chart;
  const clone = drawing.cloneNode(true) as SVGSVGElement;
  const context = document.createElement('canvas').getContext('2d', {willReadFrequently: true})!;
  // Colours as rgb() and an opacity, which every SVG reader takes: Chromium computes
  // color-mix() as color(srgb …), and a page may give oklch(); librsvg read neither (the grid
  // was gone, an area or the whole file black). A pixel of the canvas converts them.
  const paint = (node: Element, property: string, value: string) => {
    if (value !== 'none') {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = value;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
      value = `rgb(${r}, ${g}, ${b})`;
      node.setAttribute(`${property}-opacity`, `${+(a! / 255).toFixed(2)}`);
    }
    node.setAttribute(property, value);
  };
  const originals = [drawing, ...Array.from(drawing.querySelectorAll('*'))];
  const targets = [clone, ...Array.from(clone.querySelectorAll('*'))];
  originals.forEach((original, index) => {
    const style = getComputedStyle(original);
    for (const property of COPIED) {
      const value = style.getPropertyValue(property);
      if (property === 'fill' || property === 'stroke') paint(targets[index]!, property, value);
      else targets[index]!.setAttribute(property, value);
    }
  });
  clone.removeAttribute('aria-labelledby');
  clone.removeAttribute('aria-describedby');
  const setAttributes = (node: Element, attributes: Record<string, string | number>) => {
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, `${value}`);
  };
  // Lines as wide as the drawing, measured in its font.
  const font = getComputedStyle(drawing).fontFamily;
  let parent: Element = document.createElementNS(SVG_NS, 'g');
  let y = 0;
  const add = ({text, size, bold}: FileText) => {
    const weight = bold ? 'bold' : 'normal';
    text = xmlText(text);
    context.font = `${weight} ${size}px ${font}`;
    // The isolates open at the end of a line (LRI, RLI, FSI; a PDI closes the last), nested
    // ones too: the title inside the summary, a right-to-left figure in English words.
    let open = '';
    for (const wrapped of wrapLines(text, width, (part) => context.measureText(part).width)) {
      // An isolate goes on from line to line: each line is a paragraph of its own.
      const line = open + wrapped;
      for (const [mark] of wrapped.matchAll(/[\u2066-\u2069]/g)) {
        open = mark === '\u2069' ? open.slice(0, -1) : open + mark;
      }
      y += size * 1.4;
      const node = document.createElementNS(SVG_NS, 'text');
      setAttributes(node, {
        x: direction === 'rtl' ? width : 0,
        // The baseline, above the line's descenders.
        y: y - size * 0.35,
        'font-size': size,
        'font-weight': weight,
        direction,
      });
      paint(node, 'fill', chart.color);
      node.textContent = line;
      parent.append(node);
    }
  };
  // The title and summary in a group above the drawing, moved up by their height once it is known.
  chart.above.forEach(add);
  // On a whole pixel, as the page draws the rules: a fraction blurred them in the file.
  const top = Math.floor(-y - 8);
  parent.setAttribute('transform', `translate(0 ${top})`);
  clone.append(parent);
  parent = clone;
  y = height + 8;
  chart.below.forEach(add);
  // A whole number of pixels high: an image of 355.8 is scaled to fit them, which blurs its rules.
  y = Math.ceil(y);
  setAttributes(clone, {viewBox: `0 ${top} ${width} ${y - top}`, width, height: y - top});
  const background = document.createElementNS(SVG_NS, 'rect');
  setAttributes(background, {y: top, width, height: y - top});
  paint(background, 'fill', chart.background);
  // Named and described in the file as on the page (its drawn title and summary are inside
  // the image, which a screen reader does not enter).
  const [title, description] = (['title', 'desc'] as const).map((tag) =>
    document.createElementNS(SVG_NS, tag),
  );
  title!.textContent = xmlText(chart.title);
  description!.textContent = xmlText(chart.description);
  clone.prepend(title!, description!, background);
  return new XMLSerializer().serializeToString(clone);
}

/**
 * Without the characters XML forbids (a vertical tab from a word processor's line break, the
 * non-characters U+FFFE and U+FFFF), which would leave a file no viewer opens.
 */
function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex -- those characters are what it removes
  return text.replace(/[\0-\x08\v\f\x0e-\x1f\ufffe\uffff]/g, ' ');
}

/** Saves `blob` as a file called `name`, as a link with `download` does. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
