// The marker shown instead of a value the caller may not see: never an empty field.

import { h } from '../dom.js';
import { denialAt } from '../logic/access.js';
import { CATEGORIES, DENIAL_REASONS, label } from '../logic/labels.js';

export function consentMarker(denial) {
  const category = label(CATEGORIES, denial.category);
  return h('span', { class: 'consent-marker', 'data-category': denial.category, 'data-reason': denial.reason },
    h('span', { class: 'consent-marker__label' }, `Kræver samtykke: ${category}`),
    h('span', { class: 'consent-marker__reason' }, label(DENIAL_REASONS, denial.reason)));
}

/** The value at a path, its consent marker when denied, or "Ikke oplyst" when there is none. */
export function guarded(denials, path, value, format = (v) => String(v)) {
  const denial = denialAt(denials, path);
  if (denial) {
    return consentMarker(denial);
  }
  if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) {
    return h('span', { class: 'not-given' }, 'Ikke oplyst');
  }
  const formatted = format(value);
  return formatted instanceof Node ? formatted : h('span', null, formatted);
}
