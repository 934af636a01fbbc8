// Møder og indsatser: the family's meetings with their action minutes, recording a meeting (its actions go on the
// plan, linked to the meeting), and the measures: recording one and ending one.

import { graphql } from '../api.js';
import { h, uid } from '../dom.js';
import { draftOf, dropDraft, keepDraft } from '../drafts.js';
import { noticesOf, otherErrors } from '../logic/access.js';
import { formatDate, formatPeriod, todayIso } from '../logic/format.js';
import { lastMeetings } from '../logic/handover.js';
import {
  ACTION_STATUSES, CATEGORIES, DENIAL_REASONS, label, MEASURE_KINDS, MEASURE_STATUSES, MEETING_KINDS,
} from '../logic/labels.js';
import { actionDoer } from '../logic/plan.js';
import { FAMILY_MEETINGS, RECORD_MEASURE, RECORD_MEETING, UPDATE_MEASURE } from '../queries.js';
import { familyHeader } from './FamilyNav.js';
import { errorMessage, loading, successMessage } from './Status.js';

export function mountMeetings(container, { familyId }, notice) {
  const reload = (message) => mountMeetings(container, { familyId }, message);
  const title = 'Møder og indsatser';
  container.replaceChildren(familyHeader(familyId, null, 'meetings', title), loading('Henter møder og indsatser …'));
  graphql(FAMILY_MEETINGS, { id: familyId }).then(({ data, errors }) => {
    const family = data?.family;
    if (!family) {
      container.replaceChildren(familyHeader(familyId, null, 'meetings', title),
        errorMessage(otherErrors(errors)[0] ?? {}, 'Møderne kunne ikke hentes.', () => reload(notice)));
      return;
    }
    const done = notice ? successMessage(notice) : '';
    if (done) {
      done.tabIndex = -1;
    }
    container.replaceChildren(familyHeader(familyId, family.name, 'meetings', title), done,
      h('section', { class: 'meetings', 'aria-labelledby': 'meetings-heading' },
        h('h2', { id: 'meetings-heading' }, 'Møder'),
        meetingList(family.meetings ?? [], family.withheld),
        meetingForm(family, reload)),
      h('section', { class: 'measures-page', 'aria-labelledby': 'measures-heading' },
        h('h2', { id: 'measures-heading' }, 'Indsatser'),
        measureList(family.measures ?? [], family.withheld, reload),
        measureForm(family, data.measureCatalogue ?? [], reload)));
    if (done) {
      done.focus();
    }
  }, (error) => container.replaceChildren(familyHeader(familyId, null, 'meetings', title),
    errorMessage(error, 'Møderne kunne ikke hentes.', () => reload(notice))));
}

function withheldNotes(withheld, categories) {
  return noticesOf(withheld, categories).map((n) => h('p', { class: 'notice' },
    `Skjult for dig: ${label(CATEGORIES, n.category)} (${label(DENIAL_REASONS, n.reason).toLowerCase()}).`));
}

function meetingList(meetings, withheld) {
  const shown = lastMeetings(meetings, meetings.length);
  return [withheldNotes(withheld, ['MEETING']),
    shown.length ? shown.map((m) => h('article', { class: 'meeting', 'data-meeting-id': m.id },
      h('h3', null, `${formatDate(m.date)}: ${label(MEETING_KINDS, m.kind)}`),
      (m.decisions ?? []).length ? h('ul', null, m.decisions.map((d) => h('li', null, d))) : '',
      (m.actions ?? []).length ? [h('h4', null, 'Handlingsreferat'), h('ul', null, m.actions.map((a) => h('li', null,
        `${a.description} – ${actionDoer(a)}`, a.due ? `, senest ${formatDate(a.due)}` : '',
        ` (${label(ACTION_STATUSES, a.status).toLowerCase()})`)))] : '')) : h('p', null, 'Ingen møder registreret.')];
}

function meetingForm(family, reload) {
  const scope = `meeting.${family.id}`;
  const saved = draftOf(scope);
  const team = (family.coreTeam ?? []).filter((m) => m.active).map((m) => m.professional);
  const members = family.members ?? [];
  const ids = { kind: uid('kind'), date: uid('date'), decisions: uid('decisions') };
  const actions = h('div', { class: 'meeting-form__actions' });
  const feedback = h('div', { class: 'meeting-form__feedback' });
  const whoOptions = (selected) => [h('option', { value: '' }, 'Vælg …'),
    h('optgroup', { label: 'Kerneteamet' }, team.map((p) => h('option', { value: `p:${p.id}`, selected: selected === `p:${p.id}` }, `${p.name} (${p.administration})`))),
    h('optgroup', { label: 'Familien' }, members.map((m) => h('option', { value: `m:${m.id}`, selected: selected === `m:${m.id}` }, m.firstName ?? 'Medlem')))];
  const addAction = (values = {}) => {
    const n = actions.children.length + 1;
    const row = { what: uid('what'), who: uid('who'), due: uid('due') };
    const fieldset = h('fieldset', { class: 'meeting-form__action' }, h('legend', null, `Aftale ${n}`),
      h('div', { class: 'field' }, h('label', { for: row.what }, 'Hvad gøres'),
        h('input', { type: 'text', id: row.what, name: 'actionWhat', maxlength: '500', value: values.what ?? '' })),
      h('div', { class: 'field' }, h('label', { for: row.who }, 'Hvem gør det'), h('select', { id: row.who, name: 'actionWho' }, whoOptions(values.who))),
      h('div', { class: 'field' }, h('label', { for: row.due }, 'Senest (valgfrit)'),
        h('input', { type: 'date', id: row.due, name: 'actionDue', value: values.due ?? '' })));
    actions.append(fieldset);
    return fieldset;
  };
  const form = h('form', { class: 'meeting-form', novalidate: true },
    h('h3', null, 'Registrér et møde'),
    h('div', { class: 'field-row' },
      h('div', { class: 'field' }, h('label', { for: ids.kind }, 'Slags møde'),
        h('select', { id: ids.kind, name: 'kind' }, Object.entries(MEETING_KINDS).map(([value, text]) =>
          h('option', { value, selected: value === (saved?.kind ?? 'CORE_TEAM') }, text)))),
      h('div', { class: 'field' }, h('label', { for: ids.date }, 'Dato'),
        h('input', { type: 'date', id: ids.date, name: 'date', value: saved?.date ?? todayIso(), max: todayIso() }))),
    h('fieldset', { class: 'checkboxes' }, h('legend', null, 'Deltagere'),
      [...team.map((p) => [`p:${p.id}`, p.name]), ...members.map((m) => [`m:${m.id}`, m.firstName ?? 'Medlem'])].map(([value, text]) => {
        const id = uid('present');
        return h('div', { class: 'checkbox' }, h('input', { type: 'checkbox', id, name: 'present', value,
          checked: saved ? saved.present?.includes(value) : false }), h('label', { for: id }, text));
      })),
    h('div', { class: 'field' }, h('label', { for: ids.decisions }, 'Beslutninger (én pr. linje)'),
      h('textarea', { id: ids.decisions, name: 'decisions', rows: '3' })),
    h('h4', null, 'Handlingsreferat: hvem gør hvad til hvornår'),
    actions,
    h('p', null, h('button', { type: 'button', class: 'button button--secondary', onclick: () => addAction().querySelector('input')?.focus() },
      'Tilføj en aftale mere')),
    feedback,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Registrér mødet')));
  form.elements.decisions.value = saved?.decisions ?? '';
  (saved?.actions?.length ? saved.actions : [{}]).forEach(addAction);
  // Sent as the recording's retry key and kept with the draft: sending the same draft again (the answer was lost)
  // completes the first recording instead of recording the meeting twice.
  const retryKey = saved?.retryKey ?? newRetryKey();
  const read = () => ({
    retryKey,
    kind: form.elements.kind.value,
    date: form.elements.date.value,
    present: [...form.querySelectorAll('input[name=present]:checked')].map((i) => i.value),
    decisions: form.elements.decisions.value,
    actions: [...actions.children].map((f) => ({ what: f.querySelector('[name=actionWhat]').value,
      who: f.querySelector('[name=actionWho]').value, due: f.querySelector('[name=actionDue]').value })),
  });
  form.addEventListener('input', () => keepDraft(scope, read()));
  form.addEventListener('change', () => keepDraft(scope, read()));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = read();
    const filled = values.actions.filter((a) => a.what.trim() || a.who);
    const incomplete = filled.find((a) => !a.what.trim() || !a.who);
    if (!values.date || incomplete) {
      feedback.replaceChildren(h('p', { class: 'status-error', role: 'alert' },
        !values.date ? 'Angiv mødets dato.' : 'Hver aftale skal have både hvad der gøres og hvem der gør det.'));
      return;
    }
    const split = (value) => value.split(':');
    const input = {
      id: values.retryKey, familyId: family.id, kind: values.kind, date: values.date,
      professionalIds: values.present.filter((v) => v.startsWith('p:')).map((v) => split(v)[1]),
      memberIds: values.present.filter((v) => v.startsWith('m:')).map((v) => split(v)[1]),
      decisions: values.decisions.split('\n').map((d) => d.trim()).filter(Boolean),
      actions: filled.map((a) => {
        const [kind, id] = split(a.who);
        return Object.fromEntries(Object.entries({ description: a.what.trim(), professionalId: kind === 'p' ? id : null,
          memberId: kind === 'm' ? id : null, due: a.due || null }).filter(([, v]) => v != null));
      }),
    };
    feedback.replaceChildren(loading('Registrerer mødet …'));
    try {
      const { data, errors } = await graphql(RECORD_MEETING, { input });
      if (data?.recordMeeting) {
        dropDraft(scope);
        reload(`Mødet er registreret${input.actions.length ? `, og ${input.actions.length} aftale(r) står nu på planen` : ''}.`);
        return;
      }
      feedback.replaceChildren(errorMessage(errors[0] ?? {}, 'Mødet blev ikke registreret.'));
    }
    catch (error) {
      if (error?.code !== 'UNAUTHENTICATED') {
        feedback.replaceChildren(errorMessage(error, 'Mødet blev ikke registreret.'));
      }
    }
  });
  return form;
}

function measureList(measures, withheld, reload) {
  const shown = measures.filter(Boolean);
  return [withheldNotes(withheld, ['SOCIAL_CASE_CHILD', 'SOCIAL_CASE_ADULT', 'EMPLOYMENT', 'FINANCE', 'SCHOOL', 'HEALTH', 'LEISURE']),
    shown.length ? h('ul', { class: 'measure-list' }, shown.map((m) => {
      const feedback = h('span');
      const name = `${label(MEASURE_KINDS, m.kind)}${m.member ? ` for ${m.member.firstName}` : ''}`;
      return h('li', { 'data-measure-id': m.id }, `${name} (${m.ownerAdministration}), ${formatPeriod(m.period)} – ${label(MEASURE_STATUSES, m.status)}`,
        m.status !== 'ENDED' ? [' ', h('button', { type: 'button', class: 'button button--small button--secondary', onclick: async () => {
          feedback.replaceChildren(loading('Afslutter …'));
          try {
            const today = todayIso();
            const { data, errors } = await graphql(UPDATE_MEASURE, { input: { measureId: m.id, expectedVersion: m.version,
              status: 'ENDED', period: { from: m.period?.from ?? today, to: today } } });
            if (data?.updateMeasure) {
              reload(`${name} er afsluttet.`);
              return;
            }
            feedback.replaceChildren(errorMessage(errors[0] ?? {}, 'Indsatsen blev ikke afsluttet.'));
          }
          catch (error) {
            feedback.replaceChildren(errorMessage(error, 'Indsatsen blev ikke afsluttet.'));
          }
        } }, 'Afslut', h('span', { class: 'visually-hidden' }, ` ${name}`))] : '', feedback);
    })) : h('p', null, 'Ingen indsatser, du kan se.')];
}

function measureForm(family, catalogue, reload) {
  const ids = { kind: uid('measure-kind'), member: uid('measure-member'), from: uid('measure-from'), basis: uid('measure-basis') };
  const feedback = h('div');
  const form = h('form', { class: 'measure-form', novalidate: true },
    h('h3', null, 'Registrér en indsats'),
    h('div', { class: 'field' }, h('label', { for: ids.kind }, 'Indsats'),
      h('select', { id: ids.kind, name: 'kind' }, catalogue.map((k) => h('option', { value: k.kind }, `${k.name} (${k.ownerAdministration})`)))),
    h('div', { class: 'field' }, h('label', { for: ids.member }, 'For hvem'),
      h('select', { id: ids.member, name: 'memberId' }, (family.members ?? []).map((m) => h('option', { value: m.id }, m.firstName ?? 'Medlem')))),
    h('div', { class: 'field-row' },
      h('div', { class: 'field' }, h('label', { for: ids.from }, 'Fra'), h('input', { type: 'date', id: ids.from, name: 'from', value: todayIso() })),
      h('div', { class: 'field' }, h('label', { for: ids.basis }, 'Hjemmel (valgfri)'), h('input', { type: 'text', id: ids.basis, name: 'legalBasis', maxlength: '200' }))),
    feedback,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, 'Registrér indsatsen')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = { familyId: family.id, memberId: form.elements.memberId.value, kind: form.elements.kind.value,
      period: { from: form.elements.from.value || todayIso() } };
    const basis = form.elements.legalBasis.value.trim() || catalogue.find((k) => k.kind === input.kind)?.typicalLegalBasis;
    if (basis) {
      input.legalBasis = basis;
    }
    feedback.replaceChildren(loading('Registrerer …'));
    try {
      const { data, errors } = await graphql(RECORD_MEASURE, { input });
      if (data?.recordMeasure) {
        reload('Indsatsen er registreret.');
        return;
      }
      feedback.replaceChildren(errorMessage(errors[0] ?? {}, 'Indsatsen blev ikke registreret.'));
    }
    catch (error) {
      feedback.replaceChildren(errorMessage(error, 'Indsatsen blev ikke registreret.'));
    }
  });
  return form;
}

/** 32 random hex digits (crypto.randomUUID needs a secure context; this does not). */
function newRetryKey() {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
