/**
 * One dispatcher for both APIs (docs/webhooks.md, "Reeve's events"): `combineEvents` takes Reevo's and Reeve's event
 * names and checks each type against its own API's schema; a name two APIs define is refused when the server starts.
 */
import { sampleEvent } from '@reevo/client/catalog';
import { reeveWebhookEvents } from '../../src/reeve/events/webhook-events';
import { reevoWebhookEvents } from '../../src/reevo/webhook-events';
import { combineEvents, createWebhookDispatcher } from '../../src/webhooks';
import { generateWebhookSecret } from '@reevo/client/machine';

const both = combineEvents(reevoWebhookEvents, reeveWebhookEvents);
const target = { id: 'sub_1', url: 'http://127.0.0.1:9/hook', secret: generateWebhookSecret() };
const systemEvent = { id: 'evt_000000000000000000000001', type: 'github.push', provider: 'github', brand_id: 'brand_1', connection_account: 'acme-inc', received_at: '2026-11-30T12:00:00.000Z', data: { ref: 'refs/heads/main' } };

describe('the combined events of both APIs', () => {
  it('hold every type of each', () => {
    expect(both.types).toEqual([...reevoWebhookEvents.types, ...reeveWebhookEvents.types]);
    expect(both.types).toContain('contact.created');
    expect(both.types).toContain('connection.expired');
  });

  it("check each event against its own API's schema", async () => {
    const dispatcher = createWebhookDispatcher({ events: both, fetch: async () => new Response(null, { status: 204 }) });
    try {
      expect(dispatcher.enqueue('usr_1', target, systemEvent).eventType).toBe('github.push');
      expect(dispatcher.enqueue('ws_1', { ...target, id: 'sub_2' }, { ...sampleEvent('contact.created'), id: 'evt_reevo_1' }).eventType).toBe('contact.created');
      expect(() => dispatcher.enqueue('usr_1', target, { ...systemEvent, id: 'evt_2', provider: 'myspace' })).toThrow(/github\.push event does not match the catalog's event schema \(provider:/);
      expect(() => dispatcher.enqueue('usr_1', target, { ...systemEvent, id: 'evt_3', type: 'github.star' })).toThrow('Unknown webhook event type "github.star"');
    } finally {
      await dispatcher.close();
    }
  });

  it('refuse a type two APIs both define', () => {
    expect(() => combineEvents(reeveWebhookEvents, { types: ['github.push'] })).toThrow('Two APIs deliver the webhook event type "github.push"');
  });
});
