// The client's pages, addressed by the URL fragment. Pure.

const FAMILY_PAGES = {
  '': 'overview',
  samtykke: 'consents',
  plan: 'plan',
  'plan/udskriv': 'print',
  adgangslog: 'access-log',
  overdragelse: 'handover',
  moeder: 'meetings',
};

/** "#/familie/fam-002/plan" → {page: "plan", familyId: "fam-002"}. */
export function parseRoute(hash) {
  const parts = (hash ?? '').replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) {
    return { page: 'families' };
  }
  if (parts[0] === 'familie' && parts[1]) {
    const page = FAMILY_PAGES[parts.slice(2).join('/')];
    return page ? { page, familyId: parts[1] } : { page: 'not-found' };
  }
  if (parts[0] === 'rapporter' && parts.length === 1) {
    return { page: 'reports' };
  }
  return { page: 'not-found' };
}

export function familyHref(familyId, page = 'overview') {
  const sub = Object.entries(FAMILY_PAGES).find(([, name]) => name === page)?.[0] ?? '';
  return `#/familie/${encodeURIComponent(familyId)}${sub ? `/${sub}` : ''}`;
}
