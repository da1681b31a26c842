/**
 * The admin routes that once answered a 5xx of the server's own (the project's rule: never) answer a 4xx whose
 * sentence names the cause and the fix: redelivering while the server shuts down, a delivery that cannot be
 * signed, and a fake provider that cannot reach the server's webhook URL.
 */
import { createServer } from 'node:net';
import { DISPATCH_STATUS } from '../src/admin/admin-api';
import { startReeveServer } from './reeve/support';
import { startTestServer } from './support/server';

/** A loopback port nothing listens on (taken, then given back). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('No port.');
  return address.port;
}

test('every refusal of the webhook dispatcher is answered as a 4xx', () => {
  expect(Object.entries(DISPATCH_STATUS).filter(([, status]) => status >= 500)).toEqual([]);
});

test('redelivering while the server shuts down is a 409 saying so and what to do', async () => {
  const t = await startTestServer();
  try {
    await t.server.runtime.webhooks.close();
    const answer = await t.admin('POST', '/webhooks/deliveries/dlv_000001/redeliver', {});
    expect(answer.status).toBe(409);
    expect(answer.body.detail).toMatch(/shutting down .*Start it again/);
  } finally {
    await t.server.close();
  }
});

test("a fake provider that cannot reach the server's webhook URL is a 409 naming the host and the fix", async () => {
  const t = await startReeveServer();
  try {
    const session = await t.user();
    expect((await t.connectOAuth(session, 'github')).status).toBe(200);
    const port = await closedPort();
    t.server.runtime.listeningOn({ address: '127.0.0.1', port });
    const answer = await t.admin('POST', '/providers/github/events', { user_id: session.userId, type: 'push' });
    expect(answer.status).toBe(409);
    expect(answer.body.detail).toContain(`could not reach the server's webhook URL on 127.0.0.1:${port}`);
    expect(answer.body.detail).toContain('Send the event again once the server listens');
  } finally {
    await t.server.close();
  }
});
