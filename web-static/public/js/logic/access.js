// Which values the caller may not see: CONSENT_REQUIRED errors indexed by their path. Pure.

/** Indexes the CONSENT_REQUIRED errors of a response by path ("family.measures.2.kind"). */
export function denialIndex(errors) {
  const index = new Map();
  for (const error of errors ?? []) {
    const extensions = error.extensions ?? {};
    if (extensions.code === 'CONSENT_REQUIRED' && Array.isArray(error.path)) {
      index.set(error.path.join('.'), { category: extensions.category, reason: extensions.reason });
    }
  }
  return index;
}

/** The denial of the value at the path or of one of its ancestors, or null when the value is visible. */
export function denialAt(index, path) {
  for (let length = path.length; length > 0; length -= 1) {
    const denial = index.get(path.slice(0, length).join('.'));
    if (denial) {
      return denial;
    }
  }
  return null;
}

/** Every denial under a path prefix, e.g. all of "family.measures.2". */
export function denialsUnder(index, path) {
  const prefix = path.join('.');
  const found = [];
  for (const [key, denial] of index) {
    if (key === prefix || key.startsWith(`${prefix}.`)) {
      found.push(denial);
    }
  }
  return found;
}

/** One entry per (category, reason) among the denials, for a summary of what is hidden and why. */
export function summarizeDenials(index) {
  const seen = new Map();
  for (const denial of index.values()) {
    const key = `${denial.category}/${denial.reason}`;
    const entry = seen.get(key) ?? { ...denial, count: 0 };
    entry.count += 1;
    seen.set(key, entry);
  }
  return [...seen.values()];
}

/** The categories a measure can carry: the notices shown in place of withheld measures. */
export const MEASURE_CATEGORIES = ['SOCIAL_CASE_CHILD', 'SOCIAL_CASE_ADULT', 'EMPLOYMENT', 'FINANCE', 'SCHOOL',
  'HEALTH', 'LEISURE'];

/**
 * The withheld-record notices (Family.withheld) merged into the summary of denied fields: one entry per category
 * and reason. Withheld records never appear in the response, so the notices are all the client knows of them.
 */
export function withNotices(summary, notices) {
  const entries = [...summary];
  for (const notice of notices ?? []) {
    if (!entries.some((entry) => entry.category === notice.category && entry.reason === notice.reason)) {
      entries.push({ category: notice.category, reason: notice.reason, count: 0 });
    }
  }
  return entries;
}

/** The notices of the given categories. */
export function noticesOf(notices, categories) {
  return (notices ?? []).filter((notice) => categories.includes(notice.category));
}

/** The errors that are not consent denials: those the user must be told about. */
export function otherErrors(errors) {
  return (errors ?? []).filter((error) => error.extensions?.code !== 'CONSENT_REQUIRED');
}
