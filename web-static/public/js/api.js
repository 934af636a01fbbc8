// The only I/O with the server: GraphQL over fetch('/graphql') with the bearer token, the demo directory and the
// client's configuration (sign-in itself is the OpenID Connect flow in oidc.js).
// The token lives in memory and sessionStorage (gone when the tab closes), never in a URL.

const TOKEN_KEY = 'hfi.token';

let token = sessionStorage.getItem(TOKEN_KEY);

export function signedIn() {
  return Boolean(token);
}

export function setToken(value) {
  token = value;
  sessionStorage.setItem(TOKEN_KEY, value);
}

export function clearToken() {
  token = null;
  sessionStorage.removeItem(TOKEN_KEY);
}

/** An error the user must be told about; code is one of the API's codes or NETWORK. */
export class ApiError extends Error {
  constructor(code, message) {
    super(message ?? code);
    this.code = code;
    this.extensions = { code };
  }
}

/**
 * fetch, with the failures every call shares: NETWORK when no response arrives; with {authorized}, the bearer
 * token, and UNAUTHENTICATED (ending the session) without a token or on 401.
 */
async function request(url, { authorized = false, headers = {}, ...options } = {}) {
  if (authorized && !token) {
    throw new ApiError('UNAUTHENTICATED');
  }
  let response;
  try {
    response = await fetch(url, {
      ...options,
      headers: authorized ? { ...headers, Authorization: `Bearer ${token}` } : headers,
    });
  }
  catch {
    throw new ApiError('NETWORK');
  }
  if (authorized && response.status === 401) {
    clearToken();
    window.dispatchEvent(new CustomEvent('sessionExpired'));
    throw new ApiError('UNAUTHENTICATED');
  }
  return response;
}

/** Runs a GraphQL operation; resolves to {data, errors} (errors include CONSENT_REQUIRED denials). */
export async function graphql(query, variables = {}) {
  const response = await request('/graphql', {
    authorized: true,
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => null);
  if (!body || (body.data === undefined && !body.errors)) {
    throw new ApiError('INTERNAL');
  }
  return { data: body.data ?? null, errors: body.errors ?? [] };
}

/**
 * An evaluation report as CSV (GET /reports/{fileName}.csv) with the bearer token in the header: resolves to
 * {blob, text, fileName}, the file name as the server gives it.
 */
export async function reportCsv(fileName, { period, district }) {
  const query = new URLSearchParams({ period });
  if (district) {
    query.set('district', district);
  }
  const response = await request(`/reports/${encodeURIComponent(fileName)}.csv?${query}`, {
    authorized: true,
    headers: { Accept: 'text/csv' },
  });
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    throw new ApiError(body?.errors?.[0]?.extensions?.code ?? 'INTERNAL');
  }
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const named = /filename="([^"]+)"/.exec(disposition);
  return { blob, text: await blob.text(), fileName: named ? named[1] : `${fileName}.csv` };
}

/** The demo directory, or null when demo mode is off. */
export async function demoDirectory() {
  const response = await request('/demo/professionals', { headers: { Accept: 'application/json' } });
  if (response.status === 404) {
    return null;
  }
  if (!response.ok) {
    throw new ApiError('INTERNAL');
  }
  return response.json();
}

/** The client's configuration (OpenID Connect issuer and client id), or defaults when not served. */
export async function clientConfig() {
  try {
    const response = await request('/client-config', { headers: { Accept: 'application/json' } });
    return response.ok ? await response.json() : { oidc: null };
  }
  catch {
    return { oidc: null };
  }
}

let mutations = null;

/**
 * The names of the mutations the API offers (asked once): features appear as the API grows. A failed look-up is
 * not remembered: it rejects, and the next call asks again.
 */
export async function availableMutations() {
  if (!mutations) {
    mutations = graphql('query Mutations { __schema { mutationType { fields { name } } } }')
      .then(({ data }) => {
        if (!data?.__schema) {
          throw new ApiError('INTERNAL');
        }
        return new Set((data.__schema.mutationType?.fields ?? []).map((field) => field.name));
      });
    mutations.catch(() => { mutations = null; });
  }
  return mutations;
}
