// The family overview: members and relations, core team, consents, measures, meetings and course. Every value
// the caller may not see shows a consent marker with the reason.

import { graphql } from '../api.js';
import { h } from '../dom.js';
import {
  denialIndex, denialsUnder, MEASURE_CATEGORIES, noticesOf, otherErrors, summarizeDenials, withNotices,
} from '../logic/access.js';
import { formatDate, formatDkk, formatPeriod } from '../logic/format.js';
import {
  ADMINISTRATION_NAMES, CATEGORIES, CONSENT_STATUSES, COURSE_STATUSES, DENIAL_REASONS, DISTRICTS, FAMILY_ROLES, label,
  MEASURE_KINDS, MEASURE_STATUSES, MEETING_KINDS, PROFESSIONAL_ROLES, RELATION_KINDS,
} from '../logic/labels.js';
import { FAMILY_OVERVIEW, MY_ACCESS } from '../queries.js';
import { consentGridTable } from './ConsentGrid.js';
import { consentMarker, guarded } from './ConsentMarker.js';
import { familyHeader } from './FamilyNav.js';
import { errorMessage, loading } from './Status.js';

export function mountFamilyOverview(container, { familyId, me }) {
  container.replaceChildren(familyHeader(familyId, null, 'overview'), loading('Henter familien …'));
  graphql(FAMILY_OVERVIEW, { id: familyId }).then(({ data, errors }) => {
    const family = data?.family;
    if (!family) {
      container.replaceChildren(familyHeader(familyId, null, 'overview'),
        errorMessage(otherErrors(errors)[0] ?? {}, 'Familien kunne ikke hentes.', () => mountFamilyOverview(container, { familyId, me })));
      return;
    }
    document.title = `${family.name ?? family.id} – HFI Familiegraf`;
    const denials = denialIndex(errors);
    const problems = otherErrors(errors);
    const base = ['family'];
    const summary = hiddenSummary(denials, me, family.withheld);
    container.replaceChildren(
      familyHeader(familyId, family.name, 'overview'),
      problems.length ? errorMessage(problems[0], 'Nogle oplysninger kunne ikke hentes.') : '',
      summary,
      h('div', { class: 'overview' },
        section('Familien', 'household',
          h('dl', { class: 'facts' },
            h('dt', null, 'Bydel'), h('dd', null, guarded(denials, [...base, 'district'], family.district, (d) => label(DISTRICTS, d))),
            h('dt', null, 'Adresse'), h('dd', null, guarded(denials, [...base, 'household'], family.household,
              (a) => `${a.street}, ${a.postalCode} ${a.city}`)))),
        section('Medlemmer og relationer', 'members', membersTable(family, denials)),
        section('Kerneteam', 'core-team', coreTeamTable(family.coreTeam)),
        section('Samtykker', 'consents', consentsSummary(family, denials)),
        section('Indsatser', 'measures', measuresTable(family.measures, denials),
          withheldNotices(noticesOf(family.withheld, MEASURE_CATEGORIES))),
        section('Møder', 'meetings', meetingsList(family.meetings, denials)),
        section('Forløb', 'course', courseTimeline(family.course))));
    if (summary) {
      addGrantors(summary, familyId);
    }
  }, (error) => {
    container.replaceChildren(familyHeader(familyId, null, 'overview'), errorMessage(error, 'Familien kunne ikke hentes.', () => mountFamilyOverview(container, { familyId, me })));
  });
}

function section(title, name, ...content) {
  const id = `section-${name}`;
  return h('section', { class: `overview__section overview__section--${name}`, 'aria-labelledby': id },
    h('h2', { id }, title), ...content);
}

/** What is hidden and why, and what consent would show it. */
function hiddenSummary(denials, me, withheld) {
  const summary = withNotices(summarizeDenials(denials), withheld);
  if (summary.length === 0) {
    return '';
  }
  const administration = me?.professional?.administration;
  return h('aside', { class: 'hidden-summary', 'aria-labelledby': 'hidden-summary-heading' },
    h('h2', { id: 'hidden-summary-heading' }, 'Nogle oplysninger er skjult for dig'),
    h('ul', null, summary.map((entry) => h('li', { 'data-category': entry.category },
      h('strong', null, `Kræver samtykke: ${label(CATEGORIES, entry.category)}`), ' – ',
      `${label(DENIAL_REASONS, entry.reason)}.`))),
    administration
      ? h('p', null, `Et samtykke fra familien, der giver ${administration} (${ADMINISTRATION_NAMES[administration]}) `
        + 'adgang til disse oplysninger, ville vise dem.')
      : '');
}

/** Adds who would have to give the consent, when the API explains the caller's access (Family.myAccess). */
async function addGrantors(summary, familyId) {
  let access;
  try {
    access = (await graphql(MY_ACCESS, { id: familyId })).data?.family?.myAccess;
  }
  catch {
    return;
  }
  const grantors = new Map();
  for (const member of access ?? []) {
    for (const entry of member.categories ?? []) {
      const names = (entry.wouldBePermittedBy?.grantors ?? []).map((grantor) => grantor.firstName).filter(Boolean);
      if (!entry.visible && names.length) {
        grantors.set(entry.category, new Set([...(grantors.get(entry.category) ?? []), ...names]));
      }
    }
  }
  for (const item of summary.querySelectorAll('li[data-category]')) {
    const names = grantors.get(item.dataset.category);
    if (names) {
      item.append(h('span', { class: 'hidden-summary__grantors' }, ` Samtykket kan gives af ${[...names].join(', ')}.`));
    }
  }
}

function membersTable(family, denials) {
  const members = family.members ?? [];
  return h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': 'Medlemmer' },
    h('table', { class: 'data-table members' },
      h('thead', null, h('tr', null, ['Navn', 'Rolle', 'Alder', 'CPR', 'Telefon', 'E-mail', 'Bor hjemme', 'Forældremyndighed',
        'Relationer'].map((text) => h('th', { scope: 'col' }, text)))),
      h('tbody', null, members.map((member, index) => {
        const path = ['family', 'members', index];
        const field = (name, format) => h('td', { 'data-field': name }, guarded(denials, [...path, name], member[name], format));
        return h('tr', { 'data-member-id': member.id },
          h('th', { scope: 'row' }, guarded(denials, [...path, 'firstName'], member.firstName,
            () => `${member.firstName} ${member.lastName ?? ''}`.trim())),
          field('role', (role) => label(FAMILY_ROLES, role)),
          field('age', (age) => `${age} år`),
          field('cpr', (cpr) => h('span', { class: 'nowrap' }, cpr)),
          field('phone'),
          field('email'),
          field('livesInHousehold', yesNo),
          field('custodyHolder', yesNo),
          field('relations', (relations) => h('ul', { class: 'plain-list' }, relations.map((relation) =>
            h('li', null, `${label(RELATION_KINDS, relation.kind)}: ${relation.member?.firstName ?? ''}`)))));
      }))));
}

function yesNo(value) {
  return value ? 'Ja' : 'Nej';
}

function coreTeamTable(coreTeam) {
  const active = (coreTeam ?? []).filter((membership) => membership.active);
  const former = (coreTeam ?? []).filter((membership) => !membership.active);
  const rows = (memberships) => memberships.map((membership) => {
    const professional = membership.professional;
    return h('tr', null,
      h('th', { scope: 'row' }, professional.name),
      h('td', null, `${professional.title || label(PROFESSIONAL_ROLES, membership.role)} (${professional.administration})`),
      h('td', null, professional.phone ? h('a', { href: `tel:${professional.phone}` }, professional.phone) : h('span', { class: 'not-given' }, 'Ikke oplyst')),
      h('td', null, professional.email ? h('a', { href: `mailto:${professional.email}` }, professional.email) : h('span', { class: 'not-given' }, 'Ikke oplyst')),
      h('td', null, membership.active ? `siden ${formatDate(membership.since)}` : `${formatDate(membership.since)} – ${formatDate(membership.until)}`));
  });
  const head = h('thead', null, h('tr', null, ['Navn', 'Funktion', 'Telefon', 'E-mail', 'Periode'].map((text) => h('th', { scope: 'col' }, text))));
  return [
    h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': 'Kerneteam' },
      h('table', { class: 'data-table' }, head, h('tbody', null, rows(active)))),
    former.length ? h('details', { class: 'former-team' }, h('summary', null, `Tidligere medlemmer (${former.length})`),
      h('table', { class: 'data-table' }, head.cloneNode(true), h('tbody', null, rows(former)))) : '',
  ];
}

function consentsSummary(family, denials) {
  const consents = family.consents ?? [];
  if (consents.length === 0) {
    return h('p', { class: 'notice' }, 'Familien har ikke givet samtykke. Kun navne og roller og hver forvaltnings egne oplysninger kan ses.');
  }
  const names = (members) => (members ?? []).map((m) => m?.firstName ?? 'et medlem').join(', ') || 'ikke oplyst';
  return consents.map((consent, index) => h('div', { class: 'consent-summary', 'data-consent-id': consent.id },
    h('p', null, h('span', { class: `consent-status consent-status--${consent.status.toLowerCase()}` }, label(CONSENT_STATUSES, consent.status)),
      ` ${formatPeriod(consent.period)}. Givet af `,
      // Who granted tells who holds custody: without FAMILY_RELATIONS the list is empty, with a denial at its path.
      guarded(denials, ['family', 'consents', index, 'grantors'], consent.grantors, names),
      `, gælder for ${names(consent.subjects)}.`),
    consent.withdrawal ? h('p', null, `Tilbagekaldt ${formatDate(consent.withdrawal.withdrawnAt)}.`) : '',
    consentGridTable(consent, consent.status === 'ACTIVE' ? 'Hvad samtykket giver adgang til'
      : `Hvad samtykket gav adgang til (${label(CONSENT_STATUSES, consent.status).toLowerCase()}: giver ikke adgang nu)`)));
}

/** In place of records the caller may not read: one marker per category, never a row per hidden record. */
function withheldNotices(notices) {
  if (!notices.length) {
    return '';
  }
  return h('ul', { class: 'measures withheld-notices', 'aria-label': 'Indsatser, der ikke vises for dig' },
    notices.map((notice) => h('li', null, consentMarker(notice))));
}

function measuresTable(measures, denials) {
  if (!measures?.length) {
    return h('p', { class: 'not-given' }, 'Ingen indsatser registreret.');
  }
  return h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': 'Indsatser' },
    h('table', { class: 'data-table measures' },
      h('thead', null, h('tr', null, ['Indsats', 'Forvaltning', 'For', 'Periode', 'Status', 'Lovgrundlag', 'Udgift']
        .map((text) => h('th', { scope: 'col' }, text)))),
      h('tbody', null, measures.map((measure, index) => {
        const path = ['family', 'measures', index];
        const hidden = denialsUnder(denials, path);
        if (hidden.length && measure.kind == null) {
          // The whole record is withheld: one marker for the row rather than seven.
          return h('tr', { class: 'measures__hidden', 'data-measure-id': measure.id },
            h('th', { scope: 'row' }, `Indsats (${label(CATEGORIES, measure.category).toLowerCase()})`),
            h('td', null, measure.ownerAdministration),
            h('td', { colspan: '5' }, consentMarker(hidden[0])));
        }
        const field = (name, format) => h('td', null, guarded(denials, [...path, name], measure[name], format));
        return h('tr', { 'data-measure-id': measure.id },
          h('th', { scope: 'row' }, guarded(denials, [...path, 'kind'], measure.kind, (kind) => {
            const leisure = measure.leisure ? ` – ${measure.leisure.activity}, ${measure.leisure.provider}` : '';
            return `${label(MEASURE_KINDS, kind)}${leisure}`;
          })),
          h('td', null, measure.ownerAdministration),
          field('member', (member) => member.firstName),
          field('period', formatPeriod),
          field('status', (status) => label(MEASURE_STATUSES, status)),
          field('legalBasis'),
          field('yearlyCostDkk', formatDkk));
      }))));
}

function meetingsList(meetings, denials) {
  if (!meetings?.length) {
    return h('p', { class: 'not-given' }, 'Ingen møder registreret.');
  }
  const items = meetings.map((meeting, index) => {
    const path = ['family', 'meetings', index];
    const hidden = denialsUnder(denials, path);
    if (hidden.length && meeting.date == null) {
      return h('li', { class: 'meeting' }, consentMarker(hidden[0]));
    }
    return h('li', { class: 'meeting' },
      h('p', { class: 'meeting__title' }, h('strong', null, formatDate(meeting.date)), ` – ${label(MEETING_KINDS, meeting.kind)}`),
      h('p', { class: 'meeting__who' }, 'Deltagere: ',
        [...(meeting.professionals ?? []).map((p) => p.name), ...(meeting.members ?? []).map((m) => m.firstName)].join(', ') || 'ikke oplyst'),
      meeting.decisions?.length
        ? h('ul', { class: 'meeting__decisions' }, meeting.decisions.map((decision) => h('li', null, decision)))
        : '');
  });
  // Newest first: the latest three, and the rest on request.
  return [
    h('ol', { class: 'meetings' }, items.slice(0, 3)),
    items.length > 3 ? h('details', { class: 'meetings__older' }, h('summary', null, `Ældre møder (${items.length - 3})`),
      h('ol', { class: 'meetings' }, items.slice(3))) : '',
  ];
}

function courseTimeline(course) {
  if (!course) {
    return '';
  }
  return [
    h('p', null, h('strong', null, label(COURSE_STATUSES, course.status)), ` – henvist ${formatDate(course.referredOn)}`,
      course.activatedOn ? `, aktivt fra ${formatDate(course.activatedOn)}` : '',
      course.closedOn ? `, afsluttet ${formatDate(course.closedOn)}` : ''),
    h('ol', { class: 'timeline' }, (course.transitions ?? []).map((transition) => h('li', null,
      h('strong', null, formatDate(transition.on)), ` ${label(COURSE_STATUSES, transition.to)}`,
      transition.by ? ` (${transition.by.name})` : '', transition.reason ? `: ${transition.reason}` : ''))),
  ];
}
