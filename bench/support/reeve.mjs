/**
 * Reeve on a forked reference server, as the benchmarks drive it over loopback HTTP: users made through the admin API
 * (docs/reeve-api.md §6), the OAuth dance through the fake provider's `decision=approve` shortcut, API-key connect,
 * and subscriptions (endpoint 7).
 */

const json = { 'content-type': 'application/json' };

/** Calls the admin API; throws on a non-2xx answer. */
export async function admin(server, method, path, body) {
  const response = await fetch(`${server.baseUrl}/__admin${path}`, { method, headers: json, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await response.text();
  if (!response.ok) throw new Error(`Admin ${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** A fresh Reeve user with a session token. */
export async function reeveUser(server, label) {
  const user = await admin(server, 'POST', '/reeve/users', { email: `bench.${label}.${process.pid}@example.com`, name: `Bench ${label}` });
  const { token } = await admin(server, 'POST', '/reeve/sessions', { user_id: user.id });
  return { id: user.id, token };
}

/** One request to the Reeve API with the user's session; redirects are answers, never followed. */
export async function reeve(server, token, method, pathAndQuery, body) {
  const response = await fetch(`${server.baseUrl}${pathAndQuery}`, {
    method,
    redirect: 'manual',
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : json) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

function expectStatus(answer, status, what) {
  if (answer.status !== status) throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer;
}

/** authorize → consent with decision=approve → callback: the four steps a user's browser takes, minus the page. */
export async function oauthDance(server, token, provider, query = {}) {
  const search = new URLSearchParams(query).toString();
  const authorized = expectStatus(await reeve(server, token, 'GET', `/api/oauth/${provider}/authorize${search ? `?${search}` : ''}`), 200, 'Authorize');
  const consentUrl = new URL(authorized.body.auth_url);
  consentUrl.searchParams.set('decision', 'approve');
  const consent = await fetch(`${server.baseUrl}${consentUrl.pathname}${consentUrl.search}`, { redirect: 'manual' });
  await consent.arrayBuffer();
  if (consent.status !== 302) throw new Error(`The consent page answered ${consent.status}, not a redirect`);
  const back = new URL(consent.headers.get('location')).search;
  const connected = expectStatus(await reeve(server, token, 'GET', `/api/oauth/${provider}/callback${back}`), 200, 'The callback');
  if (connected.body.connected !== true) throw new Error(`The callback did not connect: ${JSON.stringify(connected.body)}`);
  return connected.body;
}

export async function connectWithKey(server, token, provider, apiKey) {
  return expectStatus(await reeve(server, token, 'POST', '/api/connectors/connect', { provider, api_key: apiKey }), 200, 'Connect').body;
}

/** The connection's webhook URL and secret, from the stored rows (only the admin API shows them). */
export async function webhookOf(server, userId, provider) {
  const { connections } = await admin(server, 'GET', `/reeve/connections?user_id=${userId}`);
  const row = connections.find((connection) => connection.provider === provider);
  if (!row?.webhook) throw new Error(`No webhook URL for the ${provider} connection`);
  return row.webhook;
}

export async function subscribe(server, token, url, events) {
  return expectStatus(await reeve(server, token, 'POST', '/api/connectors/webhooks', { url, events }), 201, 'Creating the subscription').body;
}
