// The family's heading and the links between its pages.

import { h } from '../dom.js';
import { familyHref } from '../logic/routes.js';

const PAGES = [
  ['overview', 'Overblik'],
  ['handover', 'Overdragelse'],
  ['meetings', 'Møder og indsatser'],
  ['consents', 'Samtykker'],
  ['plan', 'Familiens Plan'],
  ['print', 'Planen til udskrift'],
  ['access-log', 'Adgangslog'],
];

/** The family's header; once the family's name is known it also names the tab (page, family, application). */
export function familyHeader(familyId, name, current, title) {
  if (name) {
    document.title = `${title ?? 'Overblik'} – ${name} – HFI Familiegraf`;
  }
  return h('header', { class: 'family-nav' },
    h('p', { class: 'family-nav__back' }, h('a', { href: '#/' }, '← Mine familier')),
    h('h1', { class: 'family-nav__title' }, name ?? familyId, title ? h('span', { class: 'family-nav__page' }, `: ${title}`) : ''),
    h('nav', { 'aria-label': 'Familiens sider' }, h('ul', { class: 'family-nav__links' },
      PAGES.map(([page, text]) => h('li', null,
        h('a', { href: familyHref(familyId, page), 'aria-current': page === current ? 'page' : null }, text))))));
}
