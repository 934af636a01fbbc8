// Proof Key for Code Exchange (RFC 7636) helpers for the OpenID Connect sign-in. Pure (Web Crypto only).

export function base64Url(bytes) {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A fresh random string for code_verifier, state or nonce (43 characters). */
export function randomToken() {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** The S256 code_challenge of a code_verifier. */
export async function codeChallenge(verifier) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(digest);
}

/** The authorization request URL; loginHint (optional) tells the provider whom to sign in. */
export function authorizationUrl(endpoint, { clientId, redirectUri, scope, state, nonce, challenge, loginHint }) {
  const url = new URL(endpoint);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('scope', scope);
  url.searchParams.set('state', state);
  url.searchParams.set('nonce', nonce);
  url.searchParams.set('code_challenge', challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  if (loginHint) {
    url.searchParams.set('login_hint', loginHint);
  }
  return url.toString();
}
