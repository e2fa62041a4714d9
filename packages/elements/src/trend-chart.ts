// First: before Lit loads.
import './internal/lit-globals.js';
import {define} from './internal/define.js';
import {MwfaTrendChart} from './trend-chart/trend-chart.js';

export {MwfaTrendChart};
export type {PointFocusDetail, TrendChartObservation} from './trend-chart/trend-chart.js';

define('mwfa-trend-chart', MwfaTrendChart);

declare global {
  interface HTMLElementTagNameMap {
    'mwfa-trend-chart': MwfaTrendChart;
  }
}
