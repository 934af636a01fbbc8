// A chart (from reportCharts) as an SVG bar chart, built with DOM APIs (createElementNS, textContent): no HTML.
// Horizontal bars, so the Danish labels stay readable; the series of a group side by side; a suppressed figure or
// missing data is a text marker, never a bar.

import { chartDescription, NO_DATA_TEXT, SUPPRESSED_TEXT } from './reports.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export const LAYOUT = {
  width: 760, labelWidth: 180, valueWidth: 120, axisHeight: 28, groupLabel: 22, bar: 18, barGap: 5, groupGap: 12,
};

function svg(tag, attributes, ...children) {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value != null) {
      element.setAttribute(name, String(value));
    }
  }
  for (const child of children) {
    if (child != null) {
      element.append(child);
    }
  }
  return element;
}

function text(attributes, content) {
  const element = svg('text', attributes);
  element.textContent = content;
  return element;
}

/** The <svg> element of a chart; ids must be unique in the page (they label the chart). */
export function barChartSvg(chart, { id, title }) {
  const { width, labelWidth, valueWidth, axisHeight, groupLabel, bar, barGap, groupGap } = LAYOUT;
  const plotWidth = width - labelWidth - valueWidth;
  const scale = (value) => Math.max(0, (value / chart.max) * plotWidth);
  const colour = new Map(chart.barKeys.map((key, index) => [key.key, index % 6]));

  const body = svg('g', { class: 'report-chart__groups' });
  let y = axisHeight;
  for (const group of chart.groups) {
    const element = svg('g', { class: 'report-chart__group', 'data-group': group.key });
    element.append(text({ x: 0, y: y + 15, class: 'report-chart__group-label' }, group.label));
    y += groupLabel;
    for (const figure of group.bars) {
      const middle = y + bar / 2;
      const item = svg('g', { class: 'report-chart__bar', 'data-state': figure.state, 'data-series': figure.key });
      item.append(text({ x: labelWidth - 8, y: middle, class: 'report-chart__bar-label', 'text-anchor': 'end',
        'dominant-baseline': 'central' }, figure.label));
      if (figure.state === 'SHOWN' && figure.value != null) {
        const length = scale(figure.value);
        const rect = svg('rect', { x: labelWidth, y, width: length.toFixed(1), height: bar,
          class: `report-chart__rect report-chart__rect--${colour.get(figure.key)}` });
        rect.append(titled('title', `${figure.label}: ${figure.text}${figure.basis ? ` (${figure.basis})` : ''}`));
        item.append(rect,
          text({ x: labelWidth + length + 6, y: middle, class: 'report-chart__value', 'dominant-baseline': 'central' },
            figure.text));
      }
      else {
        const suppressed = figure.state === 'SUPPRESSED';
        item.append(text({ x: labelWidth + 6, y: middle, 'dominant-baseline': 'central',
          class: `report-chart__marker report-chart__marker--${suppressed ? 'suppressed' : 'no-data'}` },
        suppressed ? SUPPRESSED_TEXT : NO_DATA_TEXT));
      }
      element.append(item);
      y += bar + barGap;
    }
    body.append(element);
    y += groupGap;
  }
  const height = y;

  const axis = svg('g', { class: 'report-chart__axis', 'aria-hidden': 'true' });
  for (let tick = 0; tick <= 4; tick += 1) {
    const x = labelWidth + (plotWidth * tick) / 4;
    axis.append(
      svg('line', { x1: x, x2: x, y1: axisHeight - 6, y2: height - groupGap, class: 'report-chart__grid' }),
      text({ x, y: axisHeight - 12, 'text-anchor': 'middle', class: 'report-chart__tick' },
        tickLabel((chart.max * tick) / 4, chart.unit)));
  }

  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return svg('svg', {
    id, class: 'report-chart__svg', role: 'img', 'aria-labelledby': `${titleId} ${descId}`,
    viewBox: `0 0 ${width} ${height}`, width, height, 'data-unit': chart.unit,
  },
  titled('title', title, titleId),
  titled('desc', chartDescription(chart), descId),
  axis, body);
}

function titled(tag, content, id) {
  const element = svg(tag, { id });
  element.textContent = content;
  return element;
}

const SUFFIX = { PERCENT: ' %', DKK: ' kr.', DAYS: ' dage', MONTHS: ' mdr.' };

function tickLabel(value, unit) {
  return `${value.toLocaleString('da-DK', { maximumFractionDigits: 2 })}${SUFFIX[unit] ?? ''}`;
}
