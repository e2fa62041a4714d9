import {define} from './internal/define.js';
import {MwfaTrendChart} from './trend-chart/trend-chart.js';

export {MwfaTrendChart};

define('mwfa-trend-chart', MwfaTrendChart);

declare global {
  interface HTMLElementTagNameMap {
    'mwfa-trend-chart': MwfaTrendChart;
  }
}
