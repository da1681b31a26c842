/**
 * The QA dashboard in a real browser (issue 19; dash-views' views are in dashboard-views.test.ts): the base URL lands
 * on it, each view works, nothing reaches beyond loopback, no console error, axe-core finds no serious or critical
 * violation in the light and the dark theme, and each view leaves a screenshot in e2e/screenshots/.
 */
import { startDashboard, type ColorScheme, type DashboardSession } from '../support/browser';

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

describe.each(['light', 'dark'] as ColorScheme[])('in the %s theme', (scheme) => {
  test.each(['#/start', '#/docs'])('axe-core finds no serious or critical violation on %s', async (hash) => {
    await session.open(hash, scheme);
    await session.page.locator('main [aria-busy="true"]').waitFor({ state: 'detached' });
    await expect(session.page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(scheme);
    expect(await session.seriousViolations()).toEqual([]);
  });
});

test('the theme switch is remembered across visits', async () => {
  await session.open('#/start', 'light');
  await session.page.getByRole('button', { name: 'Dark theme' }).click();
  await session.page.reload();
  await expect(session.page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
  await expect(session.page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).resolves.toBe('true');
  await session.screenshot('start-dark');
});
