// "Mine familier": the families the professional works on, with course status, next meeting and flags;
// search by name, filter by status, and paging.

import { graphql } from '../api.js';
import { h, uid } from '../dom.js';
import { denialIndex, denialsUnder, otherErrors } from '../logic/access.js';
import { familyFlags, nextMeeting } from '../logic/flags.js';
import { formatDate, todayIso } from '../logic/format.js';
import { COURSE_STATUSES, label, MEETING_KINDS } from '../logic/labels.js';
import { familyHref } from '../logic/routes.js';
import { FAMILIES } from '../queries.js';
import { consentMarker } from './ConsentMarker.js';
import { errorMessage, loading } from './Status.js';

const PAGE_SIZE = 10;

export function mountFamilyList(container) {
  const state = { text: '', status: '', cursors: [null], page: 0 };
  const searchId = uid('family-search');
  const statusId = uid('family-status');
  const searchInput = h('input', { id: searchId, type: 'search', name: 'text', maxlength: '100', autocomplete: 'off' });
  const statusSelect = h('select', { id: statusId, name: 'status' },
    h('option', { value: '' }, 'Alle'),
    Object.entries(COURSE_STATUSES).map(([value, text]) => h('option', { value }, text)));
  const results = h('div', { class: 'family-list__results', 'aria-live': 'polite' });
  const form = h('form', { class: 'family-list__search', role: 'search' },
    h('div', { class: 'field' }, h('label', { for: searchId }, 'Søg efter familiens navn'), searchInput),
    h('div', { class: 'field' }, h('label', { for: statusId }, 'Forløbets status'), statusSelect),
    h('button', { type: 'submit', class: 'button' }, 'Søg'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state.text = searchInput.value.trim();
    state.status = statusSelect.value;
    state.cursors = [null];
    state.page = 0;
    load();
  });
  container.replaceChildren(h('section', { class: 'family-list', 'aria-labelledby': 'families-heading' },
    h('h1', { id: 'families-heading' }, 'Mine familier'), form, results));

  async function load() {
    results.replaceChildren(loading('Henter familier …'));
    const filter = {};
    if (state.text) {
      filter.text = state.text;
    }
    if (state.status) {
      filter.status = state.status;
    }
    try {
      const { data, errors } = await graphql(FAMILIES, { first: PAGE_SIZE, after: state.cursors[state.page], filter });
      const problems = otherErrors(errors);
      if (!data?.families) {
        results.replaceChildren(errorMessage(problems[0] ?? {}, 'Familierne kunne ikke hentes.', load));
        return;
      }
      render(data.families, denialIndex(errors), problems);
    }
    catch (error) {
      if (error?.code !== 'UNAUTHENTICATED') {
        results.replaceChildren(errorMessage(error, 'Familierne kunne ikke hentes.', load));
      }
    }
  }

  function render(connection, denials, problems) {
    const today = todayIso();
    const edges = connection.edges;
    if (edges.length === 0) {
      results.replaceChildren(h('p', { class: 'family-list__empty' },
        state.text || state.status ? 'Ingen familier matcher søgningen.' : 'Du er ikke med i nogen families kerneteam.'));
      return;
    }
    const rows = edges.map((edge, index) => {
      const family = edge.node;
      const path = ['families', 'edges', index, 'node'];
      const flags = familyFlags(family, today);
      return h('tr', { 'data-family-id': family.id },
        h('th', { scope: 'row' }, h('a', { href: familyHref(family.id) }, family.name ?? family.id)),
        h('td', null, courseText(family.course)),
        h('td', null, meetingCell(family, denials, [...path, 'meetings'], today)),
        h('td', null, flags.length
          ? h('ul', { class: 'flags' }, flags.map((flag) => h('li', { class: `flag flag--${flag.kind}` }, flag.text)))
          : h('span', { class: 'not-given' }, 'Ingen')));
    });
    const pager = h('nav', { class: 'pager', 'aria-label': 'Sider' },
      h('button', { type: 'button', class: 'button button--secondary', disabled: state.page === 0,
        onclick: () => { state.page -= 1; load(); } }, 'Forrige side'),
      h('span', { class: 'pager__page' }, `Side ${state.page + 1}`),
      h('button', { type: 'button', class: 'button button--secondary', disabled: !connection.pageInfo.hasNextPage,
        onclick: () => {
          state.cursors[state.page + 1] = connection.pageInfo.endCursor;
          state.page += 1;
          load();
        } }, 'Næste side'));
    results.replaceChildren(
      problems.length ? errorMessage(problems[0], 'Nogle oplysninger kunne ikke hentes.') : '',
      h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': 'Familier, du arbejder med' },
      h('table', { class: 'data-table family-list__table' },
        h('caption', { class: 'visually-hidden' }, 'Familier, du arbejder med'),
        h('thead', null, h('tr', null,
          h('th', { scope: 'col' }, 'Familie'),
          h('th', { scope: 'col' }, 'Forløb'),
          h('th', { scope: 'col' }, 'Næste møde'),
          h('th', { scope: 'col' }, 'Opmærksomhed'))),
        h('tbody', null, rows))),
      pager);
  }

  load();
}

function courseText(course) {
  if (!course) {
    return '';
  }
  const status = label(COURSE_STATUSES, course.status);
  const since = course.closedOn ?? course.activatedOn ?? course.referredOn;
  return since ? `${status} siden ${formatDate(since)}` : status;
}

function meetingCell(family, denials, path, today) {
  const hidden = denialsUnder(denials, path);
  const next = nextMeeting(family.meetings, today);
  if (next) {
    return `${formatDate(next.date)} (${label(MEETING_KINDS, next.kind)})`;
  }
  if (hidden.length) {
    return consentMarker(hidden[0]);
  }
  return h('span', { class: 'not-given' }, 'Intet planlagt');
}
