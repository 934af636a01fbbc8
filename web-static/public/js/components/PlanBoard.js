// Familiens Plan as the family's working document: a column per member (and the whole family) with their own
// words, themes, goals and who helps with what. Every change is one item-level mutation checked against that item's
// version, so two people editing different items both land; a change that meets a newer version of the same item
// is kept in its form, on top of the reloaded plan, to be saved again. Typed text is kept in the tab through a
// session timeout. A closed course's plan is read-only.

import { availableMutations, graphql } from '../api.js';
import { h, uid } from '../dom.js';
import { draftOf, dropDraft, keepDraft } from '../drafts.js';
import { denialAt, denialIndex, denialsUnder, otherErrors } from '../logic/access.js';
import { formatDate, formatDateTime } from '../logic/format.js';
import {
  ACTION_STATUSES, ADMINISTRATIONS, FAMILY_ROLES, GOAL_STATUSES, label, PRINCIPLES, THEME_SECTIONS,
} from '../logic/labels.js';
import { actionDoer, planColumns } from '../logic/plan.js';
import { familyHref } from '../logic/routes.js';
import { FAMILY_PLAN, planMutation } from '../queries.js';
import { consentMarker } from './ConsentMarker.js';
import { familyHeader } from './FamilyNav.js';
import { errorMessage, loading } from './Status.js';

const CONFLICT_TEXT = 'En anden har ændret netop dette, mens du arbejdede. Planen er hentet igen, og din ændring står her '
  + 'stadig: se den igennem og gem igen.';

const ITEM_MUTATIONS = ['savePlanGoal', 'savePlanAction', 'savePlanTheme', 'savePlanVoice', 'removePlanItem', 'movePlanItem'];

export function mountPlanBoard(container, { familyId }) {
  const draftScope = `plan.${familyId}`;
  const state = { family: null, plan: null, editable: false, closed: false, meetingsHidden: false, open: null, flash: null,
    conflict: null };
  const announcer = h('div', { class: 'plan-board__announcer', role: 'status' });
  const restored = draftOf(draftScope);
  if (restored?.key) {
    state.open = restored.key;
    state.conflict = { key: restored.key, draft: restored.draft, restored: true };
  }

  load();

  function load() {
    container.replaceChildren(familyHeader(familyId, null, 'plan', 'Familiens Plan'), loading('Henter planen …'));
    Promise.all([graphql(FAMILY_PLAN, { id: familyId }), availableMutations()]).then(([{ data, errors }, mutations]) => {
      const family = data?.family;
      if (!family) {
        container.replaceChildren(familyHeader(familyId, null, 'plan', 'Familiens Plan'),
          errorMessage(otherErrors(errors)[0] ?? {}, 'Planen kunne ikke hentes.', load));
        return;
      }
      document.title = `Familiens Plan – ${family.name} – HFI Familiegraf`;
      const denied = denialAt(denialIndex(errors), ['family', 'plan', 'goals']);
      if (denied) {
        container.replaceChildren(familyHeader(familyId, family.name, 'plan', 'Familiens Plan'),
          h('p', { class: 'plan-hidden' }, consentMarker(denied)));
        return;
      }
      state.family = family;
      state.plan = family.plan;
      noteHiddenMeetings(errors, ['family', 'plan']);
      state.closed = family.course?.status === 'CLOSED';
      state.editable = ITEM_MUTATIONS.every((name) => mutations.has(name)) && !state.closed;
      render();
    }, (error) => container.replaceChildren(familyHeader(familyId, null, 'plan', 'Familiens Plan'),
      errorMessage(error, 'Planen kunne ikke hentes.', load)));
  }

  async function reloadPlan() {
    const { data, errors } = await graphql(FAMILY_PLAN, { id: familyId });
    if (data?.family) {
      state.family = data.family;
      state.plan = data.family.plan;
      noteHiddenMeetings(errors, ['family', 'plan']);
    }
  }

  /**
   * Whether the caller may not read the family's meetings (an action's meetingId came back withheld): the API then
   * removes no action, so the board offers cancelling only.
   */
  function noteHiddenMeetings(errors, planPath) {
    if (denialsUnder(denialIndex(errors), planPath).some((denial) => denial.category === 'MEETING')) {
      state.meetingsHidden = true;
    }
  }

  function open(key, draft = null) {
    state.open = key;
    state.conflict = draft ? { key, draft } : null;
    render();
  }

  function close(focusKey) {
    state.open = null;
    state.conflict = null;
    dropDraft(draftScope);
    render(focusKey);
  }

  /**
   * Runs one plan mutation; `key` names the editor (a conflict reopens it with `draft`), `focusKey` the element that
   * gets the focus after saving. Failures leave the form and what was typed as they are.
   */
  async function change(name, input, { key, draft, feedback, focusKey, announce = 'Planen er gemt' }) {
    feedback.replaceChildren(loading('Gemmer …'));
    try {
      const { data, errors } = await graphql(planMutation(name), { input: { familyId, ...input } });
      if (data?.result?.plan) {
        state.plan = data.result.plan;
        noteHiddenMeetings(errors, ['result', 'plan']);
        state.open = null;
        state.conflict = null;
        state.flash = focusKey ?? key;
        dropDraft(draftScope);
        render(focusKey ?? key);
        announcer.textContent = `${announce} (version ${state.plan.version}).`;
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
      if (error?.code === 'UNAUTHENTICATED') {
        return;
      }
      feedback.replaceChildren(errorMessage(error, 'Ændringen blev ikke gemt.', () => change(name, input,
        { key, draft, feedback, focusKey, announce })));
    }
  }

  /**
   * An editor's life: what is typed is kept in the tab, so that a session timeout loses
   * nothing; on submit, what is missing is said and its field focused, or the values are saved.
   */
  function edit(form, key, feedback, read, { missing, save }) {
    form.addEventListener('input', () => keepDraft(draftScope, { key, draft: read() }));
    form.addEventListener('change', () => keepDraft(draftScope, { key, draft: read() }));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const values = read();
      const problem = missing(values);
      if (problem) {
        feedback.replaceChildren(h('p', { class: 'status-error', role: 'alert' }, problem.message));
        form.elements[problem.field].focus();
        return;
      }
      save(values);
    });
  }

  function render(focusKey) {
    const { family, plan } = state;
    const header = familyHeader(familyId, family.name, 'plan', 'Familiens Plan');
    if (!plan) {
      const feedback = h('div', { class: 'plan-editor__feedback' });
      container.replaceChildren(header, announcer, h('p', { class: 'notice' }, 'Familien har ikke fået en plan endnu.'),
        state.editable ? h('p', null, h('button', { type: 'button', class: 'button', 'data-testid': 'start-plan',
          onclick: () => change('startPlan', {}, { key: 'start', draft: {}, feedback, focusKey: 'start',
            announce: 'Planen er startet' }) }, 'Start familiens plan')) : '',
        feedback);
      return;
    }
    const { columns, looseActions } = planColumns(plan, family.members ?? []);
    const withoutVoice = plan.membersWithoutVoice ?? [];
    let readOnly = '';
    if (state.closed) {
      readOnly = ' Forløbet er afsluttet: planen kan kun læses.';
    }
    else if (!state.editable) {
      readOnly = ' Planen kan kun læses her: API’et kan endnu ikke gemme ændringer.';
    }
    container.replaceChildren(header, announcer,
      h('p', { class: 'plan-board__meta' },
        `Version ${plan.version}`, plan.updatedAt ? `, senest ændret ${formatDateTime(plan.updatedAt)}` : '', '. ',
        h('a', { href: familyHref(familyId, 'print') }, 'Vis planen til udskrift for familien'), '.', readOnly),
      state.conflict?.restored ? h('p', { class: 'notice', role: 'status' },
        'Din ikke-gemte tekst fra før du blev logget ud står i formularen herunder.') : '',
      withoutVoice.length ? h('p', { class: 'flag flag--missing-voice' },
        `Mangler familiens stemme: ${withoutVoice.map((m) => m.firstName).join(', ')}`) : '',
      h('div', { class: 'plan-board' }, columns
        .filter((col) => col.key === 'family' || col.themes.length || col.goals.length || col.voices.length || state.editable)
        .map(planColumn)),
      looseActions.length ? h('section', { class: 'plan-board__loose', 'aria-labelledby': 'loose-heading' },
        h('h2', { id: 'loose-heading' }, 'Andre aftaler'), h('ul', { class: 'plan-actions' }, looseActions.map((a) => actionItem(a, null)))) : '');
    if (state.open) {
      const target = container.querySelector('.plan-editor .status-error, .plan-editor textarea, .plan-editor select');
      target?.focus();
    }
    else if (focusKey) {
      container.querySelector(`[data-focus-key="${CSS.escape(focusKey)}"]`)?.focus();
    }
  }

  function planColumn(col) {
    const title = col.member
      ? `${col.member.firstName}${col.member.role ? ` (${label(FAMILY_ROLES, col.member.role).toLowerCase()})` : ''}`
      : 'Hele familien';
    const headingId = `plan-col-${col.key}`;
    const newGoal = `goal:new:${col.key}`;
    const newTheme = `theme:new:${col.key}`;
    const voiceKey = `voice:${col.key}`;
    const voice = col.voices[0];
    return h('section', { class: 'plan-column', 'aria-labelledby': headingId, 'data-column': col.key },
      h('h2', { id: headingId, tabindex: '-1', 'data-focus-key': `column:${col.key}` }, title),
      state.open === voiceKey ? voiceEditor(voiceKey, col, voice) : col.voices.map((v) => h('blockquote', { class: 'plan-voice' },
        h('p', null, `“${v.said}”`), h('footer', null, `${v.member.firstName}, ${formatDate(v.recordedOn)}`))),
      state.editable && col.member && state.open !== voiceKey ? h('button', { type: 'button',
        class: 'button button--small button--secondary', 'data-focus-key': voiceKey, onclick: () => open(voiceKey) },
      voice ? 'Ret egne ord' : 'Skriv egne ord', h('span', { class: 'visually-hidden' }, ` for ${title}`)) : '',
      col.themes.length ? h('ul', { class: 'plan-themes' }, col.themes.map((theme) => themeItem(theme, title))) : '',
      state.editable ? (state.open === newTheme ? themeEditor(newTheme, col)
        : h('button', { type: 'button', class: 'button button--small button--secondary plan-column__add-theme',
          'data-focus-key': newTheme, onclick: () => open(newTheme) }, 'Tilføj tema',
        h('span', { class: 'visually-hidden' }, ` for ${title}`))) : '',
      col.goals.map((goal, index) => goalCard(goal, col.goals, index)),
      state.editable ? (state.open === newGoal
        ? goalEditor(newGoal, { text: '', administrationGoal: 'SOF', status: 'NOT_STARTED', member: col.member })
        : h('button', { type: 'button', class: 'button button--secondary plan-column__add', 'data-focus-key': newGoal,
          onclick: () => open(newGoal) }, 'Tilføj mål', h('span', { class: 'visually-hidden' }, ` for ${title}`))) : '');
  }

  function themeItem(theme, title) {
    const feedback = h('span', { class: 'plan-theme__feedback' });
    return h('li', { class: 'plan-theme', 'data-theme-id': theme.id },
      h('span', { class: 'plan-theme__section' }, label(THEME_SECTIONS, theme.section)), h('span', { class: 'plan-theme__text' }, theme.text),
      state.editable ? h('button', { type: 'button', class: 'button button--small button--link',
        onclick: () => change('removePlanItem', { kind: 'THEME', itemId: theme.id, expectedVersion: theme.version },
          { key: `theme:${theme.id}`, draft: {}, feedback, focusKey: `column:${theme.member?.id ?? 'family'}`, announce: 'Temaet er fjernet' }) },
      'Fjern', h('span', { class: 'visually-hidden' }, ` temaet “${theme.text}” for ${title}`)) : '', feedback);
  }

  function goalCard(goal, goals, index) {
    const key = `goal:${goal.id}`;
    if (state.open === key) {
      return goalEditor(key, goal);
    }
    const actionKey = `action:new:${goal.id}`;
    const feedback = h('div', { class: 'plan-goal__feedback' });
    const name = ` “${goal.text}”`;
    const moveTo = (before) => change('movePlanItem', { kind: 'GOAL', itemId: goal.id, expectedVersion: goal.version,
      beforeId: before }, { key, draft: goal, feedback, focusKey: `edit:${goal.id}`, announce: 'Målet er flyttet' });
    return h('article', { class: 'plan-goal', 'data-goal-id': goal.id },
      h('h3', null, goal.text),
      h('p', { class: 'plan-goal__meta' },
        h('span', { class: `badge badge--${goal.status.toLowerCase()}` }, label(GOAL_STATUSES, goal.status)),
        ` ${goal.administrationGoal}s mål`,
        state.flash === `edit:${goal.id}` ? h('span', { class: 'saved' }, ' Gemt') : ''),
      goal.actions.length ? h('ul', { class: 'plan-actions', 'aria-label': `Hvem hjælper med målet${name}` },
        goal.actions.map((a) => actionItem(a, goal))) : '',
      state.editable ? h('div', { class: 'plan-goal__tools' },
        h('button', { type: 'button', class: 'button button--small button--secondary', 'data-focus-key': `edit:${goal.id}`,
          onclick: () => open(key) }, 'Redigér mål', h('span', { class: 'visually-hidden' }, name)),
        state.open === actionKey ? '' : h('button', { type: 'button', class: 'button button--small button--secondary',
          'data-focus-key': actionKey, onclick: () => open(actionKey) }, 'Tilføj aftale', h('span', { class: 'visually-hidden' }, ` til målet${name}`)),
        index > 0 ? h('button', { type: 'button', class: 'button button--small button--secondary',
          onclick: () => moveTo(goals[index - 1].id) }, 'Flyt op', h('span', { class: 'visually-hidden' }, `: målet${name}`)) : '',
        index < goals.length - 1 ? h('button', { type: 'button', class: 'button button--small button--secondary',
          onclick: () => moveTo(goals[index + 2]?.id ?? null) }, 'Flyt ned', h('span', { class: 'visually-hidden' }, `: målet${name}`)) : '',
        goal.actions.length ? '' : h('button', { type: 'button', class: 'button button--small button--link',
          onclick: () => change('removePlanItem', { kind: 'GOAL', itemId: goal.id, expectedVersion: goal.version },
            { key, draft: goal, feedback, focusKey: `column:${goal.member?.id ?? 'family'}`, announce: 'Målet er slettet' }) },
        'Slet mål', h('span', { class: 'visually-hidden' }, name))) : '',
      feedback,
      state.open === actionKey ? actionEditor(actionKey, goal) : '');
  }

  function actionItem(action, goal) {
    const key = `action:${action.id}`;
    const overdue = action.due && ['OPEN', 'IN_PROGRESS'].includes(action.status) && action.due < new Date().toISOString().slice(0, 10);
    return h('li', { class: 'plan-action', 'data-action-id': action.id },
      h('p', { class: 'plan-action__what' }, action.description),
      h('p', { class: 'plan-action__who' }, h('strong', null, 'Hvem: '), actionDoer(action),
        action.due ? ` · senest ${formatDate(action.due)}` : '',
        overdue ? h('span', { class: 'flag flag--overdue' }, ' · Overskredet') : '',
        action.meetingId ? ' · aftalt på møde' : '',
        state.editable ? '' : ` · ${label(ACTION_STATUSES, action.status)}`),
      action.principles?.length ? h('p', { class: 'plan-action__principles' },
        action.principles.map((p) => label(PRINCIPLES, p)).join(', ')) : '',
      state.editable ? actionStatus(action, key, goal) : '');
  }

  /** The status is saved on purpose, with the button: choosing with the arrow keys saves nothing. */
  function actionStatus(action, key, goal) {
    const id = uid('action-status');
    const feedback = h('span', { class: 'plan-action__feedback', 'aria-live': 'polite' });
    const pending = state.conflict?.key === key ? state.conflict.draft.status : null;
    const select = h('select', { id, name: 'status', 'data-focus-key': key }, Object.entries(ACTION_STATUSES).map(([value, text]) =>
      h('option', { value, selected: value === (pending ?? action.status) }, text)));
    const what = ` for aftalen “${action.description}”`;
    const saveButton = h('button', { type: 'button', class: 'button button--small', name: 'save-status', hidden: !pending },
      'Gem status', h('span', { class: 'visually-hidden' }, what));
    const save = () => change('savePlanAction', actionInput(action, { status: select.value }),
      { key, draft: { status: select.value }, feedback, focusKey: key, announce: 'Status er gemt' });
    select.addEventListener('change', () => {
      saveButton.hidden = select.value === action.status;
      feedback.replaceChildren(select.value === action.status ? '' : h('span', { class: 'unsaved' }, 'Ikke gemt'));
    });
    saveButton.addEventListener('click', save);
    if (pending) {
      feedback.append(h('span', { class: 'status-error', role: 'alert' }, CONFLICT_TEXT));
    }
    else if (state.flash === key) {
      feedback.append(h('span', { class: 'saved' }, 'Gemt'));
    }
    const removeFeedback = h('span', { class: 'plan-action__feedback' });
    return h('div', { class: 'plan-action__status' }, h('label', { for: id }, 'Status', h('span', { class: 'visually-hidden' }, what)),
      select, saveButton, feedback,
      action.meetingId || state.meetingsHidden ? '' : h('button', { type: 'button', class: 'button button--small button--link',
        onclick: () => change('removePlanItem', { kind: 'ACTION', itemId: action.id, expectedVersion: action.version },
          { key, draft: {}, feedback: removeFeedback, focusKey: goal ? `edit:${goal.id}` : null, announce: 'Aftalen er slettet' }) },
      'Slet aftale', h('span', { class: 'visually-hidden' }, ` “${action.description}”`)), removeFeedback);
  }

  function actionInput(action, changes) {
    const present = (object) => Object.fromEntries(Object.entries(object).filter(([, value]) => value != null));
    return present({ id: action.id, expectedVersion: action.version, goalId: action.goalId, description: action.description,
      professionalId: action.professional?.id, memberId: action.professional ? null : action.member?.id,
      administration: action.administration, due: action.due, status: action.status, ...changes });
  }

  function editorButtons(submitText) {
    return h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, submitText),
      h('button', { type: 'button', class: 'button button--secondary', onclick: () => close() }, 'Annullér'));
  }

  function conflictFeedback(key, saved = '') {
    return h('div', { class: 'plan-editor__feedback' },
      state.conflict?.key === key && !state.conflict.restored
        ? h('p', { class: 'status-error', role: 'alert', tabindex: '-1' }, CONFLICT_TEXT, saved ? ` ${saved}` : '') : '');
  }

  function goalEditor(key, goal) {
    const draft = state.conflict?.key === key ? { ...goal, ...state.conflict.draft } : goal;
    const ids = { text: uid('goal-text'), admin: uid('goal-admin'), status: uid('goal-status') };
    const feedback = conflictFeedback(key, goal.id ? `Nu står der: “${goal.text}”.` : '');
    const form = h('form', { class: 'plan-editor', novalidate: true },
      h('div', { class: 'field' }, h('label', { for: ids.text }, 'Målet med familiens egne ord'),
        h('textarea', { id: ids.text, name: 'text', rows: '3', maxlength: '500', required: true })),
      h('div', { class: 'field' }, h('label', { for: ids.admin }, 'Forvaltningens mål, det tjener'),
        h('select', { id: ids.admin, name: 'administrationGoal' }, ADMINISTRATIONS.map((a) =>
          h('option', { value: a, selected: a === draft.administrationGoal }, a)))),
      h('div', { class: 'field' }, h('label', { for: ids.status }, 'Status'),
        h('select', { id: ids.status, name: 'status' }, Object.entries(GOAL_STATUSES).map(([value, text]) =>
          h('option', { value, selected: value === draft.status }, text)))),
      feedback, editorButtons('Gem'));
    form.elements.text.value = draft.text ?? '';
    const read = () => ({ text: form.elements.text.value, administrationGoal: form.elements.administrationGoal.value,
      status: form.elements.status.value });
    edit(form, key, feedback, read, {
      missing: (values) => (!values.text.trim() ? { message: 'Skriv målet.', field: 'text' } : null),
      save: (values) => {
        const input = { text: values.text.trim(), administrationGoal: values.administrationGoal, status: values.status,
          memberId: goal.member?.id ?? undefined };
        if (goal.id) {
          Object.assign(input, { id: goal.id, expectedVersion: goal.version });
        }
        change('savePlanGoal', input, { key, draft: values, feedback,
          focusKey: goal.id ? `edit:${goal.id}` : key });
      },
    });
    return form;
  }

  function actionEditor(key, goal) {
    const draft = state.conflict?.key === key ? state.conflict.draft : { description: '', who: '', due: '' };
    const ids = { what: uid('action-what'), who: uid('action-who'), due: uid('action-due') };
    const team = (state.family.coreTeam ?? []).filter((m) => m.active).map((m) => m.professional);
    const members = state.family.members ?? [];
    const feedback = conflictFeedback(key);
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
      feedback, editorButtons('Gem aftalen'));
    form.elements.description.value = draft.description ?? '';
    const read = () => ({ description: form.elements.description.value, who: form.elements.who.value, due: form.elements.due.value });
    edit(form, key, feedback, read, {
      missing: (values) => {
        if (!values.description.trim()) {
          return { message: 'Skriv hvad der skal gøres.', field: 'description' };
        }
        return !values.who ? { message: 'Vælg hvem der gør det.', field: 'who' } : null;
      },
      save: (values) => {
        const [kind, id] = values.who.split(':');
        const input = { goalId: goal.id, description: values.description.trim(), due: values.due || undefined,
          professionalId: kind === 'p' ? id : undefined, memberId: kind === 'm' ? id : undefined };
        change('savePlanAction', input, { key, draft: values, feedback, focusKey: `edit:${goal.id}`, announce: 'Aftalen er gemt' });
      },
    });
    return form;
  }

  function themeEditor(key, col) {
    const draft = state.conflict?.key === key ? state.conflict.draft : { section: col.member ? 'PARENT_BURDEN' : 'PRIORITY', text: '' };
    const ids = { section: uid('theme-section'), text: uid('theme-text') };
    const feedback = conflictFeedback(key);
    const form = h('form', { class: 'plan-editor', novalidate: true },
      h('div', { class: 'field' }, h('label', { for: ids.section }, 'Afsnit'),
        h('select', { id: ids.section, name: 'section' }, Object.entries(THEME_SECTIONS).map(([value, text]) =>
          h('option', { value, selected: value === draft.section }, text)))),
      h('div', { class: 'field' }, h('label', { for: ids.text }, 'Temaet med familiens egne ord'),
        h('textarea', { id: ids.text, name: 'text', rows: '2', maxlength: '500', required: true })),
      feedback, editorButtons('Gem temaet'));
    form.elements.text.value = draft.text ?? '';
    const read = () => ({ section: form.elements.section.value, text: form.elements.text.value });
    edit(form, key, feedback, read, {
      missing: (values) => (!values.text.trim() ? { message: 'Skriv temaet.', field: 'text' } : null),
      save: (values) => change('savePlanTheme',
        { section: values.section, text: values.text.trim(), memberId: col.member?.id ?? undefined },
        { key, draft: values, feedback, focusKey: key, announce: 'Temaet er gemt' }),
    });
    return form;
  }

  function voiceEditor(key, col, voice) {
    const draft = state.conflict?.key === key ? state.conflict.draft : { said: voice?.said ?? '' };
    const id = uid('voice-said');
    const feedback = conflictFeedback(key);
    const form = h('form', { class: 'plan-editor', novalidate: true },
      h('div', { class: 'field' }, h('label', { for: id }, `Hvad ${col.member.firstName} selv siger, de ønsker`),
        h('textarea', { id, name: 'said', rows: '3', maxlength: '2000', required: true })),
      feedback, editorButtons('Gem egne ord'));
    form.elements.said.value = draft.said ?? '';
    const read = () => ({ said: form.elements.said.value });
    edit(form, key, feedback, read, {
      missing: (values) => (!values.said.trim() ? { message: 'Skriv hvad de siger.', field: 'said' } : null),
      save: (values) => {
        const said = values.said.trim();
        const input = { memberId: col.member.id, said };
        if (voice) {
          input.expectedVersion = voice.version;
        }
        change('savePlanVoice', input, { key, draft: { said }, feedback, focusKey: key, announce: 'Familiens egne ord er gemt' });
      },
    });
    return form;
  }
}
