// The chart drawn by hand with plain DOM calls, no library: the baselines the element is
// compared with. `drawSvg` is the drawing alone (value grid with labels, year axis with ticks,
// the line and a mark per point); `drawChart` adds what the element shows by default around it
// (title, summary sentence, the three buttons), as plain light-DOM HTML styled by bench.css.

const NS = 'http://www.w3.org/2000/svg';
const number = new Intl.NumberFormat('en', {notation: 'compact', compactDisplay: 'long'});
const sentenceNumber = new Intl.NumberFormat('en', {
  notation: 'compact',
  compactDisplay: 'long',
  maximumFractionDigits: 2,
});
const percent = new Intl.NumberFormat('en', {
  style: 'percent',
  maximumFractionDigits: 0,
  signDisplay: 'exceptZero',
});

const el = (parent, name, attributes, text) => {
  const node = document.createElementNS(NS, name);
  for (const key in attributes) node.setAttribute(key, attributes[key]);
  if (text !== undefined) node.textContent = text;
  parent.append(node);
  return node;
};

function niceStep(max, count) {
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f >= 7.07 ? 10 : f >= 3.16 ? 5 : f >= 1.41 ? 2 : 1) * power;
}

/** Three significant digits, as the sentence says a large value ("153 million"). */
function threeSignificant(value) {
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 2);
  return Math.round(value / magnitude) * magnitude;
}

export function drawSvg(host, data) {
  const width = 640;
  const height = 358;
  const left = 19;
  const right = width - 19;
  const top = 22;
  const bottom = height - 26;
  let max = 0;
  for (const d of data) if (d.value > max) max = d.value;
  const step = niceStep(max, 5);
  const top_ = Math.ceil(max / step) * step;
  const x0 = data[0].year;
  const x1 = data[data.length - 1].year;
  const x = (year) => left + ((year - x0) / (x1 - x0)) * (right - left);
  const y = (value) => bottom - (value / top_) * (bottom - top);
  const svg = el(host, 'svg', {viewBox: `0 0 ${width} ${height}`, width, height});
  for (let v = 0; v <= top_; v += step) {
    el(svg, 'line', {x1: left, x2: right, y1: y(v), y2: y(v), stroke: '#ddd'});
    el(svg, 'text', {x: left, y: y(v) - 4, 'font-size': 12}, number.format(v));
  }
  const yearStep = Math.max(1, Math.ceil((x1 - x0) / 10));
  for (let year = Math.ceil(x0); year <= x1; year += yearStep) {
    el(svg, 'line', {x1: x(year), x2: x(year), y1: bottom, y2: bottom + 5, stroke: '#888'});
    el(
      svg,
      'text',
      {x: x(year), y: bottom + 18, 'font-size': 12, 'text-anchor': 'middle'},
      String(year),
    );
  }
  let d = '';
  for (let i = 0; i < data.length; i += 1) {
    d += `${i ? 'L' : 'M'}${x(data[i].year)},${y(data[i].value)}`;
  }
  el(svg, 'path', {d, fill: 'none', stroke: '#005a9c', 'stroke-width': 2.5});
  if (data.length <= 400) {
    for (const point of data) {
      el(svg, 'circle', {cx: x(point.year), cy: y(point.value), r: 4, fill: '#005a9c'});
    }
  }
  return svg;
}

/** The same chart with the title, summary sentence and buttons the element shows by default. */
export function drawChart(host, data, label) {
  const figure = document.createElement('figure');
  figure.className = 'chart';
  const caption = document.createElement('figcaption');
  caption.textContent = label;
  const first = data[0];
  const last = data[data.length - 1];
  const summary = document.createElement('p');
  summary.className = 'summary';
  summary.textContent = `${label} ${last.value > first.value ? 'rose' : 'fell'} from ${sentenceNumber.format(
    threeSignificant(first.value),
  )} in ${Math.round(first.year)} to ${sentenceNumber.format(
    threeSignificant(last.value),
  )} in ${Math.round(last.year)}, ${percent.format(last.value / first.value - 1)}.`;
  const plot = document.createElement('div');
  plot.className = 'plot';
  drawSvg(plot, data);
  const actions = document.createElement('div');
  actions.className = 'actions';
  for (const text of ['Show table', 'Download CSV', 'Download SVG']) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text;
    actions.append(button);
  }
  figure.append(caption, summary, plot, actions);
  host.append(figure);
  return figure;
}
