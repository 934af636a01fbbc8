// The plan in plain language for the family to take home: large type, no jargon, who to call for what.

import { graphql } from '../api.js';
import { h } from '../dom.js';
import { denialAt, denialIndex, otherErrors } from '../logic/access.js';
import { formatDate, todayIso } from '../logic/format.js';
import { actionDoer, PLAIN_GOAL_STATUS } from '../logic/plan.js';
import { familyHref } from '../logic/routes.js';
import { FAMILY_PLAN } from '../queries.js';
import { consentMarker } from './ConsentMarker.js';
import { errorMessage, loading } from './Status.js';

export function mountPlanPrint(container, { familyId }) {
  const back = h('p', { class: 'plan-print__tools' },
    h('a', { href: familyHref(familyId, 'plan') }, '← Tilbage til planen'), ' ',
    h('button', { type: 'button', class: 'button', onclick: () => window.print() }, 'Udskriv'));
  container.replaceChildren(back, loading('Henter planen …'));
  graphql(FAMILY_PLAN, { id: familyId }).then(({ data, errors }) => {
    const family = data?.family;
    if (!family) {
      container.replaceChildren(back, errorMessage(otherErrors(errors)[0] ?? {}, 'Planen kunne ikke hentes.'));
      return;
    }
    const plan = family.plan;
    const denied = denialAt(denialIndex(errors), ['family', 'plan', 'goals']);
    if (!plan || denied) {
      container.replaceChildren(back, plan ? consentMarker(denied) : h('p', null, 'Familien har ikke fået en plan endnu.'));
      return;
    }
    document.title = `Familiens Plan – ${family.name} – HFI Familiegraf`;
    const priorities = (plan.themes ?? []).filter((t) => t.section === 'PRIORITY');
    const team = (family.coreTeam ?? []).filter((m) => m.active);
    const callFor = new Map();
    for (const action of plan.actions ?? []) {
      if (action.professional && action.status !== 'DONE' && action.status !== 'CANCELLED') {
        callFor.set(action.professional.name, [...(callFor.get(action.professional.name) ?? []), action.description]);
      }
    }
    container.replaceChildren(back, h('article', { class: 'plan-print' },
      h('h1', null, `Familiens Plan – ${family.name}`),
      h('p', { class: 'plan-print__date' }, `Udskrevet ${formatDate(todayIso())}`),
      h('section', null, h('h2', null, 'Det vil vi gerne arbejde med'),
        priorities.length ? h('ul', null, priorities.map((t) => h('li', null, t.text))) : h('p', null, 'Det aftaler vi sammen.')),
      h('section', null, h('h2', null, 'Vores mål'),
        h('ol', null, (plan.goals ?? []).map((goal) => h('li', null,
          h('strong', null, goal.text), goal.member ? ` (${goal.member.firstName})` : '',
          h('br'), PLAIN_GOAL_STATUS[goal.status] ?? '')))),
      h('section', null, h('h2', null, 'Hvem gør hvad'),
        h('ul', { class: 'plan-print__actions' }, (plan.actions ?? []).filter((a) => a.status !== 'CANCELLED').map((action) => h('li', null,
          h('strong', null, `${actionDoer(action)}: `), action.description,
          action.due && action.status !== 'DONE' ? ` – senest ${formatDate(action.due)}` : '',
          action.status === 'DONE' ? ' – gjort' : '')))),
      h('section', null, h('h2', null, 'Hvem kan I ringe til'),
        h('ul', { class: 'plan-print__contacts' }, team.map((membership) => {
          const professional = membership.professional;
          const topics = callFor.get(professional.name);
          return h('li', null, h('strong', null, professional.name), `, ${professional.title}`,
            professional.phone ? `, telefon ${professional.phone}` : '',
            topics ? h('br') : '', topics ? `Ring om: ${topics.join('; ')}` : '');
        })))));
  }, (error) => container.replaceChildren(back, errorMessage(error)));
}
