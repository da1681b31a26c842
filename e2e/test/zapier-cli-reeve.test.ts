/**
 * The Zapier CLI 19 (on Node 22) on the built Reeve app, offline: the schema `validate`, `build` to a zip, and local
 * `invoke` of a create, a search and a hidden trigger against the reference server's Reeve, then a hook trigger's
 * `performList` after the fake Stripe sent a payment.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from '../support/processes';
import { NODE22_BIN, REEVE_ZAPIER_APP_DIR } from '../support/paths';
import { startDemoReeve, type DemoReeve } from '../support/reference';
import { StagedZapierApp } from '../support/zapier-cli';

let reeve: DemoReeve;
let app: StagedZapierApp;

beforeAll(async () => {
  reeve = await startDemoReeve();
  app = new StagedZapierApp(REEVE_ZAPIER_APP_DIR);
});

afterAll(async () => {
  app?.dispose();
  await reeve?.server.close();
});

/** The connection's fields, as `invoke` reads them from the environment (`authData_<key>`). */
const authData = () => ({ session_token: reeve.user.token, base_url: reeve.server.baseUrl });
const authEnv = () => Object.fromEntries(Object.entries(authData()).map(([key, value]) => [`authData_${key}`, value]));

async function invoke(type: 'create' | 'search' | 'trigger', key: string, inputData: Record<string, unknown> = {}): Promise<unknown> {
  const result = await app.cli(['invoke', type, key, '--inputData', JSON.stringify(inputData), '--non-interactive'], authEnv());
  if (result.code !== 0) throw new Error(`zapier-platform invoke ${type} ${key} failed (exit ${result.code}):\n${result.stderr}\n${result.stdout}`);
  return JSON.parse(result.stdout) as unknown;
}

describe('the Zapier CLI on the built Reeve app', () => {
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

  it('invokes a create against the reference server: Stripe connected with a key', async () => {
    const connected = await invoke('create', 'connect_with_api_key', { provider: 'stripe', api_key: `sk_live_${'x'.repeat(24)}abcd` });
    expect(connected).toMatchObject({ connected: true, provider: 'stripe' });
  });

  it('invokes a search against the reference server', async () => {
    const found = (await invoke('search', 'find_connection', { provider: 'stripe' })) as Array<{ id: string; status: string }>;
    expect(found).toEqual([expect.objectContaining({ id: 'stripe', status: 'connected' })]);
  });

  it('invokes a hidden list trigger', async () => {
    const providers = (await invoke('trigger', 'list_api_key_providers')) as Array<{ id: string }>;
    expect(providers.map((provider) => provider.id)).toContain('stripe');
  });

  it("runs a hook trigger's performList through the CLI's local runner", async () => {
    await reeve.server.admin('POST', '/reeve/providers/stripe/events', { user_id: reeve.user.id, type: 'payment_intent.succeeded' });
    // `invoke` only calls perform and lists hook triggers among its local-mode limits: performList goes through the
    // same local runner it uses (see support/zapier-local-invoke.js).
    const result = await runCommand(NODE22_BIN, [join(__dirname, '..', 'support', 'zapier-local-invoke.js'), 'triggers.new_stripe_payment.operation.performList'], {
      cwd: app.dir,
      timeoutMs: 60_000,
      env: { PATH: process.env.PATH, HOME: app.dir, REEVO_E2E_BUNDLE: JSON.stringify({ authData: authData(), inputData: {}, meta: {} }) },
    });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    const items = JSON.parse(result.stdout) as Array<{ id: string; type: string; provider: string }>;
    expect(items).toEqual([expect.objectContaining({ id: expect.stringMatching(/^evt_/), type: 'stripe.payment.succeeded', provider: 'stripe' })]);
  });
});
