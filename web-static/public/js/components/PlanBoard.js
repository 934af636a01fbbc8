// Familiens Plan as a board: a column per member (and the whole family) with themes, goals and who helps with
// what. Read-only: the API has no plan mutations yet.

import { graphql } from '../api.js';
import { h } from '../dom.js';
import { denialAt, denialIndex, otherErrors } from '../logic/access.js';
import { formatDate, formatDateTime } from '../logic/format.js';
import { ACTION_STATUSES, FAMILY_ROLES, GOAL_STATUSES, label, PRINCIPLES, THEME_SECTIONS } from '../logic/labels.js';
import { actionDoer, planColumns } from '../logic/plan.js';
import { familyHref } from '../logic/routes.js';
import { FAMILY_PLAN } from '../queries.js';
import { consentMarker } from './ConsentMarker.js';
import { familyHeader } from './FamilyNav.js';
import { errorMessage, loading } from './Status.js';

export function mountPlanBoard(container, { familyId }) {
  container.replaceChildren(familyHeader(familyId, null, 'plan', 'Familiens Plan'), loading('Henter planen …'));
  graphql(FAMILY_PLAN, { id: familyId }).then(({ data, errors }) => {
    const family = data?.family;
    const header = familyHeader(familyId, family?.name, 'plan', 'Familiens Plan');
    if (!family) {
      container.replaceChildren(header, errorMessage(otherErrors(errors)[0] ?? {}, 'Planen kunne ikke hentes.'));
      return;
    }
    const plan = family.plan;
    if (!plan) {
      container.replaceChildren(header, h('p', { class: 'notice' }, 'Familien har ikke fået en plan endnu.'));
      return;
    }
    const denials = denialIndex(errors);
    const denied = denialAt(denials, ['family', 'plan', 'goals']) ?? denialAt(denials, ['family', 'plan', 'themes']);
    if (denied) {
      container.replaceChildren(header, h('p', { class: 'plan-hidden' }, consentMarker(denied)));
      return;
    }
    const { columns, looseActions } = planColumns(plan, family.members ?? []);
    const withoutVoice = plan.membersWithoutVoice ?? [];
    container.replaceChildren(header,
      h('p', { class: 'plan-board__meta' },
        `Version ${plan.version}`, plan.updatedAt ? `, senest ændret ${formatDateTime(plan.updatedAt)}` : '', '. ',
        h('a', { href: familyHref(familyId, 'print') }, 'Vis planen til udskrift for familien'), '. ',
        'Planen kan kun læses her; den redigeres endnu ikke i klienten.'),
      withoutVoice.length ? h('p', { class: 'flag flag--missing-voice' },
        `Mangler familiens stemme: ${withoutVoice.map((m) => m.firstName).join(', ')}`) : '',
      h('div', { class: 'plan-board' }, columns
        .filter((col) => col.key === 'family' || col.themes.length || col.goals.length || col.voices.length)
        .map((col) => planColumn(col))),
      looseActions.length ? h('section', { class: 'plan-board__loose', 'aria-labelledby': 'loose-heading' },
        h('h2', { id: 'loose-heading' }, 'Andre aftaler'), h('ul', { class: 'plan-actions' }, looseActions.map(actionItem))) : '');
  }, (error) => container.replaceChildren(familyHeader(familyId, null, 'plan', 'Familiens Plan'), errorMessage(error)));
}

function planColumn(col) {
  const title = col.member ? `${col.member.firstName}${col.member.role ? ` (${label(FAMILY_ROLES, col.member.role).toLowerCase()})` : ''}`
    : 'Hele familien';
  const headingId = `plan-col-${col.key}`;
  return h('section', { class: 'plan-column', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, title),
    col.voices.map((voice) => h('blockquote', { class: 'plan-voice' },
      h('p', null, `“${voice.said}”`), h('footer', null, `${voice.member.firstName}, ${formatDate(voice.recordedOn)}`))),
    col.themes.length ? h('ul', { class: 'plan-themes' }, col.themes.map((theme) => h('li', { class: `plan-theme plan-theme--${theme.section.toLowerCase()}` },
      h('span', { class: 'plan-theme__section' }, label(THEME_SECTIONS, theme.section)), theme.text))) : '',
    col.goals.map((goal) => h('article', { class: 'plan-goal', 'data-goal-id': goal.id },
      h('h3', null, goal.text),
      h('p', { class: 'plan-goal__meta' },
        h('span', { class: `badge badge--${goal.status.toLowerCase()}` }, label(GOAL_STATUSES, goal.status)),
        ` ${goal.administrationGoal}s mål`),
      goal.actions.length ? h('ul', { class: 'plan-actions', 'aria-label': 'Hvem hjælper med hvad' }, goal.actions.map(actionItem)) : '')));
}

function actionItem(action) {
  return h('li', { class: 'plan-action' },
    h('p', { class: 'plan-action__what' }, action.description),
    h('p', { class: 'plan-action__who' }, h('strong', null, 'Hvem: '), actionDoer(action),
      action.due ? ` · senest ${formatDate(action.due)}` : '', ` · ${label(ACTION_STATUSES, action.status)}`),
    action.principles?.length ? h('p', { class: 'plan-action__principles' },
      action.principles.map((p) => label(PRINCIPLES, p)).join(', ')) : '');
}
