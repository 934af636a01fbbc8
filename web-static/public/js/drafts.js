// Unsaved text kept through a session timeout: in this tab's sessionStorage only (gone when the tab closes), removed
// when saved, cancelled or on signing out.

const PREFIX = 'hfi.draft.';
const RETURN_TO = 'hfi.returnTo';
const OWNER = 'hfi.draftOwner';

export function keepDraft(scope, value) {
  try {
    sessionStorage.setItem(PREFIX + scope, JSON.stringify(value));
  }
  catch {
    // A full or disabled storage loses only the safety net, never the edit on screen.
  }
}

export function draftOf(scope) {
  try {
    return JSON.parse(sessionStorage.getItem(PREFIX + scope) ?? 'null');
  }
  catch {
    return null;
  }
}

export function dropDraft(scope) {
  sessionStorage.removeItem(PREFIX + scope);
}

export function dropAllDrafts() {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith(PREFIX)) {
      sessionStorage.removeItem(key);
    }
  }
  sessionStorage.removeItem(RETURN_TO);
  sessionStorage.removeItem(OWNER);
}

/** Notes whose unsaved text the tab holds when a session times out. */
export function rememberDraftOwner(professionalId) {
  if (professionalId) {
    sessionStorage.setItem(OWNER, professionalId);
  }
}

/** Someone else signing in on this tab never sees the previous professional's unsaved text. */
export function keepDraftsOnlyFor(professionalId) {
  const owner = sessionStorage.getItem(OWNER);
  if (owner && owner !== professionalId) {
    dropAllDrafts();
  }
  sessionStorage.removeItem(OWNER);
}

/** Remembers the page to come back to after signing in again. */
export function rememberPage(hash) {
  if (hash && hash !== '#/' && hash !== '#') {
    sessionStorage.setItem(RETURN_TO, hash);
  }
}

/** The page to come back to (once), or null. */
export function takeRememberedPage() {
  const hash = sessionStorage.getItem(RETURN_TO);
  sessionStorage.removeItem(RETURN_TO);
  return hash;
}
