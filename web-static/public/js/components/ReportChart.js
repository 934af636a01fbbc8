// One chart of a report: the SVG bar chart with its title, and the same figures as a table under it.

import { h } from '../dom.js';
import { barChartSvg } from '../logic/bar-chart-svg.js';

function cell(bar) {
  if (!bar) {
    return h('td', null, '–');
  }
  const marker = bar.state === 'SHOWN' ? null : `report-figure--${bar.state === 'SUPPRESSED' ? 'suppressed' : 'no-data'}`;
  return h('td', { 'data-state': bar.state },
    h('span', { class: marker ? `report-figure ${marker}` : 'report-figure' }, bar.text),
    bar.basis ? h('span', { class: 'report-figure__basis' }, bar.basis) : null);
}

export function mountReportChart(container, { chart, id, title }) {
  const headingId = `${id}-heading`;
  container.replaceChildren(h('figure', { class: 'report-chart', 'data-chart': chart.key, 'aria-labelledby': headingId },
    h('h3', { id: headingId, class: 'report-chart__heading' }, title),
    h('div', { class: 'report-chart__canvas', role: 'region', tabindex: '0', 'aria-label': `Diagram: ${title}` },
      barChartSvg(chart, { id, title })),
    h('details', { class: 'report-chart__details', open: true },
      h('summary', null, 'Tallene som tabel'),
      h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': `Tabel: ${title}` },
        h('table', { class: 'data-table report-chart__table' },
          h('caption', { class: 'visually-hidden' }, title),
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Emne'),
            chart.barKeys.map((key) => h('th', { scope: 'col' }, key.label)))),
          h('tbody', null, chart.groups.map((group) => h('tr', { 'data-group': group.key },
            h('th', { scope: 'row' }, group.label),
            chart.barKeys.map((key) => cell(group.bars.find((bar) => bar.key === key.key)))))))))));
}
