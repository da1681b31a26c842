/** The dashboard's serving (`src/admin/dashboard-routes.ts`), the browser's redirect at `/`, and `GET /__admin/demo`. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_API_KEYS } from '../src/domain';
import { REEVE_DEMO_USERS } from '../../../fixtures/reeve-demo';
import { banner } from '../src/cli/banner';
import { createReferenceServer, type ReferenceServer } from '../src/server';

const built = mkdtempSync(join(tmpdir(), 'dashboard-'));
mkdirSync(join(built, 'assets', 'viewer'), { recursive: true });
writeFileSync(join(built, 'index.html'), '<!doctype html><title>dashboard</title>');
writeFileSync(join(built, 'assets', 'app.js'), 'console.log(1);');
writeFileSync(join(built, 'assets', 'viewer', 'viewer.css'), 'body{}');
writeFileSync(join(built, 'assets', 'notes.txt'), 'not an asset type');

const HOST = { host: '127.0.0.1:4010' };
const BROWSER = { ...HOST, accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

let server: ReferenceServer;
let unbuilt: ReferenceServer;
let unseeded: ReferenceServer;
beforeAll(async () => {
  server = await createReferenceServer({ dashboardDir: built });
  unbuilt = await createReferenceServer({ seed: null, dashboardDir: join(built, 'missing') });
  unseeded = await createReferenceServer({ seed: null, dashboardDir: built });
});
afterAll(async () => {
  await Promise.all([server.close(), unbuilt.close(), unseeded.close()]);
  rmSync(built, { recursive: true, force: true });
});

const get = (target: ReferenceServer, url: string, headers: Record<string, string> = HOST) => target.app.inject({ method: 'GET', url, headers });

describe('the base URL', () => {
  test('sends a browser to the dashboard', async () => {
    for (const method of ['GET', 'HEAD'] as const) {
      const answer = await server.app.inject({ method, url: '/', headers: BROWSER });
      expect(answer.statusCode).toBe(302);
      expect(answer.headers.location).toBe('/__admin/');
    }
  });

  test('still answers an API client the 404 it got before, whatever it asks for', async () => {
    for (const accept of ['application/json', '*/*', undefined]) {
      const answer = await get(server, '/', { ...HOST, ...(accept ? { accept } : {}) });
      expect(answer.statusCode).toBe(404);
      expect(answer.json()).toEqual({ detail: 'Not Found' });
    }
    expect((await server.app.inject({ method: 'POST', url: '/', headers: BROWSER })).statusCode).toBe(404);
    expect((await get(server, '/elsewhere', BROWSER)).statusCode).toBe(404);
  });
});

describe('the dashboard under /__admin/', () => {
  test('serves its page with a strict Content-Security-Policy', async () => {
    for (const url of ['/__admin/', '/__admin']) {
      const answer = await get(server, url, BROWSER);
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(answer.body).toContain('<title>dashboard</title>');
      expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
      expect(answer.headers['content-security-policy']).not.toContain('unsafe');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  test('serves the built assets by name, with their types, and nothing else', async () => {
    const script = await get(server, '/__admin/assets/app.js');
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe('console.log(1);');
    expect((await get(server, '/__admin/assets/viewer/viewer.css')).headers['content-type']).toBe('text/css; charset=utf-8');

    for (const url of ['/__admin/assets/missing.js', '/__admin/assets/notes.txt', '/__admin/assets/../index.html', '/__admin/assets/%2e%2e/%2e%2e/package.json', '/__admin/assets/viewer/../../index.html']) {
      const answer = await get(server, url);
      expect(answer.statusCode).toBe(404);
      expect(answer.json().detail).toMatch(/no asset|Not Found/);
    }
  });

  test('says how to build it when it is not built', async () => {
    const answer = await get(unbuilt, '/__admin/', BROWSER);
    expect(answer.statusCode).toBe(404);
    expect(answer.json().detail).toContain('npm run build -w @reevo/reference-server');
  });

  test('stands behind the admin guard: another site, another machine and a rebound host are refused', async () => {
    const refused = [
      await server.app.inject({ method: 'GET', url: '/__admin/', headers: { ...BROWSER, origin: 'https://evil.example' } }),
      await server.app.inject({ method: 'GET', url: '/__admin/assets/app.js', headers: BROWSER, remoteAddress: '203.0.113.7' }),
      await server.app.inject({ method: 'GET', url: '/__admin/', headers: { ...BROWSER, host: 'evil.example:4010' } }),
      await server.app.inject({ method: 'GET', url: '/__admin/demo', headers: { ...HOST, origin: 'http://localhost:3000' } }),
    ];
    for (const answer of refused) expect(answer.statusCode).toBe(403);
  });

  test('is not part of any OpenAPI document', async () => {
    const document = (await get(server, '/openapi.json')).json() as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths).filter((path) => path === '/__admin/' || path.startsWith('/__admin/assets'))).toEqual([]);
  });
});

describe('GET /__admin/demo', () => {
  test("answers the banner's facts: both products' demo credentials, documents and tools, at the address asked", async () => {
    const guide = (await get(server, '/__admin/demo', { host: 'localhost:4321' })).json();
    const baseUrl = 'http://localhost:4321';
    expect(guide.baseUrl).toBe(baseUrl);
    expect(guide.reevo.keys.map((key: { key: string }) => key.key)).toEqual(DEMO_API_KEYS.map((key) => key.key));
    expect(guide.reevo.openapiUrl).toBe(`${baseUrl}/openapi.json`);
    expect(guide.reeve.users.map((user: { sessionToken: string }) => user.sessionToken)).toEqual(REEVE_DEMO_USERS.map((user) => user.sessionToken));
    expect(guide.reeve.brand.id).toBe(server.seededReeve?.brand.id);
    expect(guide.reeve.openapiUrl).toBe(`${baseUrl}/reeve/openapi.json`);
    expect(guide.tools.map((tool: { tool: string }) => tool.tool)).toEqual(['Client', 'Zapier', 'n8n', 'Reeve client', 'Reeve Zapier, n8n', 'MCP']);

    const printed = banner(baseUrl, '0.1.0', server.seeded as NonNullable<ReferenceServer['seeded']>, null, server.seededReeve);
    for (const key of guide.reevo.keys as { key: string; access: string }[]) expect(printed).toMatch(new RegExp(`${key.key} +${key.access}`));
    for (const tool of guide.tools as { how: string }[]) expect(printed).toContain(tool.how);
  });

  test('answers 404 naming what to do instead when the server has no demo', async () => {
    const answer = await get(unseeded, '/__admin/demo');
    expect(answer.statusCode).toBe(404);
    expect(answer.json().detail).toContain('POST /__admin/keys');
  });
});
