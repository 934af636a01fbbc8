// The family's consents: what each covers as a grid, recording a new one after the consent conversation, and
// withdrawing all or part of one with a confirmation step.

import { graphql } from '../api.js';
import { h, uid } from '../dom.js';
import { denialAt, denialIndex, otherErrors } from '../logic/access.js';
import { describeWithdrawal } from '../logic/consent-grid.js';
import { fieldErrors, messageFor } from '../logic/errors.js';
import { formatDate, formatDateTime, formatPeriod, todayIso } from '../logic/format.js';
import {
  ADMINISTRATIONS, CATEGORIES, CONSENT_CATEGORIES, CONSENT_STATUSES, FAMILY_ROLES, GRANTOR_REASONS,
  INACTIVE_CONSENT_STATUSES, label, SIGNATURE_METHODS,
} from '../logic/labels.js';
import { FAMILY_CONSENTS, RECORD_CONSENT, SET_CUSTODY, WITHDRAW_CONSENT } from '../queries.js';
import { consentGridTable } from './ConsentGrid.js';
import { guarded } from './ConsentMarker.js';
import { familyHeader } from './FamilyNav.js';
import { errorMessage, loading, successMessage } from './Status.js';

export function mountConsentPanel(container, { familyId }, notice) {
  container.replaceChildren(familyHeader(familyId, null, 'consents', 'Samtykker'), loading('Henter samtykker …'));
  const reload = (message) => mountConsentPanel(container, { familyId }, message);
  graphql(FAMILY_CONSENTS, { id: familyId }).then(({ data, errors }) => {
    const family = data?.family;
    if (!family) {
      container.replaceChildren(familyHeader(familyId, null, 'consents', 'Samtykker'),
        errorMessage(otherErrors(errors)[0] ?? {}, 'Samtykkerne kunne ikke hentes.', () => reload(notice)));
      return;
    }
    const denials = denialIndex(errors);
    const done = notice ? successMessage(notice) : '';
    if (done) {
      done.tabIndex = -1;
    }
    container.replaceChildren(
      familyHeader(familyId, family.name, 'consents', 'Samtykker'),
      done,
      h('div', { class: 'consent-panel' },
        (family.consents ?? []).length
          ? family.consents.map((consent, index) => consentCard(consent, index, denials, reload))
          : h('p', { class: 'notice' }, 'Familien har ikke givet samtykke endnu.'),
        recordSection(family, reload),
        custodySection(family, reload)));
    // After a change the focus goes to its confirmation, not to the page body.
    if (done) {
      done.focus();
    }
  }, (error) => {
    container.replaceChildren(familyHeader(familyId, null, 'consents', 'Samtykker'),
      errorMessage(error, 'Samtykkerne kunne ikke hentes.', () => reload(notice)));
  });
}

function names(members) {
  return (members ?? []).map((member) => member?.firstName ?? 'et medlem').join(', ');
}

function consentCard(consent, index, denials, reload) {
  const path = ['family', 'consents', index];
  const headingId = uid('consent-heading');
  const inactive = INACTIVE_CONSENT_STATUSES.includes(consent.status);
  const by = denialAt(denials, [...path, 'grantors']) || !consent.grantors?.length ? 'familien' : names(consent.grantors);
  const when = consent.signedOn ? `underskrevet ${formatDate(consent.signedOn)}` : `registreret ${formatDate(consent.recordedAt?.slice(0, 10))}`;
  const card = h('article', { class: inactive ? 'consent-card consent-card--inactive' : 'consent-card',
    'aria-labelledby': headingId, 'data-consent-id': consent.id },
    h('h2', { id: headingId }, `Samtykke fra ${by}, ${when}`, ' ',
      h('span', { class: `consent-status consent-status--${consent.status.toLowerCase()}` }, label(CONSENT_STATUSES, consent.status))),
    h('p', { class: 'consent-card__id' }, `Sagsnummer ${consent.id}, version ${consent.version}`),
    h('dl', { class: 'facts' },
      h('dt', null, 'Periode'), h('dd', null, formatPeriod(consent.period)),
      h('dt', null, 'Givet af'), h('dd', null, guarded(denials, [...path, 'grantors'], consent.grantors, names)),
      h('dt', null, 'Gælder for'), h('dd', null, guarded(denials, [...path, 'subjects'], consent.subjects, names)),
      h('dt', null, 'Underskrevet'), h('dd', null, consent.signedOn
        ? `${formatDate(consent.signedOn)}, ${label(SIGNATURE_METHODS, consent.signatureMethod).toLowerCase()}` : 'Ikke underskrevet'),
      h('dt', null, 'Dokument'), h('dd', null, consent.documentReference ?? 'Ikke oplyst'),
      h('dt', null, 'Registreret'), h('dd', null, `${formatDateTime(consent.recordedAt)}${consent.recordedBy ? ` af ${consent.recordedBy.name}` : ''}`),
      consent.withdrawal ? [h('dt', null, 'Tilbagekaldt'), h('dd', null, `${formatDateTime(consent.withdrawal.withdrawnAt)}`
        + `${consent.withdrawal.note ? `: “${consent.withdrawal.note}”` : ''}`)] : ''),
    consentGridTable(consent, consent.status === 'ACTIVE' ? 'Hvad samtykket giver adgang til'
      : `Hvad samtykket ${inactive ? 'gav' : 'vil give'} adgang til (giver ikke adgang nu)`, { inactive }));
  if (['ACTIVE', 'DRAFT', 'AWAITING_SIGNATURE'].includes(consent.status)) {
    const area = h('div', { class: 'withdraw' });
    area.append(h('button', { type: 'button', class: 'button button--danger',
      onclick: () => area.replaceChildren(withdrawForm(consent, area, reload)) }, 'Tilbagekald samtykke'));
    card.append(area);
  }
  return card;
}

function checkboxes(name, legend, options, { checked = () => false, error } = {}) {
  return h('fieldset', { class: 'checkboxes', 'data-name': name, 'aria-describedby': error?.id },
    h('legend', null, legend),
    error,
    options.map(([value, text]) => {
      const id = uid(name);
      return h('div', { class: 'checkbox' },
        h('input', { type: 'checkbox', id, name, value, checked: checked(value) }),
        h('label', { for: id }, text));
    }));
}

function checkedValues(form, name) {
  return [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);
}

function withdrawForm(consent, area, reload) {
  const categories = [...new Set((consent.provisions ?? []).flatMap((p) => p.categories))];
  const recipients = [...new Set((consent.provisions ?? []).flatMap((p) => p.recipients))];
  const subjects = (consent.subjects ?? []).filter(Boolean);
  const wholeId = uid('withdraw-whole');
  const partId = uid('withdraw-part');
  const noteId = uid('withdraw-note');
  const parts = h('div', { class: 'withdraw__parts', hidden: true },
    checkboxes('categories', 'Hvilke oplysninger', categories.map((c) => [c, label(CATEGORIES, c)])),
    checkboxes('recipients', 'For hvilke forvaltninger', recipients.map((a) => [a, a])),
    checkboxes('subjects', 'For hvilke familiemedlemmer', subjects.map((m) => [m.id, m.firstName])));
  const feedback = h('div', { class: 'withdraw__feedback' });
  const form = h('form', { class: 'withdraw__form', novalidate: true },
    h('h3', null, 'Tilbagekald samtykke'),
    h('fieldset', null, h('legend', null, 'Hvad vil familien tilbagekalde?'),
      h('div', { class: 'radio' }, h('input', { type: 'radio', id: wholeId, name: 'scope', value: 'whole', checked: true }),
        h('label', { for: wholeId }, 'Hele samtykket')),
      h('div', { class: 'radio' }, h('input', { type: 'radio', id: partId, name: 'scope', value: 'part' }),
        h('label', { for: partId }, 'En del af samtykket'))),
    parts,
    h('div', { class: 'field' }, h('label', { for: noteId }, 'Hvad sagde familien? (valgfrit)'),
      h('textarea', { id: noteId, name: 'note', maxlength: '1000', rows: '3' })),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'button button--danger' }, 'Gå videre'),
      h('button', { type: 'button', class: 'button button--secondary', onclick: () => reload() }, 'Annullér')),
    feedback);
  form.addEventListener('change', () => {
    parts.hidden = form.elements.scope.value !== 'part';
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const whole = form.elements.scope.value === 'whole';
    const choice = {
      whole,
      categories: whole ? [] : checkedValues(form, 'categories'),
      recipients: whole ? [] : checkedValues(form, 'recipients'),
      subjectIds: whole ? [] : checkedValues(form, 'subjects'),
    };
    if (!whole && !choice.categories.length && !choice.recipients.length && !choice.subjectIds.length) {
      feedback.replaceChildren(h('p', { class: 'status-error', role: 'alert' },
        'Vælg mindst én oplysning, forvaltning eller person – eller vælg “Hele samtykket”.'));
      return;
    }
    feedback.replaceChildren();
    confirmWithdrawal(consent, choice, form.elements.note.value.trim(), subjects, feedback, reload);
  });
  return form;
}

function confirmWithdrawal(consent, choice, note, subjects, feedback, reload) {
  const members = subjects.filter((m) => choice.subjectIds.includes(m.id)).map((m) => m.firstName);
  const headingId = uid('confirm-heading');
  const status = h('div');
  const confirm = h('button', { type: 'button', class: 'button button--danger' }, 'Ja, tilbagekald');
  const dialog = h('dialog', { class: 'confirm-dialog', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, 'Bekræft tilbagekaldelse'),
    h('p', null, describeWithdrawal({ ...choice, members }, { categories: CATEGORIES })),
    h('p', null, 'Det træder i kraft med det samme. Det kan ikke fortrydes her: et nyt samtykke skal registreres.'),
    status,
    h('div', { class: 'actions' }, confirm,
      h('button', { type: 'button', class: 'button button--secondary', onclick: () => dialog.close() }, 'Fortryd')));
  dialog.addEventListener('close', () => dialog.remove());
  confirm.addEventListener('click', async () => {
    confirm.disabled = true;
    status.replaceChildren(loading('Tilbagekalder …'));
    const input = { consentId: consent.id, expectedVersion: consent.version };
    if (note) {
      input.note = note;
    }
    for (const key of ['categories', 'recipients', 'subjectIds']) {
      if (choice[key].length) {
        input[key] = choice[key];
      }
    }
    try {
      const { data, errors } = await graphql(WITHDRAW_CONSENT, { input });
      if (data?.withdrawConsent) {
        dialog.close();
        reload(choice.whole ? 'Samtykket er tilbagekaldt.' : 'Samtykket er delvist tilbagekaldt.');
        return;
      }
      dialog.close();
      feedback.replaceChildren(errorMessage(errors[0] ?? {}, 'Samtykket blev ikke tilbagekaldt.'));
    }
    catch (error) {
      dialog.close();
      feedback.replaceChildren(errorMessage(error, 'Samtykket blev ikke tilbagekaldt.'));
    }
  });
  document.body.append(dialog);
  dialog.showModal();
}

function recordSection(family, reload) {
  const area = h('section', { class: 'record', 'aria-labelledby': 'record-heading' },
    h('h2', { id: 'record-heading' }, 'Registrér samtykke'),
    h('p', null, 'Efter samtykkesamtalen: registrér hvad familien har givet samtykke til.'));
  const open = h('button', { type: 'button', class: 'button', onclick: () => {
    open.remove();
    area.append(recordForm(family, reload));
    area.querySelector('input')?.focus();
  } }, 'Registrér nyt samtykke');
  area.append(open);
  return area;
}

function addYears(iso, years) {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y + years, m - 1, d - 1));
  return date.toISOString().slice(0, 10);
}

function recordForm(family, reload) {
  const today = todayIso();
  const members = (family.members ?? []).map((m) => [m.id,
    `${m.firstName ?? 'Medlem'} (${label(FAMILY_ROLES, m.role)}${m.age != null ? `, ${m.age} år` : ''})`]);
  const adults = new Set((family.members ?? []).filter((m) => m.custodyHolder || (m.age ?? 0) >= 15).map((m) => m.id));
  const ids = { from: uid('from'), to: uid('to'), signedOn: uid('signed'), method: uid('method'), reference: uid('ref'), draft: uid('draft') };
  const errors = {};
  const errorFor = (name) => {
    errors[name] = h('p', { id: uid(`error-${name}`), class: 'field-error', hidden: true });
    return errors[name];
  };
  const grantorsError = errorFor('grantorIds');
  const subjectsError = errorFor('subjectIds');
  const recipientsError = errorFor('recipients');
  const categoriesError = errorFor('categories');
  const periodError = errorFor('period');
  const signedError = errorFor('signedOn');
  const feedback = h('div', { class: 'record__feedback' });
  const form = h('form', { class: 'record__form', novalidate: true },
    checkboxes('grantorIds', 'Hvem giver samtykket? (forældremyndighed, eller unge fra 15 år for sig selv)', members,
      { checked: (id) => adults.has(id), error: grantorsError }),
    checkboxes('subjectIds', 'Hvem handler samtykket om?', members, { checked: () => true, error: subjectsError }),
    checkboxes('recipients', 'Hvilke forvaltninger må få oplysningerne?', ADMINISTRATIONS.map((a) => [a, a]),
      { checked: () => true, error: recipientsError }),
    checkboxes('categories', 'Hvilke oplysninger må deles?', CONSENT_CATEGORIES.map((c) => [c, label(CATEGORIES, c)]),
      { checked: () => true, error: categoriesError }),
    checkboxes('exceptions', 'Undtagen (familien har sagt nej til)', CONSENT_CATEGORIES.map((c) => [c, label(CATEGORIES, c)])),
    h('div', { class: 'field-row' },
      h('div', { class: 'field' }, h('label', { for: ids.from }, 'Gælder fra'),
        h('input', { type: 'date', id: ids.from, name: 'from', value: today, required: true, 'aria-describedby': periodError.id })),
      h('div', { class: 'field' }, h('label', { for: ids.to }, 'Gælder til'),
        h('input', { type: 'date', id: ids.to, name: 'to', value: addYears(today, 2), 'aria-describedby': periodError.id }))),
    periodError,
    h('div', { class: 'field-row' },
      h('div', { class: 'field' }, h('label', { for: ids.signedOn }, 'Underskrevet den'),
        h('input', { type: 'date', id: ids.signedOn, name: 'signedOn', value: today, max: today, required: true, 'aria-describedby': signedError.id })),
      h('div', { class: 'field' }, h('label', { for: ids.method }, 'Underskrevet hvordan'),
        h('select', { id: ids.method, name: 'signatureMethod' },
          Object.entries(SIGNATURE_METHODS).map(([value, text]) => h('option', { value }, text))))),
    signedError,
    h('div', { class: 'field' }, h('label', { for: ids.reference }, 'Reference til det underskrevne dokument (valgfrit)'),
      h('input', { type: 'text', id: ids.reference, name: 'documentReference', maxlength: '100' })),
    h('div', { class: 'checkbox' }, h('input', { type: 'checkbox', id: ids.draft, name: 'draft' }),
      h('label', { for: ids.draft }, 'Gem som kladde (underskrives senere)')),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'button' }, 'Registrér samtykke'),
      h('button', { type: 'button', class: 'button button--secondary', onclick: () => reload() }, 'Annullér')),
    feedback);

  function showErrors(found) {
    let first = null;
    for (const [name, element] of Object.entries(errors)) {
      const message = found[name];
      element.hidden = !message;
      element.textContent = message ?? '';
      if (message && !first) {
        first = form.querySelector(`[data-name="${name}"] input`) ?? form.querySelector(`[aria-describedby="${element.id}"]`);
      }
    }
    for (const fieldset of form.querySelectorAll('fieldset[data-name]')) {
      fieldset.classList.toggle('invalid', Boolean(found[fieldset.dataset.name]));
    }
    first?.focus();
    return Boolean(first) || Object.values(found).some(Boolean);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = {
      familyId: family.id,
      grantorIds: checkedValues(form, 'grantorIds'),
      subjectIds: checkedValues(form, 'subjectIds'),
      provisions: [{
        recipients: checkedValues(form, 'recipients'),
        categories: checkedValues(form, 'categories'),
        exceptions: checkedValues(form, 'exceptions').length ? [{ categories: checkedValues(form, 'exceptions') }] : [],
      }],
      period: { from: form.elements.from.value, to: form.elements.to.value || null },
      signedOn: form.elements.signedOn.value,
      signatureMethod: form.elements.signatureMethod.value,
      documentReference: form.elements.documentReference.value.trim() || null,
      draft: form.elements.draft.checked,
    };
    const found = {
      grantorIds: input.grantorIds.length ? null : 'Vælg mindst én, der giver samtykket.',
      subjectIds: input.subjectIds.length ? null : 'Vælg mindst én, samtykket handler om.',
      recipients: input.provisions[0].recipients.length ? null : 'Vælg mindst én forvaltning.',
      categories: input.provisions[0].categories.length ? null : 'Vælg mindst én slags oplysninger.',
      period: !input.period.from ? 'Angiv hvornår samtykket gælder fra.'
        : (input.period.to && input.period.to < input.period.from ? 'Slutdatoen må ikke ligge før startdatoen.' : null),
      signedOn: !input.signedOn ? 'Angiv hvornår samtykket blev underskrevet.'
        : (input.signedOn > today ? 'Datoen må ikke ligge i fremtiden.' : null),
    };
    if (showErrors(found)) {
      feedback.replaceChildren(h('p', { class: 'status-error', role: 'alert' }, 'Ret de markerede felter.'));
      return;
    }
    feedback.replaceChildren(loading('Registrerer samtykket …'));
    try {
      const { data, errors: problems } = await graphql(RECORD_CONSENT, { input });
      if (data?.recordConsent) {
        reload('Samtykket er registreret.');
        return;
      }
      const fields = fieldErrors(problems);
      const mapped = {};
      for (const [field, message] of Object.entries(fields)) {
        const name = Object.keys(errors).find((key) => field.includes(key)) ?? null;
        if (name) {
          mapped[name] = `Ugyldig: ${message}`;
        }
      }
      // A refused grantor or subject: the server's reason at the field it names.
      for (const problem of problems) {
        const field = problem.extensions?.field;
        const name = field ? Object.keys(errors).find((key) => field.endsWith(key)) : null;
        if (name) {
          mapped[name] = GRANTOR_REASONS[problem.extensions.reason] ?? messageFor(problem);
        }
      }
      const marked = showErrors(mapped);
      feedback.replaceChildren(h('p', { class: 'status-error', role: 'alert' }, 'Samtykket blev ikke registreret. ',
        marked ? 'Ret de markerede felter.' : messageFor(problems[0] ?? {})));
    }
    catch (error) {
      feedback.replaceChildren(errorMessage(error, 'Samtykket blev ikke registreret.'));
    }
  });
  return form;
}

/** Who holds custody of each child, set per child by the coordinator (a consent about a child needs it). */
function custodySection(family, reload) {
  const members = family.members ?? [];
  const children = members.filter((m) => m.role === 'CHILD');
  if (!children.length) {
    return '';
  }
  const adults = members.filter((m) => m.role !== 'CHILD');
  return h('section', { class: 'custody', 'aria-labelledby': 'custody-heading' },
    h('h2', { id: 'custody-heading' }, 'Forældremyndighed'),
    h('p', null, 'Hvem har forældremyndigheden over hvert barn? Samtykke om et barn gives af dem.'),
    children.map((child) => custodyForm(family, child, adults, reload)));
}

function custodyForm(family, child, adults, reload) {
  const history = child.custodyHistory ?? [];
  const current = new Set((history[history.length - 1]?.holders ?? []).map((m) => m?.id));
  const today = todayIso();
  const dateId = uid('custody-from');
  const feedback = h('div', { class: 'custody__feedback' });
  const name = child.firstName ?? 'barnet';
  const form = h('form', { class: 'custody__child', novalidate: true, 'data-child-id': child.id },
    checkboxes('custodyHolderIds', `Forældremyndighed for ${name}`, adults.map((m) => [m.id,
      `${m.firstName ?? 'Medlem'} (${label(FAMILY_ROLES, m.role)})`]), { checked: (id) => current.has(id) }),
    h('p', { class: 'custody__now' }, history.length
      ? `Registreret fra ${formatDate(history[history.length - 1].effectiveFrom)}.` : 'Ikke registreret endnu.'),
    h('div', { class: 'field' }, h('label', { for: dateId }, 'Gælder fra'),
      h('input', { type: 'date', id: dateId, name: 'effectiveFrom', value: today, max: today })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--secondary' },
      'Gem forældremyndighed', h('span', { class: 'visually-hidden' }, ` for ${name}`))),
    feedback);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const holders = checkedValues(form, 'custodyHolderIds');
    if (holders.length > 2) {
      feedback.replaceChildren(h('p', { class: 'status-error', role: 'alert' }, 'Højst to kan have forældremyndigheden.'));
      return;
    }
    feedback.replaceChildren(loading('Gemmer …'));
    try {
      const { data, errors } = await graphql(SET_CUSTODY, { input: { familyId: family.id, expectedVersion: family.version,
        childId: child.id, custodyHolderIds: holders, effectiveFrom: form.elements.effectiveFrom.value || today } });
      if (data?.setCustody) {
        reload(`Forældremyndigheden for ${name} er gemt.`);
        return;
      }
      feedback.replaceChildren(errorMessage(errors[0] ?? {}, 'Forældremyndigheden blev ikke gemt.'));
    }
    catch (error) {
      feedback.replaceChildren(errorMessage(error, 'Forældremyndigheden blev ikke gemt.'));
    }
  });
  return form;
}
