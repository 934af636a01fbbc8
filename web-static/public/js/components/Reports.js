// The evaluation reports for the support team and management: choose a report, a period and a district; see what
// it is based on, the missing data and each figure as an SVG bar chart with a table; download it as CSV.

import { graphql, reportCsv } from '../api.js';
import { h, uid } from '../dom.js';
import { formatPeriod, todayIso } from '../logic/format.js';
import { DISTRICTS } from '../logic/labels.js';
import {
  csvLineCount, defaultReportingPeriod, missingLabel, NO_DATA_TEXT, reportByName, reportCharts,
  reportingPeriods, REPORTS, SUPPRESSED_TEXT,
} from '../logic/reports.js';
import { reportQuery } from '../queries.js';
import { mountReportChart } from './ReportChart.js';
import { errorMessage, loading } from './Status.js';

const FORBIDDEN_TEXT = 'Du har ikke adgang til rapporterne. De er kun for supportteamet og ledere.';

const isForbidden = (error) => (error?.extensions?.code ?? error?.code) === 'FORBIDDEN';

function field(labelText, control, error) {
  return h('div', { class: 'field' }, h('label', { for: control.id }, labelText), control, error);
}

export function mountReports(container) {
  document.title = 'Rapporter – HFI Familiegraf';
  const today = todayIso();
  const chosen = defaultReportingPeriod(today);

  const reportSelect = h('select', { id: uid('report'), name: 'report' },
    REPORTS.map((report) => h('option', { value: report.name }, report.title)));
  const periodSelect = h('select', { id: uid('period'), name: 'period' },
    reportingPeriods(today).map((period) => h('option', { value: period.value, selected: period.value === chosen },
      period.label)));
  const districtSelect = h('select', { id: uid('district'), name: 'district' },
    h('option', { value: '' }, 'Alle bydele'),
    Object.entries(DISTRICTS).map(([value, name]) => h('option', { value }, name)));
  const submit = h('button', { type: 'submit', class: 'button' }, 'Vis rapport');
  const result = h('div', { class: 'reports__result' });
  const form = h('form', { class: 'reports__form', novalidate: true, 'aria-label': 'Vælg rapport' },
    field('Rapport', reportSelect),
    field('Periode (afsluttede år, halvår og kvartaler)', periodSelect),
    field('Bydel', districtSelect),
    h('div', { class: 'actions' }, submit));
  const page = h('section', { class: 'reports', 'aria-labelledby': 'reports-heading' },
    h('h1', { id: 'reports-heading' }, 'Rapporter'),
    h('p', { class: 'reports__intro' }, 'Evalueringens tal beregnet ud fra de aktuelle data for de HFI-familier, '
      + 'der startede i perioden. '
      + `Kun samlede tal: et tal med færre end 5 personer bag vises som »${SUPPRESSED_TEXT}«, aldrig som 0.`),
    form, result);
  container.replaceChildren(page);

  let latest = 0;

  async function run(moveFocus) {
    const params = { period: periodSelect.value, district: districtSelect.value || null };
    const report = reportByName(reportSelect.value);
    const request = ++latest;
    submit.disabled = true;
    result.setAttribute('aria-busy', 'true');
    result.replaceChildren(loading(`Beregner »${report.title}« …`));
    let answer;
    try {
      answer = await graphql(reportQuery(report.field), params);
    }
    catch (error) {
      answer = { data: null, errors: [error] };
    }
    if (request !== latest) {
      return;
    }
    submit.disabled = false;
    result.removeAttribute('aria-busy');
    const data = answer.data?.report;
    const problem = answer.errors?.[0];
    if (!data) {
      if (isForbidden(problem)) {
        // The server decides who may run reports: without access the form is of no use.
        page.replaceChildren(page.firstChild,
          h('p', { class: 'status-error', role: 'alert', 'data-testid': 'reports-forbidden' }, FORBIDDEN_TEXT));
        return;
      }
      result.replaceChildren(errorMessage(problem ?? {}, 'Rapporten kunne ikke hentes.'));
      return;
    }
    renderReport(report, data, params);
    if (moveFocus) {
      result.querySelector('h2').focus();
    }
  }

  function renderReport(report, data, params) {
    const download = h('button', { type: 'button', class: 'button button--secondary reports__download' },
      'Hent som CSV-fil');
    const downloaded = h('div', { class: 'reports__downloaded', role: 'status', 'data-testid': 'report-downloaded' });
    download.addEventListener('click', () => downloadCsv(report, params, download, downloaded));

    const missing = data.missing.filter((item) => item.count > 0);
    const charts = reportCharts(data.rows);
    const article = h('article', { class: 'report', 'data-report': data.name, 'aria-labelledby': 'report-heading' },
      h('h2', { id: 'report-heading', tabindex: '-1' }, data.title),
      h('dl', { class: 'facts report__facts' },
        h('dt', null, 'Periode'), h('dd', null, formatPeriod(data.period)),
        h('dt', null, 'Bydel'), h('dd', null, data.district ? DISTRICTS[data.district] ?? data.district : 'Alle bydele'),
        h('dt', null, 'Grundlag'), h('dd', { 'data-testid': 'report-based-on' },
          `${data.families} ${data.families === 1 ? 'familie' : 'familier'} med ${data.members} `
          + `${data.members === 1 ? 'familiemedlem' : 'familiemedlemmer'}`)),
      h('section', { class: 'report__missing', 'aria-labelledby': 'report-missing-heading' },
        h('h3', { id: 'report-missing-heading' }, 'Manglende data'),
        missing.length === 0 ? h('p', null, 'Der mangler ingen data til rapporten.')
          : h('ul', { class: 'report__missing-list', 'data-testid': 'report-missing' },
            missing.map((item) => h('li', { 'data-missing': item.data },
              `${missingLabel(item)}: `, h('strong', null, String(item.count)))))),
      h('div', { class: 'actions report__actions' }, download, downloaded),
      h('p', { class: 'report__legend' },
        h('span', { class: 'report-figure report-figure--suppressed' }, SUPPRESSED_TEXT),
        ': tallet er holdt tilbage for at beskytte enkeltpersoner (eller fordi det ellers kunne regnes ud). ',
        h('span', { class: 'report-figure report-figure--no-data' }, NO_DATA_TEXT),
        ': der er ingen oplysninger at regne på.'),
      charts.length === 0 ? h('p', { class: 'notice' }, 'Rapporten har ingen tal for perioden.')
        : charts.map((chart) => {
          const slot = h('div', { class: 'report__chart' });
          mountReportChart(slot, { chart, id: uid('report-chart'), title: chart.title });
          return slot;
        }));
    result.replaceChildren(article);
  }

  async function downloadCsv(report, params, button, output) {
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    button.textContent = 'Henter CSV-fil …';
    output.replaceChildren();
    try {
      const { blob, text, fileName } = await reportCsv(report.fileName, params);
      // The token travels in a header, so the browser cannot follow a plain link: save the fetched file instead.
      const url = URL.createObjectURL(blob);
      const link = h('a', { href: url, download: fileName, hidden: true }, fileName);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      output.dataset.fileName = fileName;
      output.textContent = `${fileName} er hentet (${csvLineCount(text)} linjer).`;
    }
    catch (error) {
      output.replaceChildren(isForbidden(error) ? h('p', { class: 'status-error', role: 'alert' }, FORBIDDEN_TEXT)
        : errorMessage(error, 'CSV-filen kunne ikke hentes.'));
    }
    finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
      button.textContent = 'Hent som CSV-fil';
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(true);
  });
  run(false);
}
