// What a caseworker new to a family (or back after a while) needs first. Pure.

const OPEN = ['OPEN', 'IN_PROGRESS'];

/** Open actions of the plan, overdue first, each with `overdue`. */
export function openActions(plan, today) {
  return (plan?.actions ?? [])
    .filter((a) => OPEN.includes(a.status))
    .map((a) => ({ ...a, overdue: Boolean(a.due && a.due < today) }))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.due ?? '9999').localeCompare(b.due ?? '9999'));
}

/** The last `count` meetings, newest first. */
export function lastMeetings(meetings, count = 3) {
  return [...(meetings ?? [])].filter((m) => m?.date).sort((a, b) => b.date.localeCompare(a.date)).slice(0, count);
}

/** What changed after `since` (an ISO instant), as short Danish lines; null `since` means a first visit. */
export function changesSince(family, since) {
  if (!since) {
    return null;
  }
  // Dates of the course are Copenhagen days; the last visit is an instant.
  const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date(since));
  const changes = [];
  for (const t of family.course?.transitions ?? []) {
    if (t.on > day) {
      changes.push({ on: t.on, text: `Forløbet skiftede til ${t.to}` });
    }
  }
  for (const member of family.coreTeam ?? []) {
    if (member.since > day) {
      changes.push({ on: member.since, text: `${member.professional.name} kom på kerneteamet` });
    }
    if (member.until && member.until > day) {
      changes.push({ on: member.until, text: `${member.professional.name} stoppede på kerneteamet` });
    }
  }
  if (family.plan?.updatedAt && family.plan.updatedAt > since) {
    changes.push({ on: family.plan.updatedAt.slice(0, 10), text: `Planen er ændret (nu version ${family.plan.version})` });
  }
  for (const meeting of family.meetings ?? []) {
    if (meeting?.date && meeting.date > day) {
      changes.push({ on: meeting.date, text: 'Møde med handlingsreferat' });
    }
  }
  for (const consent of family.consents ?? []) {
    if (consent.recordedAt && consent.recordedAt > since) {
      changes.push({ on: consent.recordedAt.slice(0, 10), text: 'Samtykke registreret eller ændret' });
    }
  }
  for (const measure of family.measures ?? []) {
    if (measure?.period?.from && measure.period.from > day) {
      changes.push({ on: measure.period.from, text: 'Ny indsats' });
    }
  }
  return changes.sort((a, b) => b.on.localeCompare(a.on));
}

/** For each withheld category: who could give consent, from the caller's access per member. */
export function consentGivers(myAccess, category) {
  const names = new Set();
  for (const access of myAccess ?? []) {
    for (const c of access.categories ?? []) {
      if (c.category === category && !c.visible) {
        for (const grantor of c.wouldBePermittedBy?.grantors ?? []) {
          names.add(grantor.firstName);
        }
      }
    }
  }
  return [...names];
}
