// A consent's provisions as an administration × category grid. Pure.

import { ADMINISTRATIONS, CONSENT_CATEGORIES } from './labels.js';

export const CELL_LABELS = {
  permitted: 'Ja',
  partial: 'Delvist',
  excepted: 'Undtaget',
  none: 'Nej',
};

/**
 * For each administration and category: "permitted", "partial" (denied for some members), "excepted" (denied by
 * an exception) or "none" (not in any provision). Deny wins over permit.
 */
export function consentGrid(consent) {
  const provisions = consent?.provisions ?? [];
  return ADMINISTRATIONS.map((administration) => ({
    administration,
    cells: CONSENT_CATEGORIES.map((category) => ({ category, state: cellState(provisions, administration, category) })),
  }));
}

function cellState(provisions, administration, category) {
  let permitted = false;
  let partial = false;
  for (const provision of provisions) {
    const covers = provision.recipients.includes(administration) && provision.categories.includes(category);
    for (const exception of provision.exceptions ?? []) {
      // An exception without recipients applies to all of its provision's recipients.
      const recipients = (exception.recipients ?? []).length ? exception.recipients : provision.recipients;
      if (exception.categories.includes(category) && recipients.includes(administration)) {
        if ((exception.subjects ?? []).length === 0) {
          return 'excepted';
        }
        partial = true;
      }
    }
    permitted = permitted || covers;
  }
  if (!permitted) {
    return 'none';
  }
  return partial ? 'partial' : 'permitted';
}

/** A plain-language summary of a withdrawal before it is confirmed. */
export function describeWithdrawal({ whole, categories, recipients, members }, labels) {
  if (whole) {
    return 'Hele samtykket tilbagekaldes. Ingen forvaltning kan derefter se oplysninger, som kun samtykket gav adgang til.';
  }
  const parts = [];
  if (categories.length) {
    parts.push(`om ${categories.map((c) => labels.categories[c] ?? c).join(', ')}`);
  }
  if (recipients.length) {
    parts.push(`for ${recipients.join(', ')}`);
  }
  if (members.length) {
    parts.push(`for ${members.join(', ')}`);
  }
  return `Samtykket tilbagekaldes delvist: ${parts.join(' og ')}.`;
}
