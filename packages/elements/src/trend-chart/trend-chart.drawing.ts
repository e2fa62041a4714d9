import {nothing, svg} from 'lit';
import type {PointKind} from './trend-chart.data.js';
import {lineHeight, MARK_RADIUS, type ChartLayout} from './trend-chart.geometry.js';
import {axisLabels} from './trend-chart.labels.js';

/*
 * The inside of the chart's SVG, drawn from its layout: the element passes what the reader is
 * doing (the point in focus or under the pointer), nothing else of its state.
 */

/** The class of a point's mark: projections and calculated values are drawn hollow. */
export const markClass = (kind: PointKind) => (kind === 'observed' ? 'mark' : `mark ${kind}-mark`);

/** A path of the drawing; none when it has nothing to draw. */
const path = (className: string, d: string) =>
  d ? svg`<path class=${className} d=${d}></path>` : nothing;

/** The point under the keyboard or the pointer: where it is drawn, and what it is. */
export interface ActivePoint {
  x: number;
  y: number;
  kind: PointKind;
}

/** What the reader is doing with the chart, and how its labels are written. */
export interface DrawingState {
  active: ActivePoint | undefined;
  /** The slider has focus: the active point has a ring. */
  focused: boolean;
  /** Direction of the page's language, in which the labels are set. */
  dir: 'ltr' | 'rtl';
  /** The language's comma, between the lines of a highlighted figure as it is named. */
  comma: string;
}

/** Grid lines, axis, line, marks, highlighted years and the active point. */
export function drawing(layout: ChartLayout, {active, focused, dir, comma}: DrawingState) {
  const {plot} = layout;
  // Grid lines and tick marks are one path per look: fewer nodes to create, style and lay out.
  const rules = (ticks: readonly {at: number}[]) =>
    ticks.map((tick) => `M${plot.left} ${tick.at}H${plot.right}`).join('');
  const band = layout.band
    ? svg`<rect class="band" x=${layout.band.x0} y=${plot.top} width=${layout.band.x1 - layout.band.x0} height=${plot.bottom - plot.top}></rect>`
    : nothing;
  // One path per kind of mark while no two marks touch, else a circle each (see markPaths).
  const marks =
    layout.markPaths.length > 0
      ? layout.markPaths.map((markPath) => path(markClass(markPath.kind), markPath.d))
      : layout.marks.map(
          (mark) =>
            svg`<circle class=${markClass(mark.kind)} cx=${mark.x} cy=${mark.y} r=${MARK_RADIUS}></circle>`,
        );
  // Axis labels are plain elements on the client (see axisLabels); their anchor and direction
  // are set once, on the group around them. No whitespace between the elements below (line
  // breaks fall inside the tags): every whitespace text node would be one more node per chart.
  // The rules and ticks on whole pixels (an attribute, which the SVG file keeps): a line between
  // two rows of pixels was painted as two paler ones, the zero line at 2:1, not 3:1.
  return svg`${band}<g class="grid" shape-rendering="crispEdges"
      ><path d=${rules(layout.yTicks.filter((tick) => tick.value !== 0))}></path
      ><path class="zero" d=${rules(layout.yTicks.filter((tick) => tick.value === 0))}></path
    ></g
    ><g class="axis"
      ><path shape-rendering="crispEdges" d=${layout.xTicks.map((tick) => `M${tick.at} ${plot.bottom}v5`).join('')}></path
      ><g text-anchor="middle"
        >${axisLabels(layout.xTicks.map((t) => ({x: t.at, y: plot.bottom + 1.5 * layout.fontSize, text: t.label})))}</g
      ></g
    >${path('area', layout.areaPath)}${path('line', layout.linePath)}${path('projection', layout.projectionPath)}<g class="marks"
      >${marks}</g
    >${
      // The active year's line and focus ring go under the labels, whose halos keep them
      // legible where they cross (the ring reached into a highlighted year's label above it).
      active
        ? svg`<g class="active">
            <line x1=${active.x} x2=${active.x} y1=${plot.top} y2=${plot.bottom}></line>
            ${focused ? svg`<circle class="ring" cx=${active.x} cy=${active.y} r="9"></circle>` : nothing}
          </g>`
        : nothing
    }<g class="grid" direction=${dir}
      >${axisLabels(layout.yTicks.map((t) => ({x: t.labelX, y: t.labelY, text: t.label, anchor: t.anchor})))}</g
    ><g class="highlight" id="highlights"
      >${layout.highlights.map(
        // Every year's line and circle under every label: a later year's circle covered the
        // end of an earlier year's label where they met.
        (label) =>
          svg`<line x1=${label.x} x2=${label.x} y1=${label.y} y2=${plot.bottom}></line>
            <circle class=${label.kind === 'observed' ? nothing : 'hollow'} cx=${label.x} cy=${label.y} r="5"></circle>`,
      )}${layout.highlights.map(
        // Named with the language's comma between its lines and after it: the picture's
        // description joins the labels with a bare space ("173 million 2017: 258 million").
        (label, index, all) =>
          svg`
            <text x=${label.labelX} y=${label.labelY} text-anchor=${label.anchor} direction=${dir} aria-label=${label.lines.join(comma) + (index < all.length - 1 ? comma.trimEnd() : '')}>${label.lines.map(
              (text, index) =>
                svg`<tspan x=${label.labelX} dy=${index === 0 ? 0 : lineHeight(layout.fontSize)}>${text}</tspan>`,
            )}</text>`,
      )}</g
    >${
      // Hollow for a projection or a calculated value, as its mark is.
      active
        ? svg`<g class="active"><circle class=${active.kind === 'observed' ? 'dot' : 'dot hollow'} cx=${active.x} cy=${active.y} r="5"></circle></g>`
        : nothing
    }`;
}
