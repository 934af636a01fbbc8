// Who saw what of the family, when and on which basis (for the support team, the coordinating caseworker and the
// HFI representative), a page at a time, with the professionals named.

import { graphql } from '../api.js';
import { h } from '../dom.js';
import { otherErrors } from '../logic/access.js';
import { formatDateTime } from '../logic/format.js';
import { ACCESS_BASES, CATEGORIES, DENIAL_REASONS, label } from '../logic/labels.js';
import { ACCESS_LOG, professionalNames } from '../queries.js';
import { familyHeader } from './FamilyNav.js';
import { errorMessage, loading } from './Status.js';

const PAGE_SIZE = 50;

export function mountAccessLog(container, { familyId }) {
  const state = { cursors: [null], page: 0 };
  const callers = new Map();
  load();

  async function names(entries) {
    const unknown = [...new Set(entries.filter((e) => e.callerKind !== 'CLIENT' && !callers.has(e.callerId)).map((e) => e.callerId))];
    if (!unknown.length) {
      return;
    }
    const variables = Object.fromEntries(unknown.map((id, i) => [`p${i}`, id]));
    const { data } = await graphql(professionalNames(unknown.length), variables);
    for (const professional of Object.values(data ?? {})) {
      if (professional) {
        callers.set(professional.id, professional);
      }
    }
  }

  function who(entry) {
    const professional = callers.get(entry.callerId);
    if (professional) {
      return `${professional.name}${professional.title ? `, ${professional.title}` : ''} (${entry.administration})`;
    }
    return entry.callerKind === 'CLIENT' ? `Partnersystem ${entry.callerId} (${entry.administration})`
      : `Ukendt medarbejder (${entry.administration})`;
  }

  function load() {
    container.replaceChildren(familyHeader(familyId, null, 'access-log', 'Adgangslog'), loading('Henter adgangsloggen …'));
    graphql(ACCESS_LOG, { id: familyId, first: PAGE_SIZE, after: state.cursors[state.page] }).then(async ({ data, errors }) => {
      const family = data?.family;
      const header = familyHeader(familyId, family?.name, 'access-log', 'Adgangslog');
      const problem = otherErrors(errors)[0];
      if (!family) {
        container.replaceChildren(header, errorMessage(problem ?? {}, 'Adgangsloggen kunne ikke hentes.', load));
        return;
      }
      const connection = family.accessEntries;
      if (!connection) {
        container.replaceChildren(header, problem?.extensions?.code === 'FORBIDDEN'
          ? h('p', { class: 'notice' }, 'Kun supportteamet, den koordinerende sagsbehandler og familiens HFI-repræsentant kan se adgangsloggen.')
          : errorMessage(problem ?? {}, 'Adgangsloggen kunne ikke hentes.', load));
        return;
      }
      const entries = connection.edges.map((edge) => edge.node);
      await names(entries).catch(() => {});
      render(header, family, entries, connection.pageInfo);
    }, (error) => container.replaceChildren(familyHeader(familyId, null, 'access-log', 'Adgangslog'),
      errorMessage(error, 'Adgangsloggen kunne ikke hentes.', load)));
  }

  function render(header, family, entries, pageInfo) {
    const members = new Map((family.members ?? []).map((m) => [m.id, m.firstName ?? 'et medlem']));
    const list = (items, show) => (items.length ? h('ul', { class: 'plain-list' }, items.map((item) => h('li', null, show(item)))) : '–');
    const unique = (items, key) => [...new Map(items.map((i) => [key(i), i])).values()];
    const first = state.page * PAGE_SIZE + 1;
    const pager = h('nav', { class: 'pager', 'aria-label': 'Sider i adgangsloggen' },
      state.page > 0 ? h('button', { type: 'button', class: 'button button--secondary',
        onclick: () => { state.page -= 1; load(); } }, 'Forrige side') : '',
      h('span', { 'data-testid': 'access-log-range' }, entries.length
        ? `Viser ${first}–${first + entries.length - 1}${pageInfo.hasNextPage ? ' (der er flere)' : ' (alle)'}` : ''),
      pageInfo.hasNextPage ? h('button', { type: 'button', class: 'button button--secondary', onclick: () => {
        state.cursors[state.page + 1] = pageInfo.endCursor;
        state.page += 1;
        load();
      } }, 'Næste side') : '');
    container.replaceChildren(header,
      entries.length === 0 ? h('p', { class: 'notice' }, 'Ingen har set familiens oplysninger endnu.')
        : h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': 'Adgangslog' },
          h('table', { class: 'data-table access-log' },
            h('thead', null, h('tr', null, ['Hvornår', 'Hvem', 'Om hvem', 'Vist', 'Skjult'].map((t) => h('th', { scope: 'col' }, t)))),
            h('tbody', null, entries.map((entry) => {
              const disclosed = entry.objects.flatMap((o) => o.disclosed);
              const denied = entry.objects.flatMap((o) => o.denied);
              return h('tr', null,
                h('td', null, formatDateTime(entry.at)),
                h('td', { 'data-caller-id': entry.callerId }, who(entry)),
                h('td', null, entry.memberIds.map((id) => members.get(id) ?? 'et tidligere medlem').join(', ') || '–'),
                h('td', null, list(unique(disclosed, (d) => `${d.category}/${d.basis}`),
                  (d) => `${label(CATEGORIES, d.category)}: ${label(ACCESS_BASES, d.basis).toLowerCase()}`)),
                h('td', null, list(unique(denied, (d) => `${d.category}/${d.reason}`),
                  (d) => `${label(CATEGORIES, d.category)}: ${label(DENIAL_REASONS, d.reason).toLowerCase()}`)));
            })))),
      pager);
  }
}
