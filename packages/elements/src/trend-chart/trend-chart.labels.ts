import {isServer, noChange, nothing, svg} from 'lit';
import {Directive, directive, type ChildPart} from 'lit/directive.js';

/** A label of an axis: its text and its anchor point (CSS pixels). */
export interface AxisLabel {
  x: number;
  y: number;
  text: string;
  /** Its `text-anchor`; given for every label of an axis, or for none (the group's then). */
  anchor?: string;
}

/** The namespace of the elements made for the drawing and its file. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The `<text>` labels of an axis; the group around them sets their anchor and direction.
 *
 * Why a directive: a chart has about sixteen labels, and as sixteen Lit template instances they
 * were the largest part of the time it takes to draw a small chart (a fragment to clone, two
 * marker comments and two parts each). Rendered on the client, the labels are plain `<text>`
 * elements made and then updated in place by DOM calls (no markup strings, so strict CSP and
 * Trusted Types are unaffected). On the server, and when hydrating server markup, they are the
 * same elements as templates, so the HTML and its hydration are as Lit makes them.
 */
class AxisLabels extends Directive {
  /** The elements made on the client; undefined until the first update decides. */
  #nodes: SVGTextElement[] | undefined;
  /** Rendering as templates: on the server, or hydrating what the server rendered. */
  #templates = false;

  render(labels: readonly AxisLabel[]) {
    return labels.map(
      (label) =>
        svg`<text x=${label.x} y=${label.y} text-anchor=${label.anchor ?? nothing}>${label.text}</text>`,
    );
  }

  override update(part: ChildPart, [labels]: Parameters<this['render']>) {
    if (this.#nodes === undefined && !this.#templates) {
      // A part with content at its first update is server markup being hydrated.
      this.#templates = isServer || part.startNode?.nextSibling !== part.endNode;
      if (!this.#templates) this.#nodes = [];
    }
    const nodes = this.#nodes;
    const parent = part.parentNode;
    if (this.#templates || !nodes || !parent) return this.render(labels);
    labels.forEach((label, index) => {
      let node = nodes[index];
      if (!node) {
        node = document.createElementNS(SVG_NS, 'text');
        nodes.push(node);
        parent.insertBefore(node, part.endNode);
      }
      node.setAttribute('x', String(label.x));
      node.setAttribute('y', String(label.y));
      if (label.anchor) node.setAttribute('text-anchor', label.anchor);
      if (node.textContent !== label.text) node.textContent = label.text;
    });
    for (const node of nodes.splice(labels.length)) node.remove();
    return noChange;
  }
}

/** `axisLabels(labels)`: the labels of an axis, in a child position of an SVG group. */
export const axisLabels = directive(AxisLabels);
