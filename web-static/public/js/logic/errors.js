// Understandable Danish messages for the API's error codes. Pure.

import { CATEGORIES } from './labels.js';

const MESSAGES = {
  UNAUTHENTICATED: 'Du er ikke logget ind, eller din session er udløbet. Log ind igen.',
  FORBIDDEN: 'Du har ikke adgang til dette.',
  NOT_FOUND: 'Findes ikke, eller du er ikke med i familiens team.',
  BAD_USER_INPUT: 'Nogle oplysninger er ikke udfyldt korrekt. Ret de markerede felter.',
  CONFLICT: 'En anden har ændret oplysningerne, siden du hentede dem. Intet er gemt: hent siden igen og prøv på ny.',
  CAPACITY_REACHED: 'Der er ikke plads lige nu.',
  NETWORK: 'Kunne ikke få forbindelse til serveren. Tjek din forbindelse og prøv igen.',
};

/** A message for one GraphQL error (or a client-side error with a code). */
export function messageFor(error) {
  const extensions = error?.extensions ?? {};
  const code = extensions.code ?? error?.code;
  if (code === 'INTERNAL') {
    if (extensions.classification === 'NullValueInNonNullableField') {
      return 'Serveren kan ikke udføre denne handling endnu.';
    }
    return extensions.correlationId
      ? `Der skete en uventet fejl på serveren. Oplys fejlkoden ${extensions.correlationId} til support.`
      : 'Der skete en uventet fejl på serveren. Prøv igen senere.';
  }
  if (code === 'FORBIDDEN' && CATEGORIES[extensions.category]) {
    // The operation changes or gives data of a category the family's consent keeps from the caller.
    return `Du har ikke adgang til dette: det kræver, at familiens samtykke giver dig adgang til «${CATEGORIES[extensions.category]}».`;
  }
  return MESSAGES[code] ?? 'Handlingen kunne ikke udføres. Prøv igen senere.';
}

/** The invalid input fields of a BAD_USER_INPUT error: {"input.grantorIds": "message", ...}. */
export function fieldErrors(errors) {
  const fields = {};
  for (const error of errors ?? []) {
    const listed = error.extensions?.fields;
    if (Array.isArray(listed)) {
      for (const field of listed) {
        if (typeof field === 'string') {
          fields[field] = 'Ugyldig værdi';
        }
        else if (field && field.field) {
          fields[field.field] = field.message ?? 'Ugyldig værdi';
        }
      }
    }
    else if (listed && typeof listed === 'object') {
      Object.assign(fields, listed);
    }
  }
  return fields;
}
