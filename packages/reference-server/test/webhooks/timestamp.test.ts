/**
 * `webhook-timestamp` is real time, whatever the admin clock says (docs/reevo-api.md §7): receivers such as
 * Zapier, n8n and the standardwebhooks library refuse a timestamp more than 5 minutes from their own clock.
 */
import { Webhook } from 'standardwebhooks';
import { startWebhookReceiver } from '../../src/webhooks/receiver';
import { API, startTestServer } from '../support/server';

describe('webhook-timestamp', () => {
  it('stays real time after the admin clock moves, so a receiver checking against its own clock accepts the delivery', async () => {
    const receiver = await startWebhookReceiver();
    const t = await startTestServer({ timeScale: 0.001 });
    try {
      const { id: workspaceId, key } = t.workspace();
      const created = await t.call('POST', `${API}/webhooks`, { key, body: { url: receiver.url, events: ['contact.created'] } });
      expect(created.status).toBe(201);
      receiver.setSecret(created.body.secret);

      expect((await t.admin('POST', '/clock', { advance_seconds: 3 * 24 * 3600 })).status).toBe(200);
      const before = Math.floor(Date.now() / 1000);
      const upsert = await t.call('POST', `${API}/account_contact`, { key, body: { email: 'clock@example.com', first_name: 'Clock', account_website: 'https://clock.example.com' } });
      expect(upsert.status).toBe(200);
      await receiver.waitFor('contact.created');

      const [request] = receiver.requests;
      const timestamp = Number(request?.headers['webhook-timestamp']);
      expect(timestamp).toBeGreaterThanOrEqual(before);
      expect(timestamp).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
      expect(() => new Webhook(created.body.secret).verify(request?.body ?? '', request?.headers ?? {})).not.toThrow();
      // The log still reads the server's clock, three days ahead.
      const [delivery] = await t.server.runtime.webhooks.settle({ workspaceId });
      expect(Date.parse(delivery?.attempts[0]?.at ?? '')).toBeGreaterThan(Date.now() + 2 * 24 * 3600 * 1000);
    } finally {
      await t.server.close();
      await receiver.close();
    }
  });
});
