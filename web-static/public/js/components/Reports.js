// Reports for the support team and management: a placeholder until the API offers reports.

import { h } from '../dom.js';

export function mountReports(container) {
  document.title = 'Rapporter – HFI Familiegraf';
  container.replaceChildren(h('section', { class: 'reports', 'aria-labelledby': 'reports-heading' },
    h('h1', { id: 'reports-heading' }, 'Rapporter'),
    h('p', { class: 'notice' }, 'API’et har endnu ingen rapporter. Når det får dem, vises de her som diagrammer med '
      + 'mulighed for at hente tallene som CSV.')));
}
