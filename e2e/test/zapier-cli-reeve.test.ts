/**
 * The Zapier CLI 19 (on Node 22) on the built Reeve app, offline: the schema `validate`, `build` to a zip, and local
 * `invoke` of a create, a search and a hidden trigger against the reference server's Reeve, then a hook trigger
 * through the CLI's local runner: subscribe, Reeve's signed delivery of a fake Stripe payment through `perform` as
 * Zapier hands it (accepted; refused once its body is changed), `performList`, unsubscribe.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from '../support/processes';
import { NODE22_BIN, REEVE_ZAPIER_APP_DIR } from '../support/paths';
import { startDemoReeve, type DemoReeve } from '../support/reference';
import { StagedZapierApp } from '../support/zapier-cli';
import { startHookReceiver, type HookReceiver } from '../../test-support/zapier-hook-receiver';

let reeve: DemoReeve;
let app: StagedZapierApp;
let receiver: HookReceiver;

beforeAll(async () => {
  reeve = await startDemoReeve();
  app = new StagedZapierApp(REEVE_ZAPIER_APP_DIR);
  receiver = await startHookReceiver();
});

afterAll(async () => {
  app?.dispose();
  await receiver?.close();
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

  it('runs a hook trigger through the local runner: subscribe, a verified delivery, a forged one refused, performList, unsubscribe', async () => {
    // A user of its own, with Stripe connected through the API, so this test needs no other test's state.
    const user = await reeve.newUser();
    const connected = await fetch(`${reeve.server.baseUrl}/api/connectors/connect`, {
      method: 'POST',
      headers: { authorization: `Bearer ${user.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ provider: 'stripe', api_key: `sk_test_${'y'.repeat(24)}wxyz` }),
    });
    expect(connected.status).toBe(200);
    /** One method of the app through the CLI's local runner (`invoke` cannot reach hook triggers). */
    const runLocally = (method: string, bundle: Record<string, unknown>) =>
      runCommand(NODE22_BIN, [join(__dirname, '..', 'support', 'zapier-local-invoke.js'), `triggers.new_stripe_payment.operation.${method}`], {
        cwd: app.dir,
        timeoutMs: 60_000,
        env: { PATH: process.env.PATH, HOME: app.dir, REEVO_E2E_BUNDLE: JSON.stringify({ authData: { session_token: user.token, base_url: reeve.server.baseUrl }, inputData: {}, meta: {}, ...bundle }) },
      });

    const subscribed = await runLocally('performSubscribe', { targetUrl: receiver.url('/stripe') });
    expect({ code: subscribed.code, stderr: subscribed.stderr }).toEqual({ code: 0, stderr: '' });
    const subscription = JSON.parse(subscribed.stdout) as { id: string; secret: string };
    expect(subscription.secret).toMatch(/^whsec_/);

    await reeve.server.admin('POST', '/reeve/providers/stripe/events', { user_id: user.id, type: 'payment_intent.succeeded' });
    for (let waited = 0; receiver.deliveries('/stripe').length === 0; waited += 50) {
      if (waited > 20_000) throw new Error('Reeve delivered nothing to the hook URL within 20 s.');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const [delivery] = receiver.deliveries('/stripe');

    const performed = await runLocally('perform', { ...delivery, subscribeData: subscription });
    expect({ code: performed.code, stderr: performed.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(performed.stdout)).toEqual([expect.objectContaining({ type: 'stripe.payment.succeeded', provider: 'stripe' })]);

    const forged = { ...delivery!.rawRequest, content: delivery!.rawRequest.content.replace('"succeeded"', '"refunded"') };
    expect(forged.content).not.toBe(delivery!.rawRequest.content);
    const refused = await runLocally('perform', { rawRequest: forged, cleanedRequest: JSON.parse(forged.content) as unknown, subscribeData: subscription });
    expect({ code: refused.code, stderr: refused.stderr }).toEqual({ code: 1, stderr: expect.stringContaining('No webhook signature matches') });

    const listed = await runLocally('performList', {});
    expect({ code: listed.code, stderr: listed.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ id: (delivery!.cleanedRequest as { id: string }).id, type: 'stripe.payment.succeeded' })]);

    const unsubscribed = await runLocally('performUnsubscribe', { subscribeData: subscription });
    expect({ code: unsubscribed.code, stderr: unsubscribed.stderr }).toEqual({ code: 0, stderr: '' });
  });
});
