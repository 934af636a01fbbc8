// A consent's terms as a readable grid: which administration may see which category.

import { h } from '../dom.js';
import { CELL_LABELS, consentGrid } from '../logic/consent-grid.js';
import { ADMINISTRATIONS, ADMINISTRATION_NAMES, CATEGORIES, CONSENT_CATEGORIES, label } from '../logic/labels.js';

/** With `inactive` (a withdrawn, expired or ended consent) every cell is greyed: it shows what was given, not access now. */
export function consentGridTable(consent, caption, { inactive = false } = {}) {
  const grid = consentGrid(consent);
  const byAdministration = new Map(grid.map((row) => [row.administration, row.cells]));
  const table = h('table', { class: inactive ? 'consent-grid consent-grid--inactive' : 'consent-grid' },
    h('caption', null, caption),
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, 'Oplysninger'),
      ADMINISTRATIONS.map((administration) => h('th', { scope: 'col' },
        h('abbr', { title: ADMINISTRATION_NAMES[administration] }, administration))))),
    h('tbody', null, CONSENT_CATEGORIES.map((category, index) => h('tr', null,
      h('th', { scope: 'row' }, label(CATEGORIES, category)),
      ADMINISTRATIONS.map((administration) => {
        const state = byAdministration.get(administration)[index].state;
        return h('td', { class: `consent-grid__cell consent-grid__cell--${state}`, 'data-administration': administration,
          'data-category': category }, CELL_LABELS[state]);
      })))));
  return h('div', { class: 'consent-grid__scroll', role: 'region', tabindex: '0', 'aria-label': caption }, table,
    h('p', { class: 'consent-grid__legend' },
      'Ja: må se oplysningerne. Delvist: ikke for alle familiemedlemmer. Undtaget: familien har sagt nej. ',
      'Nej: ikke omfattet. Navne og roller ser hele teamet altid.'));
}
