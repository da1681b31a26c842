/**
 * The Zapier CLI 19 (on Node 22) on the built Reevo app, offline: the schema `validate`, `build` to a zip, and local
 * `invoke` of a create, a search and a trigger against the reference server.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from '../support/processes';
import { NODE22_BIN } from '../support/paths';
import { startDemoReevo, type DemoReevo } from '../support/reference';
import { StagedZapierApp } from '../support/zapier-cli';

let reevo: DemoReevo;
let app: StagedZapierApp;

beforeAll(async () => {
  reevo = await startDemoReevo();
  app = new StagedZapierApp();
});

afterAll(async () => {
  app?.dispose();
  await reevo?.server.close();
});

/** The connection's fields, as `invoke` reads them from the environment (`authData_<key>`). */
const authEnv = () => ({ authData_api_key: reevo.workspace.fullKey, authData_base_url: reevo.server.baseUrl });

async function invoke(type: 'create' | 'search' | 'trigger', key: string, inputData: Record<string, unknown> = {}): Promise<unknown> {
  const result = await app.cli(['invoke', type, key, '--inputData', JSON.stringify(inputData), '--non-interactive'], authEnv());
  if (result.code !== 0) throw new Error(`zapier-platform invoke ${type} ${key} failed (exit ${result.code}):\n${result.stderr}\n${result.stdout}`);
  return JSON.parse(result.stdout) as unknown;
}

describe('the Zapier CLI on the built app', () => {
  it('runs on Node 22 with core 19.1.0', async () => {
    const result = await app.cli(['--version']);
    expect(result.stdout).toContain('Node.js version: v22.');
    expect(result.stdout).toContain('`zapier-platform-core` dependency: 19.1.0');
  });

  it('validates with no errors', async () => {
    const result = await app.cli(['validate', '--without-style']);
    expect({ code: result.code, output: result.stdout + result.stderr }).toEqual({ code: 0, output: expect.stringContaining('No structural errors found') });
  });

  it('builds the zip offline', async () => {
    const result = await app.cli(['build', '--skip-dep-install', '--skip-validation']);
    expect({ code: result.code, output: result.stdout + result.stderr }).toEqual({ code: 0, output: expect.stringContaining('Build complete!') });
    const zip = join(app.dir, 'build', 'build.zip');
    expect(existsSync(zip) && statSync(zip).size).toBeGreaterThan(0);
  });

  it('invokes a create against the reference server', async () => {
    const account = (await invoke('create', 'create_account', { name: 'Zapier E2E Co', domain_name: 'zapier-e2e.example' })) as { id: string; name: string };
    expect(account.name).toBe('Zapier E2E Co');
    await expect(reevo.client.accounts.get({ account_id: account.id })).resolves.toMatchObject({ name: 'Zapier E2E Co', domain_name: 'zapier-e2e.example' });
  });

  it('invokes a search against the reference server', async () => {
    const found = (await invoke('search', 'find_contact', { contact_email: 'jane.doe@acme.com' })) as Array<{ email: string }>;
    expect(found.map((contact) => contact.email)).toEqual(['jane.doe@acme.com']);
  });

  it('invokes a hidden list trigger against the reference server', async () => {
    const users = (await invoke('trigger', 'list_users')) as Array<{ email: string }>;
    expect(users.map((user) => user.email)).toContain('alex.morgan@northwind.com');
  });

  it("runs a hook trigger's performList through the CLI's local runner", async () => {
    // performList lists accounts through the domain search, so only accounts with a domain appear (see the report).
    const account = await reevo.client.accounts.create({ name: 'Hooli', domain_name: 'hooli.example' });
    // `invoke` only calls perform, and lists hook triggers among its local-mode limits: performList goes through
    // the same local runner it uses (see support/zapier-local-invoke.js).
    const result = await runCommand(NODE22_BIN, [join(__dirname, '..', 'support', 'zapier-local-invoke.js'), 'triggers.new_account.operation.performList'], {
      cwd: app.dir,
      timeoutMs: 60_000,
      env: { PATH: process.env.PATH, HOME: app.dir, REEVO_E2E_BUNDLE: JSON.stringify({ authData: { api_key: reevo.workspace.fullKey, base_url: reevo.server.baseUrl }, inputData: {}, meta: {} }) },
    });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const items = JSON.parse(result.stdout) as Array<{ id: string; name: string; event_type: string }>;
    expect(items[0]).toMatchObject({ id: account.id, name: 'Hooli', event_type: 'account.created' });
  });
});
