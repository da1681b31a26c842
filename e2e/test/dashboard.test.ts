/**
 * The QA dashboard in a real browser (issue 19; dash-views' views are in dashboard-views.test.ts): the base URL lands
 * on it, each view works, nothing reaches beyond loopback, no console error, axe-core finds no serious or critical
 * violation in the light and the dark theme, and each view leaves a screenshot in e2e/screenshots/.
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { startDashboard, type ColorScheme, type DashboardSession } from '../support/browser';

const run = promisify(execFile);

/** A request as QA makes one from a terminal: curl, or node's fetch where there is no curl. */
async function requestFromOutside(url: string, headers: Record<string, string>): Promise<void> {
  try {
    await run('curl', ['--silent', '--output', '/dev/null', ...Object.entries(headers).flatMap(([name, value]) => ['--header', `${name}: ${value}`]), url]);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await fetch(url, { headers });
  }
}

let session: DashboardSession;
beforeAll(async () => {
  session = await startDashboard();
});
afterAll(() => session?.close());

afterEach(() => {
  expect(session.errors).toEqual([]);
  expect(session.foreignRequests()).toEqual([]);
});

test('opening the base URL lands on the dashboard', async () => {
  await session.page.goto(session.baseUrl);
  expect(session.page.url()).toBe(`${session.baseUrl}/__admin/`);
  await expect(session.page.locator('main h1').textContent()).resolves.toBe('Start');
});

test("Start shows both products' demo credentials and how to point each tool here", async () => {
  await session.open('#/start');
  const main = session.page.locator('main');
  const guide = session.server.seeded;
  await main.getByText(guide?.keys[0]?.key ?? 'missing', { exact: true }).waitFor();
  for (const key of guide?.keys ?? []) await expect(main.getByText(key.key, { exact: true }).count()).resolves.toBe(1);
  for (const { sessionToken } of session.server.seededReeve?.users ?? []) await expect(main.getByText(sessionToken, { exact: true }).count()).resolves.toBe(1);
  await expect(main.getByRole('link', { name: `${session.baseUrl}/openapi.json` }).count()).resolves.toBe(1);
  await expect(main.getByText(`createReevoClient({ apiKey: '${guide?.keys[0]?.key}', baseUrl: '${session.baseUrl}' })`).count()).resolves.toBe(1);
  await session.screenshot('start');
});

test('Docs shows each API document in the bundled viewer, fetched from this server only', async () => {
  await session.open('#/docs');
  const page = session.page;
  await page.locator('.openapi .info .title').getByText('Reevo Public API').waitFor();
  await page.getByLabel('API document', { exact: true }).selectOption('reeve');
  await page.locator('.openapi .info .title').getByText('Reeve').waitFor();
  expect(session.requests).toContain(`${session.baseUrl}/__admin/assets/swagger-ui/swagger-ui-bundle.js`);
  expect(session.requests).toContain(`${session.baseUrl}/reeve/openapi.json`);
  await session.screenshot('docs');
});

describe('Traffic', () => {
  const fullKey = () => session.server.seeded?.keys[0]?.key ?? '';

  test('a request made with curl appears within 2 s, and opens whole: query, verdict and masked bodies', async () => {
    await session.open('#/traffic');
    const path = `/api/v1/public/accounts/${randomUUID()}`;
    await requestFromOutside(`${session.baseUrl}${path}?payload_type=json`, { 'x-api-key': fullKey() });
    // Waited for, not timed: the view polls every second, so 2 s is its promise with room to spare.
    const row = session.page.locator('tbody tr', { hasText: path });
    await row.waitFor({ timeout: 2_000 });
    await expect(row.textContent()).resolves.toContain('json');
    await row.getByRole('button').click();
    const detail = session.page.getByRole('region', { name: `GET ${path}` });
    await expect(detail.getByText('sent: json').count()).resolves.toBe(1);
    await expect(detail.getByText('Allowed: the key has accounts:read.').count()).resolves.toBe(1);
    await expect(detail.getByRole('region', { name: 'Response body' }).textContent()).resolves.toContain('NotFoundError');
    await session.screenshot('traffic');
  });

  test('filters by status and by Reeve user; a secret sent never reaches the page', async () => {
    const ada = session.server.seededReeve?.users[0];
    const secret = 'sk_test_51HxNeverShown0000wxyz';
    await requestFromOutside(`${session.baseUrl}/api/v1/public/accounts/${randomUUID()}?payload_type=json`, { 'x-api-key': fullKey() });
    await requestFromOutside(`${session.baseUrl}/api/connectors/list`, { authorization: `Bearer ${ada?.sessionToken}` });
    await session.server.app.inject({ method: 'POST', url: '/api/connectors/connect', headers: { authorization: `Bearer ${ada?.sessionToken}`, 'content-type': 'application/json' }, payload: { provider: 'stripe', api_key: secret } });
    await session.open(`#/traffic?owner=${ada?.user.id}`);
    const rows = session.page.locator('tbody tr');
    await rows.filter({ hasText: '/api/connectors/connect' }).waitFor();
    for (const text of await rows.allTextContents()) expect(text).toContain(ada?.user.id);
    await rows.filter({ hasText: '/api/connectors/connect' }).getByRole('button').click();
    await expect(session.page.getByRole('region', { name: 'Request body' }).textContent()).resolves.toContain('****wxyz');
    await expect(session.page.content()).resolves.not.toContain(secret);

    // Every owner's client errors: the Reevo 404 comes in, the Reeve user's successes go.
    await session.page.getByLabel('Status', { exact: true }).fill('4xx');
    await session.page.getByLabel('Workspace or Reeve user', { exact: true }).fill('');
    await session.page.getByRole('button', { name: 'Apply filters' }).click();
    await rows.filter({ hasText: '/api/v1/public/accounts/' }).first().waitFor();
    await rows.filter({ hasText: '/api/connectors/' }).first().waitFor({ state: 'detached' });
    expect(new URLSearchParams(new URL(session.page.url()).hash.split('?')[1]).get('status')).toBe('4xx');
    for (const status of await session.page.locator('tbody .badge').allTextContents()) expect(status).toMatch(/^4\d\d /);
  });

  test('each request names its API; a Reeve request shows — for payload_type (Reeve has none); the API filter picks one API', async () => {
    const ada = session.server.seededReeve?.users[0];
    const reevoPath = `/api/v1/public/accounts/${randomUUID()}`;
    await requestFromOutside(`${session.baseUrl}${reevoPath}?payload_type=json`, { 'x-api-key': fullKey() });
    // Sent payload_type all the same: Reeve has no such parameter, so the view must not read it as Reevo's.
    await requestFromOutside(`${session.baseUrl}/api/connectors/list?payload_type=json`, { authorization: `Bearer ${ada?.sessionToken}` });
    await session.open('#/traffic');
    const headers = await session.page.locator('thead th').allTextContents();
    const cell = (row: ReturnType<typeof session.page.locator>, header: string) => row.locator('td').nth(headers.indexOf(header)).textContent();
    const rows = session.page.locator('tbody tr');
    const reevoRow = rows.filter({ hasText: reevoPath });
    const reeveRow = rows.filter({ hasText: '/api/connectors/list' }).first();
    await reevoRow.waitFor();
    await reeveRow.waitFor();
    await expect(cell(reevoRow, 'API')).resolves.toBe('Reevo');
    await expect(cell(reevoRow, 'payload_type')).resolves.toBe('json');
    await expect(cell(reeveRow, 'API')).resolves.toBe('Reeve');
    const notApplicable = await cell(reeveRow, 'payload_type');
    expect(notApplicable).toContain('—');
    expect(notApplicable).not.toContain('not sent');
    await reeveRow.getByRole('button').click();
    const detail = session.page.getByRole('region', { name: 'GET /api/connectors/list' });
    await expect(detail.getByText('not applicable (Reeve has no payload_type)').count()).resolves.toBe(1);

    await session.page.getByLabel('API', { exact: true }).selectOption('reeve');
    await session.page.getByRole('button', { name: 'Apply filters' }).click();
    await reevoRow.waitFor({ state: 'detached' });
    expect(new URLSearchParams(new URL(session.page.url()).hash.split('?')[1]).get('api')).toBe('reeve');
    for (const row of await rows.all()) await expect(cell(row, 'API')).resolves.toBe('Reeve');
  });

  test('with 10,000 requests in the journal, draws one page and pages back through them', async () => {
    const { journal } = session.server.runtime;
    for (let n = 0; n < 10_000; n += 1) {
      journal.record({ at: new Date().toISOString(), api: null, workspaceId: null, owner: null, credential: null, method: 'GET', path: `/bulk/${n}`, search: '', operationId: null, status: 404, durationMs: 0.1, permissionCheck: null, requestBody: null, responseBody: null });
    }
    await session.open('#/traffic');
    await session.page.locator('tbody tr', { hasText: '/bulk/9999' }).waitFor();
    await expect(session.page.locator('tbody tr').count()).resolves.toBe(50);
    await session.page.getByRole('button', { name: 'Older requests' }).click();
    await session.page.locator('tbody tr', { hasText: '/bulk/9949' }).waitFor();
    await expect(session.page.locator('tbody tr').count()).resolves.toBe(50);
    await session.page.getByRole('button', { name: 'Newer requests' }).click();
    await session.page.locator('tbody tr', { hasText: '/bulk/9999' }).waitFor();
  });
});

describe.each(['light', 'dark'] as ColorScheme[])('in the %s theme', (scheme) => {
  test.each(['#/start', '#/traffic', '#/docs'])('axe-core finds no serious or critical violation on %s', async (hash) => {
    await session.open(hash, scheme);
    await session.page.locator('main [aria-busy="true"]').waitFor({ state: 'detached' });
    await expect(session.page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(scheme);
    expect(await session.seriousViolations()).toEqual([]);
    await session.screenshot(`${hash.slice(2)}-${scheme}`);
  });
});

test('the theme switch is remembered across visits', async () => {
  await session.open('#/start', 'light');
  await session.page.getByRole('button', { name: 'Dark theme' }).click();
  await session.page.reload();
  // The app applies the remembered theme once its script runs: wait for it rather than read it at once.
  await session.page.locator('main h1').waitFor();
  await session.page.waitForFunction(() => document.documentElement.dataset.theme !== undefined);
  await expect(session.page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
  await expect(session.page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).resolves.toBe('true');
  await session.screenshot('start-dark');
});
