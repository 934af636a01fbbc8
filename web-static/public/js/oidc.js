// OpenID Connect authorization-code flow with PKCE against the configured issuer, or in demo mode the application's
// own authorization server (the browser tests sign in through it). The code verifier and state live in
// sessionStorage only during the redirect.

import { authorizationUrl, codeChallenge, randomToken } from './logic/pkce.js';

const PENDING_KEY = 'hfi.oidc.pending';
const END_SESSION_KEY = 'hfi.oidc.endSession';

async function discover(issuer) {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) {
    throw new Error('discovery');
  }
  return response.json();
}

function redirectUri() {
  return `${window.location.origin}/`;
}

/** Sends the browser to the identity provider; loginHint names whom to sign in (demo mode's choice). */
export async function startSignIn(oidc, { loginHint } = {}) {
  const metadata = await discover(oidc.issuer);
  const verifier = randomToken();
  const state = randomToken();
  const nonce = randomToken();
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({
    verifier, state, tokenEndpoint: metadata.token_endpoint, endSessionEndpoint: metadata.end_session_endpoint,
  }));
  window.location.assign(authorizationUrl(metadata.authorization_endpoint, {
    clientId: oidc.clientId,
    redirectUri: redirectUri(),
    scope: oidc.scope ?? 'openid',
    state,
    nonce,
    challenge: await codeChallenge(verifier),
    loginHint,
  }));
}

/**
 * Completes a sign-in when the browser returns from the identity provider with ?code=…&state=…: removes them
 * from the address bar and exchanges the code for an access token. Resolves to the token, or null when this
 * page load is not a return from the provider.
 */
export async function completeSignIn(oidc) {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('code') && !params.has('error')) {
    return null;
  }
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.hash}`);
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null');
  sessionStorage.removeItem(PENDING_KEY);
  if (params.has('error') || !pending || params.get('state') !== pending.state || !oidc) {
    throw new Error('sign-in');
  }
  const response = await fetch(pending.tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: params.get('code'),
      redirect_uri: redirectUri(),
      client_id: oidc.clientId,
      code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) {
    throw new Error('token');
  }
  const body = await response.json();
  // Demo mode's own server needs no sign-out there: choosing another professional ends its session (login_hint).
  if (pending.endSessionEndpoint && new URL(oidc.issuer).origin !== window.location.origin) {
    sessionStorage.setItem(END_SESSION_KEY, pending.endSessionEndpoint);
  }
  return body.access_token;
}

/**
 * Signs out at the identity provider too (RP-initiated logout), which comes back to the client's page afterwards;
 * without it the provider's session signs the next person at this browser in as the last one, without asking.
 * Sends no token (the provider asks to confirm instead). Returns false when there is no provider session to end.
 */
export function signOutAtProvider(oidc) {
  const endpoint = sessionStorage.getItem(END_SESSION_KEY);
  sessionStorage.removeItem(END_SESSION_KEY);
  if (!endpoint || !oidc) {
    return false;
  }
  const url = new URL(endpoint);
  url.searchParams.set('client_id', oidc.clientId);
  url.searchParams.set('post_logout_redirect_uri', redirectUri());
  window.location.assign(url);
  return true;
}
