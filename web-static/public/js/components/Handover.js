// Overdragelse: one page for a caseworker new to a family. The course so far, the team and who left, the plan and
// its open aftaler (overdue flagged), the last meetings' action minutes, measures, consents, what is withheld from
// this caller and who could give consent, and what changed since this caller's last visit.

import { graphql } from '../api.js';
import { h } from '../dom.js';
import { otherErrors } from '../logic/access.js';
import { formatDate, formatDateTime, formatPeriod, todayIso } from '../logic/format.js';
import { changesSince, consentGivers, lastMeetings, openActions } from '../logic/handover.js';
import {
  ACTION_STATUSES, CATEGORIES, CONSENT_STATUSES, COURSE_STATUSES, DENIAL_REASONS, GOAL_STATUSES, label, MEASURE_KINDS,
  MEASURE_STATUSES, MEETING_KINDS, PROFESSIONAL_ROLES,
} from '../logic/labels.js';
import { actionDoer } from '../logic/plan.js';
import { familyHref } from '../logic/routes.js';
import { HANDOVER } from '../queries.js';
import { familyHeader } from './FamilyNav.js';
import { errorMessage, loading } from './Status.js';

// The day of this professional's last visit per family: an id and a time, no personal data of the family.
const visitKey = (me, familyId) => `hfi.lastVisit.${me?.professional?.id}.${familyId}`;

export function mountHandover(container, { familyId, me }) {
  const load = () => {
    container.replaceChildren(familyHeader(familyId, null, 'handover', 'Overdragelse'), loading('Henter overblikket …'));
    graphql(HANDOVER, { id: familyId }).then(({ data, errors }) => {
      const family = data?.family;
      if (!family) {
        container.replaceChildren(familyHeader(familyId, null, 'handover', 'Overdragelse'),
          errorMessage(otherErrors(errors)[0] ?? {}, 'Overblikket kunne ikke hentes.', load));
        return;
      }
      const key = visitKey(me, familyId);
      const lastVisit = localStorage.getItem(key);
      render(family, lastVisit);
      localStorage.setItem(key, new Date().toISOString());
    }, (error) => container.replaceChildren(familyHeader(familyId, null, 'handover', 'Overdragelse'),
      errorMessage(error, 'Overblikket kunne ikke hentes.', load)));
  };
  load();

  function render(family, lastVisit) {
    const today = todayIso();
    const changes = changesSince(family, lastVisit);
    container.replaceChildren(familyHeader(familyId, family.name, 'handover', 'Overdragelse'),
      h('div', { class: 'handover' },
        part('Nyt siden dit sidste besøg', 'changes', changes === null
          ? h('p', { class: 'notice' }, 'Dit første besøg: alt herunder er nyt for dig.')
          : changes.length === 0 ? h('p', null, `Intet nyt siden ${formatDateTime(lastVisit)}.`)
            : [h('p', null, `Siden ${formatDateTime(lastVisit)}:`), h('ul', null, changes.map((c) => h('li', null, `${formatDate(c.on)}: ${c.text}`)))]),
        part('Forløbet indtil nu', 'course', course(family.course), timeline(family.timeline)),
        part('Teamet', 'team', team(family.coreTeam ?? [])),
        part('Planen og åbne aftaler', 'plan', plan(family.plan, today, familyId)),
        part('De seneste møder', 'meetings', meetings(family.meetings)),
        part('Indsatser', 'measures', measures(family.measures)),
        part('Samtykker', 'consents', consents(family.consents)),
        part('Det du ikke kan se', 'withheld', withheld(family))));
  }
}

function part(title, name, ...content) {
  const id = `handover-${name}`;
  return h('section', { class: 'handover__part', 'aria-labelledby': id, 'data-part': name }, h('h2', { id }, title), content);
}

function course(c) {
  if (!c) {
    return h('p', null, 'Ikke oplyst.');
  }
  return [
    h('p', null, `Status nu: ${label(COURSE_STATUSES, c.status)}. Henvist ${formatDate(c.referredOn)}`,
      c.activatedOn ? `, aktivt fra ${formatDate(c.activatedOn)}` : '', c.closedOn ? `, afsluttet ${formatDate(c.closedOn)}` : '', '.'),
    (c.transitions ?? []).length ? h('ol', { class: 'handover__timeline' }, c.transitions.map((t) => h('li', null,
      `${formatDate(t.on)}: ${label(COURSE_STATUSES, t.to)}`, t.by ? ` (${t.by.name})` : '', t.reason ? ` – ${t.reason}` : ''))) : '',
  ];
}

function timeline(events) {
  const shown = (events ?? []).filter((e) => e?.on).slice(0, 15);
  return shown.length ? [h('h3', null, 'Tidslinje (nyeste først)'), h('ol', { class: 'handover__timeline', reversed: true },
    shown.map((e) => h('li', null, `${formatDate(e.on)}: ${e.summary ?? ''}`, e.by ? ` (${e.by.name})` : '')))] : '';
}

function team(members) {
  const active = members.filter((m) => m.active);
  const former = members.filter((m) => !m.active);
  const row = (m) => h('li', null, `${m.professional.name}, ${m.professional.title ?? label(PROFESSIONAL_ROLES, m.role)} (${m.professional.administration})`,
    m.active ? ` – siden ${formatDate(m.since)}` : ` – ${formatDate(m.since)} til ${formatDate(m.until)}`,
    m.active && m.professional.phone ? ` · ${m.professional.phone}` : '');
  return [
    active.length ? h('ul', null, active.map(row)) : h('p', null, 'Ingen på kerneteamet lige nu.'),
    former.length ? [h('h3', null, 'Har forladt teamet'), h('ul', { class: 'handover__former' }, former.map(row))] : '',
  ];
}

function plan(p, today, familyId) {
  if (!p) {
    return h('p', null, 'Familien har ingen plan endnu, eller du kan ikke se den (se nederst).');
  }
  const open = openActions(p, today);
  return [
    h('p', null, `Version ${p.version}`, p.updatedAt ? `, senest ændret ${formatDateTime(p.updatedAt)}` : '',
      p.updatedBy ? ` af ${p.updatedBy.name}` : '', '. ', h('a', { href: familyHref(familyId, 'plan') }, 'Åbn Familiens Plan'), '.'),
    (p.goals ?? []).length ? h('ul', null, p.goals.map((g) => h('li', null, `${g.text} – ${label(GOAL_STATUSES, g.status)}`))) : '',
    h('h3', null, `Åbne aftaler (${open.length})`),
    open.length ? h('ul', { class: 'handover__actions' }, open.map((a) => h('li', { class: a.overdue ? 'handover__action--overdue' : null },
      a.overdue ? h('strong', { class: 'flag flag--overdue' }, 'Overskredet: ') : '',
      `${a.description} – ${actionDoer(a)}`, a.due ? `, senest ${formatDate(a.due)}` : '',
      ` (${label(ACTION_STATUSES, a.status).toLowerCase()})`))) : h('p', null, 'Ingen åbne aftaler.'),
  ];
}

function meetings(list) {
  const last = lastMeetings(list);
  if (!last.length) {
    return h('p', null, 'Ingen møder registreret, eller du kan ikke se dem (se nederst).');
  }
  return last.map((m) => h('article', { class: 'handover__meeting' },
    h('h3', null, `${formatDate(m.date)}: ${label(MEETING_KINDS, m.kind)}`),
    (m.professionals ?? []).length || (m.members ?? []).length ? h('p', null, 'Deltog: ',
      [...(m.professionals ?? []).map((p) => p.name), ...(m.members ?? []).map((x) => x.firstName)].join(', ')) : '',
    (m.decisions ?? []).length ? [h('h4', null, 'Beslutninger'), h('ul', null, m.decisions.map((d) => h('li', null, d)))] : '',
    (m.actions ?? []).length ? [h('h4', null, 'Handlingsreferat'), h('ul', null, m.actions.map((a) => h('li', null,
      `${a.description} – ${actionDoer(a)}`, a.due ? `, senest ${formatDate(a.due)}` : '', ` (${label(ACTION_STATUSES, a.status).toLowerCase()})`)))] : ''));
}

function measures(list) {
  const shown = (list ?? []).filter(Boolean);
  if (!shown.length) {
    return h('p', null, 'Ingen indsatser, du kan se.');
  }
  return h('ul', null, shown.map((m) => h('li', null, `${label(MEASURE_KINDS, m.kind)} (${m.ownerAdministration})`,
    m.member ? ` for ${m.member.firstName}` : '', m.period ? `, ${formatPeriod(m.period)}` : '', m.status ? ` – ${label(MEASURE_STATUSES, m.status)}` : '')));
}

function consents(list) {
  if (!(list ?? []).length) {
    return h('p', null, 'Familien har ikke givet samtykke endnu.');
  }
  return h('ul', null, list.map((c) => h('li', null,
    `${label(CONSENT_STATUSES, c.status)}: givet af ${(c.grantors ?? []).map((g) => g?.firstName ?? 'familien').join(', ') || 'familien'}`,
    c.signedOn ? `, underskrevet ${formatDate(c.signedOn)}` : '', c.period ? `, ${formatPeriod(c.period)}` : '')));
}

function withheld(family) {
  const notices = family.withheld ?? [];
  if (!notices.length) {
    return h('p', null, 'Du kan se alt, familien har givet samtykke til at dele med dig.');
  }
  return h('ul', { class: 'handover__withheld' }, notices.map((n) => {
    const givers = consentGivers(family.myAccess, n.category);
    return h('li', { 'data-category': n.category }, h('strong', null, label(CATEGORIES, n.category)), `: ${label(DENIAL_REASONS, n.reason)}.`,
      givers.length ? ` Kan gives af: ${givers.join(', ')}.` : ' Tal med familiens koordinerende sagsbehandler om samtykke.');
  }));
}
