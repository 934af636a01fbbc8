// The evaluation reports: the catalogue, Danish labels, figures as text and report rows as chart series. Pure.

const TITLES = {
  PROGRAMME_STATUS: 'Status for HFI',
  PARENTS_BURDENS: 'Forældrenes belastninger ved opstart',
  CHILDRENS_BURDENS: 'Børnenes belastninger ved opstart',
  STRESS_REACTIONS: 'Børnenes stressreaktioner ved opstart og afslutning',
  INCOME_SUPPORT: 'Forsørgelsesgrundlag ved opstart og nu, og praktik',
  LEISURE: 'Deltagelse i fritidsaktiviteter og KFF’s brobygning',
  SOCIAL_MEASURES: 'Sociale foranstaltninger ved opstart og nu',
  COSTS: 'Udgifter pr. år til anbringelser og forebyggende foranstaltninger',
  SCHOOL_ABSENCE: 'Børnenes skolefravær før opstart og de sidste 12 måneder',
  EXPERIENCE_SURVEY: 'Familiernes oplevelse ved opstart og afslutning',
};

/**
 * The ten reports: the enum name, the query field and the CSV file name derived from it as ReportName on the server
 * derives them (PARENTS_BURDENS: parentsBurdensReport, parents-burdens), a Danish title.
 */
export const REPORTS = Object.entries(TITLES).map(([name, title]) => {
  const words = name.toLowerCase().split('_');
  return {
    name,
    field: `${words.map((word, i) => (i === 0 ? word : word[0].toUpperCase() + word.slice(1))).join('')}Report`,
    fileName: words.join('-'),
    title,
  };
});

export function reportByName(name) {
  return REPORTS.find((report) => report.name === name) ?? null;
}

/** The text shown instead of a withheld figure: never a zero or an empty bar. */
export const SUPPRESSED_TEXT = 'Skjult (færre end 5 personer)';

export const NO_DATA_TEXT = 'Ingen data';

export const SERIES = {
  BASELINE: 'Ved opstart',
  CLOSING: 'Ved afslutning',
  START: 'Ved opstart',
  NOW: 'Nu',
  END: 'Ved slutningen',
  CHANGE: 'Skift i perioden',
  PERIOD: 'I perioden',
  PERIOD_END: 'Ved periodens slutning',
  CHILDREN: 'Børn',
  ADULTS: 'Voksne',
  ALL: 'I alt',
  '12_MONTHS_BEFORE_START': '12 måneder før opstart',
  LAST_12_MONTHS: 'Seneste 12 måneder',
  CLOSED: 'Afsluttede forløb',
  ONGOING: 'Igangværende forløb',
};

export const STEPS = {
  HIGH: 'I høj grad',
  SOME: 'I nogen grad',
  LESSER: 'I mindre grad',
  NOT_AT_ALL: 'Slet ikke',
  HIGH_OR_SOME: 'I høj eller nogen grad',
  AGE_0_5: '0–5 år',
  AGE_6_11: '6–11 år',
  AGE_12_17: '12–17 år',
  YES: 'Ja',
};

export const UNITS = {
  PERCENT: 'Andel i procent',
  COUNT: 'Antal',
  PER_PERSON: 'Gennemsnit pr. person',
  DAYS: 'Dage i gennemsnit',
  DKK: 'Kroner',
  MONTHS: 'Måneder i gennemsnit',
};

// The server describes missing data in English; these are the Danish words for its codes.
export const MISSING_DATA = {
  BASELINE_ASSESSMENT: 'Uden vurdering ved opstart',
  CLOSING_ASSESSMENT: 'Uden vurdering ved afslutning',
  INCOME_SUPPORT_AT_START: 'Forældre uden oplysning om forsørgelse ved opstart',
  INCOME_SUPPORT_NOW: 'Forældre uden oplysning om forsørgelse siden opstart',
  LEISURE_AT_START_CHILDREN: 'Børn uden oplysning om fritidsaktiviteter ved opstart',
  LEISURE_AT_END_CHILDREN: 'Børn uden oplysning om fritidsaktiviteter siden opstart',
  LEISURE_AT_START_ADULTS: 'Voksne uden oplysning om fritidsaktiviteter ved opstart',
  LEISURE_AT_END_ADULTS: 'Voksne uden oplysning om fritidsaktiviteter siden opstart',
  ABSENCE_BEFORE_START: 'Børn uden fraværsdage for de 12 måneder før opstart',
  ABSENCE_LAST_12_MONTHS: 'Børn uden fraværsdage siden opstart',
  MEASURE_COST: 'Børns foranstaltninger uden årlig udgift',
  CHILD_BIRTH_DATE: 'Børn uden fødselsdato',
  BASELINE_SURVEY: 'Familier uden spørgeskema ved opstart',
  CLOSING_SURVEY: 'Familier uden spørgeskema ved afslutning',
};

const labelOf = (table, value) => (value == null ? '' : table[value] ?? String(value));

export const seriesLabel = (series) => labelOf(SERIES, series);
export const stepLabel = (step) => labelOf(STEPS, step);
export const missingLabel = (missing) => MISSING_DATA[missing.data] ?? missing.description ?? missing.data;

/** Only the support team and management (role LEADER) may run reports; the server decides, this hides the menu. */
export function canRunReports(professional) {
  return Boolean(professional && (professional.supportTeam || professional.role === 'LEADER'));
}

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

/**
 * The reporting periods that have ended by today, newest first, as the API writes them ("2025", "2025-H1",
 * "2025-Q3") with a Danish label: reports are offered over these fixed periods only, so that no two of them differ
 * by a few days (see docs/schema.md, Evaluation reports).
 */
export function reportingPeriods(todayIso, years = 4) {
  const thisYear = Number(todayIso.slice(0, 4));
  const ended = (year, quarter) => `${year}-${QUARTER_ENDS[quarter - 1]}` < todayIso;
  const periods = [];
  for (let year = thisYear; year > thisYear - years; year--) {
    const inYear = [];
    for (let quarter = 1; quarter <= 4; quarter++) {
      if (ended(year, quarter)) {
        inYear.push({ value: `${year}-Q${quarter}`, label: `${year}, ${quarter}. kvartal` });
      }
      if (quarter % 2 === 0 && ended(year, quarter)) {
        inYear.push({ value: `${year}-H${quarter / 2}`, label: `${year}, ${quarter / 2}. halvår` });
      }
    }
    if (ended(year, 4)) {
      inYear.push({ value: String(year), label: `${year}, hele året` });
    }
    periods.push(...inYear.reverse());
  }
  return periods;
}

/** The period a report opens with: the latest whole year that has ended. */
export function defaultReportingPeriod(todayIso) {
  return String(Number(todayIso.slice(0, 4)) - 1);
}

function number(value, decimals) {
  return value.toLocaleString('da-DK', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A value of a unit as Danish text: "39,0 %", "1.924.535 kr.", "14,1 mdr.". */
export function formatValue(value, unit) {
  switch (unit) {
    case 'PERCENT': return `${number(value, 1)} %`;
    case 'COUNT': return number(value, 0);
    case 'PER_PERSON': return number(value, 2);
    case 'DAYS': return `${number(value, 1)} dage`;
    case 'DKK': return `${number(value, 0)} kr.`;
    case 'MONTHS': return `${number(value, 1)} mdr.`;
    default: return String(value);
  }
}

/** A figure as text: its value, or the marker of a suppressed figure or of missing data. */
export function formatFigure(figure) {
  if (figure.state === 'SUPPRESSED') {
    return SUPPRESSED_TEXT;
  }
  if (figure.state !== 'SHOWN' || figure.value == null) {
    return NO_DATA_TEXT;
  }
  return formatValue(figure.value, figure.unit);
}

/** What a shown figure is based on: "16 af 41" for a share, "grundlag 27" for an average; '' otherwise. */
export function figureBasis(figure) {
  if (figure.state !== 'SHOWN') {
    return '';
  }
  if (figure.count != null && figure.base != null) {
    return `${number(figure.count, 0)} af ${number(figure.base, 0)}`;
  }
  return figure.base != null ? `grundlag ${number(figure.base, 0)}` : '';
}

/** A round upper end for the axis, ≥ the largest value (percentages: 100). */
export function axisMax(values, unit) {
  if (unit === 'PERCENT') {
    return 100;
  }
  const max = Math.max(0, ...values);
  if (max === 0) {
    return 1;
  }
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const nice = [1, 2, 2.5, 5, 10].find((step) => step * magnitude >= max);
  return nice * magnitude;
}

/**
 * A report's rows as bar charts: one chart per unit (and, within a unit, figures with a breakdown apart from
 * those without, so that an average per child is not drawn on the scale of a total). In a chart, each group is an
 * item (with its step when the series are compared), and each bar one series side by side (baseline vs closing,
 * start vs now, years); with a single series the steps of a scale are the bars.
 *
 * → [{ key, unit, title, barKeys: [{key, label}], max, groups: [{ key, label, bars: [{ key, label, state, value,
 *      text, basis }] }] }]
 */
export function reportCharts(rows) {
  const charts = new Map();
  for (const row of rows) {
    const key = `${row.figure.unit}${row.step ? ':steps' : ''}`;
    if (!charts.has(key)) {
      charts.set(key, { key, unit: row.figure.unit, rows: [] });
    }
    charts.get(key).rows.push(row);
  }
  const unitCount = new Map();
  for (const chart of charts.values()) {
    unitCount.set(chart.unit, (unitCount.get(chart.unit) ?? 0) + 1);
  }
  return [...charts.values()].map((chart) => {
    const barsBySeries = new Set(chart.rows.map((row) => row.series)).size > 1 || chart.rows.every((row) => !row.step);
    const groups = new Map();
    const barKeys = new Map();
    for (const row of chart.rows) {
      const groupKey = barsBySeries ? `${row.item}|${row.step ?? ''}` : `${row.item}|${row.series}`;
      const groupLabel = barsBySeries && row.step ? `${row.label} – ${stepLabel(row.step)}` : row.label;
      const barKey = barsBySeries ? row.series : row.step;
      const barLabel = barsBySeries ? seriesLabel(row.series) : stepLabel(row.step);
      if (!groups.has(groupKey)) {
        groups.set(groupKey, { key: groupKey, label: groupLabel, bars: [] });
      }
      barKeys.set(barKey, barLabel);
      const { figure } = row;
      groups.get(groupKey).bars.push({
        key: barKey,
        label: barLabel,
        state: figure.state,
        value: figure.state === 'SHOWN' ? figure.value : null,
        text: formatFigure(figure),
        basis: figureBasis(figure),
      });
    }
    const shown = [...groups.values()].flatMap((group) => group.bars).filter((bar) => bar.value != null);
    const labels = [...new Set(chart.rows.map((row) => row.label))];
    const title = unitCount.get(chart.unit) > 1
      ? `${UNITS[chart.unit] ?? chart.unit}: ${labels.slice(0, 3).join(', ')}${labels.length > 3 ? ' …' : ''}`
      : UNITS[chart.unit] ?? chart.unit;
    return {
      key: chart.key,
      unit: chart.unit,
      title: barsBySeries ? title : `${title} (${seriesLabel(chart.rows[0].series).toLowerCase()})`,
      barKeys: [...barKeys].map(([key, label]) => ({ key, label })),
      max: axisMax(shown.map((bar) => bar.value), chart.unit),
      groups: [...groups.values()],
    };
  });
}

/** A short text alternative of a chart for its <desc>. */
export function chartDescription(chart) {
  const bars = chart.groups.flatMap((group) => group.bars);
  const suppressed = bars.filter((bar) => bar.state === 'SUPPRESSED').length;
  const noData = bars.filter((bar) => bar.state === 'NO_DATA').length;
  const parts = [`Søjlediagram med ${chart.groups.length} ${chart.groups.length === 1 ? 'emne' : 'emner'}`
    + ` og ${bars.length} tal`];
  if (chart.barKeys.length > 1) {
    parts.push(`side om side: ${chart.barKeys.map((bar) => bar.label).join(', ')}`);
  }
  if (suppressed) {
    parts.push(`${suppressed} skjult, fordi færre end 5 personer står bag`);
  }
  if (noData) {
    parts.push(`${noData} uden data`);
  }
  return `${parts.join('; ')}. Alle tal står også i tabellen under diagrammet.`;
}

/** The number of data lines of a CSV text (the header line not counted). */
export function csvLineCount(text) {
  return text.split(/\r?\n/).filter((line) => line.length > 0).length - 1;
}
