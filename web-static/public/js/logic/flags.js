// Flags and next meeting of a family in the list. Pure.

import { daysBetween } from './format.js';

/**
 * The flags to show for a family: consent expiring within 30 days, withdrawn or expired; course longer than
 * 12 months; members without a voice in the plan.
 */
export function familyFlags(family, today) {
  const flags = [];
  const consents = family.consents ?? [];
  const active = consents.filter((consent) => consent.status === 'ACTIVE');
  const expiring = active.find((consent) => consent.period?.to && daysBetween(today, consent.period.to) <= 30);
  if (expiring) {
    flags.push({ kind: 'consent-expiring', text: `Samtykket udløber om ${daysBetween(today, expiring.period.to)} dage` });
  }
  if (active.length === 0 && consents[0]?.status === 'WITHDRAWN') {
    flags.push({ kind: 'consent-withdrawn', text: 'Samtykket er tilbagekaldt' });
  }
  else if (active.length === 0 && consents[0]?.status === 'EXPIRED') {
    flags.push({ kind: 'consent-expired', text: 'Samtykket er udløbet' });
  }
  const course = family.course;
  if (course && course.status !== 'CLOSED') {
    const start = course.activatedOn ?? course.referredOn;
    if (start && daysBetween(start, today) > 365) {
      flags.push({ kind: 'long-course', text: 'Forløbet har varet over 12 måneder' });
    }
  }
  const withoutVoice = family.plan?.membersWithoutVoice;
  if (Array.isArray(withoutVoice) && withoutVoice.length > 0) {
    const count = withoutVoice.length;
    flags.push({ kind: 'missing-voice', text: `${count} ${count === 1 ? 'medlem' : 'medlemmer'} uden stemme i planen` });
  }
  return flags;
}

/** The first meeting on or after today, or null. Meetings whose date is hidden are skipped. */
export function nextMeeting(meetings, today) {
  const upcoming = (meetings ?? []).filter((meeting) => meeting?.date && meeting.date >= today);
  upcoming.sort((a, b) => a.date.localeCompare(b.date));
  return upcoming[0] ?? null;
}
