// Familiens Plan as a board: a column per member (and the whole family) with themes, goals and who helps with
// what. Editable when the API offers savePlan: every change saves the whole plan against the version read, and a
// change that meets a newer version is kept in its form, on top of the reloaded plan, to be saved again.

import { availableMutations, graphql } from '../api.js';
import { h, uid } from '../dom.js';
import { denialAt, denialIndex, otherErrors } from '../logic/access.js';
import { formatDate, formatDateTime } from '../logic/format.js';
import {
  ACTION_STATUSES, ADMINISTRATIONS, FAMILY_ROLES, GOAL_STATUSES, label, PRINCIPLES, THEME_SECTIONS,
} from '../logic/labels.js';
import { actionDoer, planColumns, toSavePlanInput, withAction, withGoal } from '../logic/plan.js';
import { familyHref } from '../logic/routes.js';
import { FAMILY_PLAN, SAVE_PLAN } from '../queries.js';
import { consentMarker } from './ConsentMarker.js';
import { familyHeader } from './FamilyNav.js';
import { errorMessage, loading } from './Status.js';

const CONFLICT_TEXT = 'En anden har gemt planen, mens du arbejdede. Planen er hentet igen, og din ændring står her '
  + 'stadig: se den igennem og gem igen.';

export function mountPlanBoard(container, { familyId }) {
  const state = { family: null, plan: null, editable: false, open: null, flash: null, conflict: null };
  const announcer = h('div', { class: 'plan-board__announcer', role: 'status' });

  container.replaceChildren(familyHeader(familyId, null, 'plan', 'Familiens Plan'), loading('Henter planen …'));
  Promise.all([graphql(FAMILY_PLAN, { id: familyId }), availableMutations()]).then(([{ data, errors }, mutations]) => {
    const family = data?.family;
    if (!family) {
      container.replaceChildren(familyHeader(familyId, null, 'plan', 'Familiens Plan'),
        errorMessage(otherErrors(errors)[0] ?? {}, 'Planen kunne ikke hentes.'));
      return;
    }
    const denied = denialAt(denialIndex(errors), ['family', 'plan', 'goals']);
    if (denied) {
      container.replaceChildren(familyHeader(familyId, family.name, 'plan', 'Familiens Plan'),
        h('p', { class: 'plan-hidden' }, consentMarker(denied)));
      return;
    }
    state.family = family;
    state.plan = family.plan;
    state.editable = mutations.has('savePlan');
    render();
  }, (error) => container.replaceChildren(familyHeader(familyId, null, 'plan', 'Familiens Plan'), errorMessage(error)));

  async function reloadPlan() {
    const { data } = await graphql(FAMILY_PLAN, { id: familyId });
    if (data?.family) {
      state.family = data.family;
      state.plan = data.family.plan;
    }
  }

  /** Saves the plan changed by `change`; `key` names the editor so that a conflict can reopen it with `draft`. */
  async function save(change, { key, draft, feedback }) {
    feedback.replaceChildren(loading('Gemmer …'));
    try {
      const { data, errors } = await graphql(SAVE_PLAN, { input: toSavePlanInput(familyId, change(state.plan)) });
      if (data?.savePlan?.plan) {
        state.plan = data.savePlan.plan;
        state.open = null;
        state.conflict = null;
        state.flash = key;
        render();
        announcer.textContent = `Planen er gemt (version ${state.plan.version}).`;
        return;
      }
      if (errors.some((error) => error.extensions?.code === 'CONFLICT')) {
        await reloadPlan();
        state.open = key;
        state.conflict = { key, draft };
        render();
        return;
      }
      feedback.replaceChildren(errorMessage(errors[0] ?? {}, 'Ændringen blev ikke gemt.'));
    }
    catch (error) {
      feedback.replaceChildren(errorMessage(error, 'Ændringen blev ikke gemt.'));
    }
  }

  function render() {
    const { family, plan } = state;
    const header = familyHeader(familyId, family.name, 'plan', 'Familiens Plan');
    if (!plan) {
      container.replaceChildren(header, h('p', { class: 'notice' }, 'Familien har ikke fået en plan endnu.'));
      return;
    }
    const { columns, looseActions } = planColumns(plan, family.members ?? []);
    const withoutVoice = plan.membersWithoutVoice ?? [];
    container.replaceChildren(header, announcer,
      h('p', { class: 'plan-board__meta' },
        `Version ${plan.version}`, plan.updatedAt ? `, senest ændret ${formatDateTime(plan.updatedAt)}` : '', '. ',
        h('a', { href: familyHref(familyId, 'print') }, 'Vis planen til udskrift for familien'), '.',
        state.editable ? '' : ' Planen kan kun læses her: API’et kan endnu ikke gemme ændringer.'),
      withoutVoice.length ? h('p', { class: 'flag flag--missing-voice' },
        `Mangler familiens stemme: ${withoutVoice.map((m) => m.firstName).join(', ')}`) : '',
      h('div', { class: 'plan-board' }, columns
        .filter((col) => col.key === 'family' || col.themes.length || col.goals.length || col.voices.length || state.editable)
        .map(planColumn)),
      looseActions.length ? h('section', { class: 'plan-board__loose', 'aria-labelledby': 'loose-heading' },
        h('h2', { id: 'loose-heading' }, 'Andre aftaler'), h('ul', { class: 'plan-actions' }, looseActions.map(actionItem))) : '');
    const focusTarget = container.querySelector('.plan-editor textarea, .plan-editor .status-error');
    if (state.open && focusTarget) {
      focusTarget.focus();
    }
  }

  function planColumn(col) {
    const title = col.member
      ? `${col.member.firstName}${col.member.role ? ` (${label(FAMILY_ROLES, col.member.role).toLowerCase()})` : ''}`
      : 'Hele familien';
    const headingId = `plan-col-${col.key}`;
    const newKey = `goal:new:${col.key}`;
    return h('section', { class: 'plan-column', 'aria-labelledby': headingId, 'data-column': col.key },
      h('h2', { id: headingId }, title),
      col.voices.map((voice) => h('blockquote', { class: 'plan-voice' },
        h('p', null, `“${voice.said}”`), h('footer', null, `${voice.member.firstName}, ${formatDate(voice.recordedOn)}`))),
      col.themes.length ? h('ul', { class: 'plan-themes' }, col.themes.map((theme) => h('li', { class: 'plan-theme' },
        h('span', { class: 'plan-theme__section' }, label(THEME_SECTIONS, theme.section)), theme.text))) : '',
      col.goals.map(goalCard),
      state.editable ? (state.open === newKey
        ? goalEditor(newKey, { text: '', administrationGoal: 'SOF', status: 'NOT_STARTED', member: col.member })
        : h('button', { type: 'button', class: 'button button--secondary plan-column__add',
          onclick: () => { state.open = newKey; state.conflict = null; render(); } },
          `Tilføj mål`, h('span', { class: 'visually-hidden' }, ` for ${title}`))) : '');
  }

  function goalCard(goal) {
    const key = `goal:${goal.id}`;
    if (state.open === key) {
      return goalEditor(key, goal);
    }
    const actionKey = `action:new:${goal.id}`;
    return h('article', { class: 'plan-goal', 'data-goal-id': goal.id },
      h('h3', null, goal.text),
      h('p', { class: 'plan-goal__meta' },
        h('span', { class: `badge badge--${goal.status.toLowerCase()}` }, label(GOAL_STATUSES, goal.status)),
        ` ${goal.administrationGoal}s mål`,
        state.flash === key ? h('span', { class: 'saved' }, ' Gemt') : ''),
      goal.actions.length ? h('ul', { class: 'plan-actions', 'aria-label': 'Hvem hjælper med hvad' }, goal.actions.map(actionItem)) : '',
      state.editable ? h('div', { class: 'plan-goal__tools' },
        h('button', { type: 'button', class: 'button button--small button--secondary',
          onclick: () => { state.open = key; state.conflict = null; render(); } }, 'Redigér mål'),
        state.open === actionKey ? '' : h('button', { type: 'button', class: 'button button--small button--secondary',
          onclick: () => { state.open = actionKey; state.conflict = null; render(); } }, 'Tilføj aftale')) : '',
      state.open === actionKey ? actionEditor(actionKey, goal) : '');
  }

  function actionItem(action) {
    const key = `action:${action.id}`;
    return h('li', { class: 'plan-action', 'data-action-id': action.id },
      h('p', { class: 'plan-action__what' }, action.description),
      h('p', { class: 'plan-action__who' }, h('strong', null, 'Hvem: '), actionDoer(action),
        action.due ? ` · senest ${formatDate(action.due)}` : '',
        state.editable ? '' : ` · ${label(ACTION_STATUSES, action.status)}`),
      action.principles?.length ? h('p', { class: 'plan-action__principles' },
        action.principles.map((p) => label(PRINCIPLES, p)).join(', ')) : '',
      state.editable ? actionStatus(action, key) : '');
  }

  function actionStatus(action, key) {
    const id = uid('action-status');
    const feedback = h('span', { class: 'plan-action__feedback' });
    const pending = state.conflict?.key === key ? state.conflict.draft.status : null;
    const select = h('select', { id, name: 'status' }, Object.entries(ACTION_STATUSES).map(([value, text]) =>
      h('option', { value, selected: value === (pending ?? action.status) }, text)));
    select.addEventListener('change', () => save((plan) => withAction(plan, { id: action.id, status: select.value }),
      { key, draft: { status: select.value }, feedback }));
    if (pending) {
      feedback.append(h('span', { class: 'status-error', role: 'alert' }, CONFLICT_TEXT), ' ',
        h('button', { type: 'button', class: 'button button--small', onclick: () => save(
          (plan) => withAction(plan, { id: action.id, status: select.value }), { key, draft: { status: select.value }, feedback }) },
        'Gem igen'));
    }
    else if (state.flash === key) {
      feedback.append(h('span', { class: 'saved' }, 'Gemt'));
    }
    return h('div', { class: 'plan-action__status' }, h('label', { for: id }, 'Status'), select, feedback);
  }

  function goalEditor(key, goal) {
    const draft = state.conflict?.key === key ? state.conflict.draft : goal;
    const ids = { text: uid('goal-text'), admin: uid('goal-admin'), status: uid('goal-status') };
    const feedback = h('div', { class: 'plan-editor__feedback' },
      state.conflict?.key === key ? h('p', { class: 'status-error', role: 'alert', tabindex: '-1' }, CONFLICT_TEXT) : '');
    const form = h('form', { class: 'plan-editor', novalidate: true },
      h('div', { class: 'field' }, h('label', { for: ids.text }, 'Målet med familiens egne ord'),
        h('textarea', { id: ids.text, name: 'text', rows: '3', maxlength: '500', required: true })),
      h('div', { class: 'field' }, h('label', { for: ids.admin }, 'Forvaltningens mål, det tjener'),
        h('select', { id: ids.admin, name: 'administrationGoal' }, ADMINISTRATIONS.map((a) =>
          h('option', { value: a, selected: a === draft.administrationGoal }, a)))),
      h('div', { class: 'field' }, h('label', { for: ids.status }, 'Status'),
        h('select', { id: ids.status, name: 'status' }, Object.entries(GOAL_STATUSES).map(([value, text]) =>
          h('option', { value, selected: value === draft.status }, text)))),
      feedback,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Gem'),
        h('button', { type: 'button', class: 'button button--secondary',
          onclick: () => { state.open = null; state.conflict = null; render(); } }, 'Annullér')));
    form.elements.text.value = draft.text ?? '';
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = form.elements.text.value.trim();
      if (!text) {
        feedback.replaceChildren(h('p', { class: 'status-error', role: 'alert' }, 'Skriv målet.'));
        form.elements.text.focus();
        return;
      }
      const changed = { id: goal.id, text, member: goal.member ? { id: goal.member.id, firstName: goal.member.firstName } : null,
        administrationGoal: form.elements.administrationGoal.value, status: form.elements.status.value };
      save((plan) => withGoal(plan, changed), { key, draft: changed, feedback });
    });
    return form;
  }

  function actionEditor(key, goal) {
    const draft = state.conflict?.key === key ? state.conflict.draft : { description: '', who: '', due: '' };
    const ids = { what: uid('action-what'), who: uid('action-who'), due: uid('action-due') };
    const team = (state.family.coreTeam ?? []).filter((m) => m.active).map((m) => m.professional);
    const members = state.family.members ?? [];
    const feedback = h('div', { class: 'plan-editor__feedback' },
      state.conflict?.key === key ? h('p', { class: 'status-error', role: 'alert', tabindex: '-1' }, CONFLICT_TEXT) : '');
    const form = h('form', { class: 'plan-editor', novalidate: true },
      h('div', { class: 'field' }, h('label', { for: ids.what }, 'Hvad gøres'),
        h('textarea', { id: ids.what, name: 'description', rows: '2', maxlength: '500', required: true })),
      h('div', { class: 'field' }, h('label', { for: ids.who }, 'Hvem gør det'),
        h('select', { id: ids.who, name: 'who', required: true },
          h('option', { value: '' }, 'Vælg …'),
          h('optgroup', { label: 'Kerneteamet' }, team.map((p) => h('option', { value: `p:${p.id}`, selected: draft.who === `p:${p.id}` },
            `${p.name} (${p.title}, ${p.administration})`))),
          h('optgroup', { label: 'Familien' }, members.map((m) => h('option', { value: `m:${m.id}`, selected: draft.who === `m:${m.id}` },
            m.firstName ?? 'Medlem'))))),
      h('div', { class: 'field' }, h('label', { for: ids.due }, 'Senest (valgfrit)'),
        h('input', { type: 'date', id: ids.due, name: 'due', value: draft.due ?? '' })),
      feedback,
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Gem aftalen'),
        h('button', { type: 'button', class: 'button button--secondary',
          onclick: () => { state.open = null; state.conflict = null; render(); } }, 'Annullér')));
    form.elements.description.value = draft.description ?? '';
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const values = { description: form.elements.description.value.trim(), who: form.elements.who.value, due: form.elements.due.value };
      if (!values.description || !values.who) {
        feedback.replaceChildren(h('p', { class: 'status-error', role: 'alert' },
          !values.description ? 'Skriv hvad der skal gøres.' : 'Vælg hvem der gør det.'));
        (values.description ? form.elements.who : form.elements.description).focus();
        return;
      }
      const [kind, id] = values.who.split(':');
      const professional = kind === 'p' ? team.find((p) => p.id === id) : null;
      const member = kind === 'm' ? members.find((m) => m.id === id) : null;
      const action = { goalId: goal.id, description: values.description, professional, member,
        administration: professional?.administration ?? null, due: values.due || null, status: 'OPEN', principles: [] };
      save((plan) => withAction(plan, action), { key, draft: values, feedback });
    });
    return form;
  }
}
