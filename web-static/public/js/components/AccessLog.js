// Who saw what of the family, when and on which basis (for the support team and the HFI representative).

import { graphql } from '../api.js';
import { h } from '../dom.js';
import { otherErrors } from '../logic/access.js';
import { formatDateTime } from '../logic/format.js';
import { ACCESS_BASES, CATEGORIES, DENIAL_REASONS, label } from '../logic/labels.js';
import { ACCESS_LOG } from '../queries.js';
import { familyHeader } from './FamilyNav.js';
import { errorMessage, loading } from './Status.js';

export function mountAccessLog(container, { familyId }) {
  container.replaceChildren(familyHeader(familyId, null, 'access-log', 'Adgangslog'), loading('Henter adgangsloggen …'));
  graphql(ACCESS_LOG, { id: familyId }).then(({ data, errors }) => {
    const family = data?.family;
    const header = familyHeader(familyId, family?.name, 'access-log', 'Adgangslog');
    const problem = otherErrors(errors)[0];
    if (!family) {
      container.replaceChildren(header, errorMessage(problem ?? {}, 'Adgangsloggen kunne ikke hentes.'));
      return;
    }
    if (!family.accessLog) {
      container.replaceChildren(header, problem?.extensions?.code === 'FORBIDDEN'
        ? h('p', { class: 'notice' }, 'Kun supportteamet og familiens HFI-repræsentant kan se adgangsloggen.')
        : problem ? errorMessage(problem, 'Adgangsloggen kunne ikke hentes.')
          : h('p', { class: 'notice', 'data-testid': 'access-log-unavailable' }, 'Adgangsloggen er ikke tilgængelig endnu.'));
      return;
    }
    const names = new Map((family.members ?? []).map((m) => [m.id, m.firstName ?? m.id]));
    const list = (items, render) => (items.length ? h('ul', { class: 'plain-list' }, items.map((item) => h('li', null, render(item)))) : '–');
    container.replaceChildren(header,
      family.accessLog.length === 0 ? h('p', { class: 'notice' }, 'Ingen har set familiens oplysninger endnu.')
        : h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': 'Adgangslog' },
          h('table', { class: 'data-table access-log' },
            h('thead', null, h('tr', null, ['Hvornår', 'Hvem', 'Om hvem', 'Vist', 'Skjult'].map((t) => h('th', { scope: 'col' }, t)))),
            h('tbody', null, family.accessLog.map((entry) => {
              const disclosed = entry.objects.flatMap((o) => o.disclosed);
              const denied = entry.objects.flatMap((o) => o.denied);
              const unique = (items, key) => [...new Map(items.map((i) => [key(i), i])).values()];
              return h('tr', null,
                h('td', null, formatDateTime(entry.at)),
                h('td', null, `${entry.callerId} (${entry.administration})`),
                h('td', null, entry.memberIds.map((id) => names.get(id) ?? id).join(', ') || '–'),
                h('td', null, list(unique(disclosed, (d) => `${d.category}/${d.basis}`),
                  (d) => `${label(CATEGORIES, d.category)}: ${label(ACCESS_BASES, d.basis).toLowerCase()}`)),
                h('td', null, list(unique(denied, (d) => `${d.category}/${d.reason}`),
                  (d) => `${label(CATEGORIES, d.category)}: ${label(DENIAL_REASONS, d.reason).toLowerCase()}`)));
            })))));
  }, (error) => container.replaceChildren(familyHeader(familyId, null, 'access-log', 'Adgangslog'), errorMessage(error)));
}
