/**
 * API keys and webhook secrets never appear in the server's logs, its request journal, its key list or its
 * delivery log. The CLI runs as `npm start --log` would (bundled here with esbuild into a scratch folder, so this
 * test never races the package's own dist/), and its whole stdout and stderr are searched.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { startWebhookReceiver, type WebhookReceiver } from '../../src/webhooks/receiver';

const PACKAGE_DIR = join(__dirname, '..', '..');
// Inside the package, so the bundle resolves fastify and friends from the workspace's node_modules.
mkdirSync(join(PACKAGE_DIR, 'node_modules'), { recursive: true });
const scratch = mkdtempSync(join(PACKAGE_DIR, 'node_modules', '.robustness-'));
let child: ChildProcess | null = null;
let receiver: WebhookReceiver | null = null;

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await receiver?.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function startCli(): Promise<{ baseUrl: string; output: () => string; stop: () => Promise<void> }> {
  const outfile = join(scratch, 'cli.js');
  await build({
    entryPoints: [join(PACKAGE_DIR, 'src', 'cli', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    conditions: ['pack-source'],
    external: ['fastify', 'fastify-type-provider-zod', '@fastify/swagger', 'zod', 'openapi-types'],
    logLevel: 'silent',
  });
  child = spawn(process.execPath, [outfile, '--log', '--port', '0', '--seed', 'demo', '--time-scale', '0.001'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (found && output.includes('Ctrl-C')) {
        clearInterval(timer);
        resolve(found);
      }
    }, 20);
    child?.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`The CLI exited (${code}) before it was ready:\n${output}`));
    });
  });
  const running = child;
  return {
    baseUrl,
    output: () => output,
    stop: () => new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    }),
  };
}

test('keys and webhook secrets appear nowhere in the logs, the journal, the key list or the delivery log', async () => {
  const cli = await startCli();
  const call = async (method: string, path: string, { key, body }: { key?: string; body?: unknown } = {}) => {
    const response = await fetch(`${cli.baseUrl}${path}`, {
      method,
      headers: { ...(key === undefined ? {} : { 'x-api-key': key }), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: await response.text() };
  };

  const workspace = JSON.parse((await call('POST', '/__admin/workspaces', { body: { seed: 'demo' } })).body) as { id: string };
  const created = JSON.parse((await call('POST', '/__admin/keys', { body: { workspace_id: workspace.id, name: 'logged', permissions: ['accounts:write', 'webhooks:write'] } })).body) as { key: string };
  const key = created.key;
  const expiring = JSON.parse((await call('POST', '/__admin/keys', { body: { workspace_id: workspace.id, name: 'expiring', permissions: [] } })).body) as { id: string; key: string };
  await call('POST', `/__admin/keys/${expiring.id}/expire`);
  receiver = await startWebhookReceiver();
  const subscription = await call('POST', '/api/v1/public/webhooks', { key, body: { url: receiver.url, events: ['account.created'] } });
  expect(subscription.status).toBe(201);
  const secret = (JSON.parse(subscription.body) as { secret: string }).secret;
  receiver.setSecret(secret);

  // Traffic of every kind: success, a delivery, validation errors, an unknown key, an expired one, a forbidden call.
  expect((await call('POST', '/api/v1/public/accounts?payload_type=json', { key, body: { name: 'Logged Co' } })).status).toBe(200);
  await receiver.waitFor('account.created');
  expect((await call('POST', '/api/v1/public/accounts', { key, body: { name: 7, secret } })).status).toBe(422);
  const wrongKey = `${key.slice(0, -4)}zzzz`;
  expect((await call('GET', '/api/v1/public/webhooks', { key: wrongKey })).status).toBe(401);
  expect((await call('GET', '/api/v1/public/webhooks', { key: expiring.key })).status).toBe(401);
  expect((await call('POST', '/api/v1/public/contacts/search', { key, body: { contact_email: 'a@b.co' } })).status).toBe(403);

  const inspected = [
    (await call('GET', `/__admin/requests?workspace_id=${workspace.id}`)).body,
    (await call('GET', `/__admin/keys?workspace_id=${workspace.id}`)).body,
    (await call('GET', `/__admin/webhooks/deliveries?workspace_id=${workspace.id}`)).body,
  ];
  await cli.stop();
  const logs = cli.output();

  // The logger was really on, and the journal really recorded the traffic, so the searches below mean something.
  expect(logs).toMatch(/"msg":"incoming request"/);
  expect(logs).toContain('/api/v1/public/accounts');
  expect(inspected[0]).toContain('"keyName":"logged"');
  expect(inspected[2]).toContain('webhook-signature');
  const secretBody = secret.replace(/^whsec_/, '');
  for (const text of [logs, ...inspected]) {
    for (const value of [key, wrongKey, expiring.key, secretBody]) expect(text).not.toContain(value);
  }
}, 60_000);
