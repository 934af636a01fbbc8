// GraphQL-over-HTTP conformance audit (npm graphql-http) against a running server, with a demo bearer token.
// Usage (Node 18+): D=$(mktemp -d) && cp docs/graphql-http-audit.mjs "$D" && cd "$D" \
//   && npm install graphql-http@1 graphql@16 && node graphql-http-audit.mjs http://localhost:8080
import { auditServer } from 'graphql-http';

const base = process.argv[2] ?? 'http://localhost:8080';
const tokenResponse = await fetch(`${base}/demo/token`, {
  method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ professionalId: 'prof-sof-01' }),
});
const { access_token: token } = await tokenResponse.json();
const results = await auditServer({
  url: `${base}/graphql`,
  fetchFn: (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  },
});
let failures = 0;
for (const result of results) {
  if (result.status !== 'ok') {
    console.log(`${result.status.toUpperCase()} ${result.id} ${result.name}: ${result.reason}`);
    if (result.status === 'error') failures++;
  }
}
const count = (status) => results.filter((r) => r.status === status).length;
console.log(`${count('ok')} ok, ${count('warn')} warnings, ${count('error')} errors of ${results.length}`);
process.exit(failures ? 1 : 0);
