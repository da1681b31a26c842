/**
 * The dashboard's Webhooks, Data and Controls views in a real browser (issue 19; the harness and the other views are
 * dashboard.test.ts'): a key made in Controls works and its request shows in Traffic; a fault added there hits; a
 * failed delivery redelivered from Webhooks succeeds; a jump of the clock refreshes, then expires, a Reeve connection
 * in Data. No console error, nothing beyond loopback, axe-core clean in both themes, a screenshot of each view.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REEVE_DEMO_CONNECTIONS, REEVE_DEMO_USERS } from '../../fixtures/reeve-demo';
import { startDashboard, type ColorScheme, type DashboardSession } from '../support/browser';

let session: DashboardSession;
beforeAll(async () => {
  // The whole retry schedule (about three days) in a few seconds, so a delivery can fail for good within the test.
  session = await startDashboard({ timeScale: 0.00001 });
});
afterAll(() => session?.close());

afterEach(() => {
  expect(session.errors).toEqual([]);
  expect(session.foreignRequests()).toEqual([]);
});

const API = '/api/v1/public';

async function call(method: string, path: string, options: { key?: string; body?: unknown } = {}): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any -- answers of many shapes
  const response = await fetch(`${session.baseUrl}${path}`, {
    method,
    headers: { ...(options.key ? { 'x-api-key': options.key } : {}), ...(options.body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : JSON.parse(text) };
}

function demoWorkspaceId(): string {
  const id = session.server.seeded?.workspace.id;
  if (!id) throw new Error('The dashboard session has no seeded workspace.');
  return id;
}

function fullAccessKey(): string {
  const key = session.server.seeded?.keys.find((candidate) => candidate.permissions.length > 1 && !candidate.expired)?.key;
  if (!key) throw new Error('The demo has no key with every permission.');
  return key;
}

async function firstAccountId(): Promise<string> {
  const page = await call('GET', `/__admin/workspaces/${demoWorkspaceId()}/records/accounts?limit=1`);
  return page.body.records[0].id;
}

/** Waits until `check` holds, asking again every 100 ms (no timing is asserted: jest's timeout bounds it). */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test("a key created in Controls works, and its request shows in Traffic under the key's name", async () => {
  await session.open('#/controls');
  const page = session.page;
  const form = page.getByRole('form', { name: 'Create an API key' });
  await form.getByLabel('Key name').fill('e2e reader');
  await form.getByRole('checkbox', { name: /Accounts Read/ }).check();
  await form.getByRole('button', { name: 'Create key' }).click();
  const key = (await page.getByLabel('The new API key').textContent())?.trim() ?? '';
  expect(key).not.toBe('');
  await page.getByRole('table', { name: /API keys of the workspace/ }).getByRole('cell', { name: 'e2e reader', exact: true }).waitFor();
  await session.screenshot('controls');

  const path = `${API}/accounts/${await firstAccountId()}`;
  expect((await call('GET', `${path}?payload_type=json`, { key })).status).toBe(200);
  expect((await call('POST', `${API}/accounts?payload_type=json`, { key, body: { name: 'Refused' } })).status).toBe(403);

  await session.open('#/traffic');
  const row = page.locator('tbody tr', { hasText: path });
  await row.first().waitFor();
  await expect(row.first().textContent()).resolves.toContain('e2e reader');
});

test('a fault added in Controls hits the next matching request: Traffic shows its status, Controls its hit count', async () => {
  await session.open('#/controls');
  const page = session.page;
  const form = page.getByRole('form', { name: 'Add a fault rule' });
  const template = `${API}/accounts/{account_id}`;
  await form.getByLabel('Method').fill('GET');
  await form.getByLabel('Path').fill(template);
  await form.getByLabel('Answer with status').fill('503');
  await form.getByLabel('Times').fill('1');
  await form.getByRole('button', { name: 'Add fault' }).click();
  const rules = page.getByRole('table', { name: /Fault rules/ });
  const row = rules.getByRole('row').filter({ hasText: template });
  await row.waitFor();
  await expect(row.getByRole('cell').last().textContent()).resolves.toBe('0');

  const path = `${API}/accounts/${await firstAccountId()}?payload_type=json`;
  expect((await call('GET', path, { key: fullAccessKey() })).status).toBe(503);
  expect((await call('GET', path, { key: fullAccessKey() })).status).toBe(200);

  await session.open('#/traffic');
  await page.locator('tbody tr', { hasText: path.split('?')[0] as string }).getByText('503', { exact: false }).first().waitFor();
  await session.open('#/controls');
  await page.getByRole('button', { name: 'Refresh rules' }).click();
  await row.getByRole('cell').last().getByText('1', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Clear all faults' }).click();
  await rules.getByText('No fault rules').waitFor();
});

describe('a receiver on loopback that fails, then accepts', () => {
  let receiver: Server;
  let accepting = false;
  const received: IncomingHttpHeaders[] = [];
  beforeAll(async () => {
    receiver = createServer((request, response) => {
      received.push(request.headers);
      request.resume();
      request.on('end', () => response.writeHead(accepting ? 204 : 500).end());
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  test('a failed delivery, redelivered from Webhooks, succeeds', async () => {
    const { port } = receiver.address() as AddressInfo;
    const key = fullAccessKey();
    const subscribed = await call('POST', `${API}/webhooks?payload_type=json`, { key, body: { url: `http://127.0.0.1:${port}/hook`, events: ['account.created'] } });
    expect(subscribed.status).toBe(201);
    const users = await call('GET', `/__admin/workspaces/${demoWorkspaceId()}/records/users?limit=1`);
    const created = await call('POST', `${API}/accounts?payload_type=json`, { key, body: { name: 'Receiver Test Co', owner_email: users.body.records[0].email, official_website: 'https://receiver.example' } });
    expect(created.status).toBe(200);
    const [failed] = await eventually(
      async (): Promise<{ id: string; state: string; attempts: unknown[] }[]> => (await call('GET', `/__admin/webhooks/deliveries?workspace_id=${demoWorkspaceId()}&order=newest&limit=1`)).body,
      (deliveries) => deliveries[0]?.state === 'failed',
    );
    if (!failed) throw new Error('No delivery failed.');
    expect(failed.attempts.length).toBeGreaterThan(1);

    accepting = true;
    await session.open('#/webhooks');
    const page = session.page;
    await page.getByRole('button', { name: failed.id, exact: true }).click();
    const detail = page.locator('.detail').filter({ has: page.getByRole('heading', { name: `Delivery ${failed.id}` }) });
    await detail.getByText('failed', { exact: true }).first().waitFor();
    await detail.getByRole('region', { name: `Payload of ${failed.id}` }).getByText('Receiver Test Co', { exact: false }).waitFor();
    await detail.getByRole('region', { name: 'Headers of attempt 1', exact: true }).getByText('webhook-signature', { exact: false }).waitFor();
    await detail.getByRole('button', { name: `Redeliver ${failed.id}` }).click();

    const again = page.locator('.detail').filter({ hasText: `Redelivery of${failed.id}` });
    await again.getByText('delivered', { exact: true }).first().waitFor();
    const redelivery = (await again.getByRole('heading').first().textContent())?.replace('Delivery ', '') ?? '';
    await page.getByRole('table', { name: 'Webhook deliveries, newest first' }).getByRole('row').filter({ hasText: redelivery }).getByText('delivered', { exact: true }).waitFor();
    expect(received.at(-1)?.['webhook-signature']).toMatch(/^v1,/);
    await session.screenshot('webhooks');
  });
});

test('a session made in Controls is shown once, listed masked, and refused once revoked there', async () => {
  await session.open('#/controls');
  const page = session.page;
  await page.getByRole('form', { name: 'Create a session' }).getByRole('button', { name: 'Create session' }).click();
  const token = (await page.getByLabel('The new session token').textContent())?.trim() ?? '';
  expect(token).toMatch(/^[0-9a-f-]{36}$/);
  const listConnections = () => fetch(`${session.baseUrl}/api/connectors/list`, { headers: { authorization: `Bearer ${token}` } }).then((response) => response.status);
  expect(await listConnections()).toBe(200);

  const masked = `••••${token.slice(-4)}`;
  const sessions = page.getByRole('table', { name: 'Sessions of the user (tokens masked)' });
  await sessions.getByRole('cell', { name: masked, exact: true }).waitFor();
  await expect(sessions.getByText(token).count()).resolves.toBe(0);
  await sessions.getByRole('button', { name: `Revoke ${masked}` }).click();
  await sessions.getByRole('row').filter({ hasText: masked }).getByText('revoked').first().waitFor();
  expect(await listConnections()).toBe(401);
});

/** The demo user whose Shopify connection is live and near the end of its token, and their id on this server. */
function shopifyHolderId(): string {
  const holder = REEVE_DEMO_CONNECTIONS.find((connection) => connection.provider === 'shopify' && !('disconnected' in connection && connection.disconnected));
  const email = REEVE_DEMO_USERS.find((user) => user.key === holder?.user)?.email;
  const seeded = session.server.seededReeve?.users.find(({ user }) => user.email === email);
  if (!seeded) throw new Error('The demo has no user with a live Shopify connection.');
  return seeded.user.id;
}

test("an event sent from Controls by a fake provider shows among the user's events in Data", async () => {
  await session.open('#/controls');
  const page = session.page;
  const form = page.getByRole('form', { name: 'Send a provider event' });
  await form.getByLabel('From provider').selectOption('shopify');
  await form.getByLabel('To the connection of').selectOption(shopifyHolderId());
  const shared = session.server.seededReeve?.brand;
  if (!shared) throw new Error('The demo has no shared Reeve brand.');
  // The demo's Shopify connection is in the brand the demo users share.
  await form.getByLabel('In brand').selectOption(shared.id);
  await form.getByLabel('Event type').fill('orders/create');
  await form.getByRole('button', { name: 'Send event' }).click();
  await page.getByText('Sent shopify orders/create: done.').waitFor();

  await session.open('#/data');
  await page.getByLabel('Reeve user').selectOption(shopifyHolderId());
  await page.getByRole('table', { name: /Events the user's connections/ }).getByText('shopify.order.created').first().waitFor();
});

test("a jump of the clock refreshes a Reeve connection in Data; with refresh refused, the next one expires it", async () => {
  const page = session.page;
  await session.open('#/data');
  await page.getByLabel('Reeve user').selectOption(shopifyHolderId());
  const connections = page.getByRole('table', { name: /Connections of the user/ });
  const shopify = connections.getByRole('row').filter({ hasText: 'shopify' });
  await shopify.getByRole('cell', { name: 'connected', exact: true }).waitFor();
  await expect(shopify.getByRole('cell').nth(5).textContent()).resolves.toBe('never');

  await session.open('#/controls');
  await page.getByLabel('Seconds to advance').fill('3600');
  await page.getByRole('button', { name: 'Advance', exact: true }).click();
  await page.getByText('Advanced the clock 3600 seconds: done.').waitFor();

  await session.open('#/data');
  await page.getByLabel('Reeve user').selectOption(shopifyHolderId());
  await shopify.getByRole('cell', { name: 'connected', exact: true }).waitFor();
  await expect(shopify.getByRole('cell').nth(5).textContent()).resolves.not.toBe('never');

  await session.open('#/controls');
  const behaviour = page.getByRole('form', { name: "Change a provider's behaviour" });
  await behaviour.getByLabel('Provider').selectOption('shopify');
  await behaviour.getByLabel('Refresh grants').selectOption('invalid_grant');
  await behaviour.getByRole('button', { name: 'Save behaviour' }).click();
  await page.getByRole('table', { name: 'How each fake provider behaves' }).getByRole('row').filter({ hasText: 'shopify' }).getByText('invalid_grant').waitFor();
  await page.getByLabel('Seconds to advance').fill('86400');
  await page.getByRole('button', { name: 'Advance', exact: true }).click();
  await page.getByText('Advanced the clock 86400 seconds: done.').waitFor();

  await session.open('#/data');
  await page.getByLabel('Reeve user').selectOption(shopifyHolderId());
  await shopify.getByRole('cell', { name: 'expired', exact: true }).waitFor();
  await page.getByRole('table', { name: /Events the user's connections/ }).getByText('connection.expired').first().waitFor();
  await session.screenshot('data');
});

describe.each(['light', 'dark'] as ColorScheme[])('in the %s theme', (scheme) => {
  test.each(['#/webhooks', '#/data', '#/controls'])('axe-core finds no serious or critical violation on %s', async (hash) => {
    await session.open(hash, scheme);
    await session.page.locator('main [aria-busy="true"]').first().waitFor({ state: 'detached' });
    await expect(session.page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(scheme);
    expect(await session.seriousViolations()).toEqual([]);
  });
});
