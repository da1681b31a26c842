/**
 * Webhooks end to end: a mutation's event reaches a loopback receiver signed so that the client's verifier accepts
 * it; a failing receiver gets the same event again until it succeeds; nothing is lost, nothing doubled, order kept.
 */
import { EXAMPLE, type ReevoClient } from '@reevo/client';
import { startWebhookReceiver, type TestWorkspace, type WebhookReceiver } from '@reevo/reference-server/testing';
import type { AdminSession } from './target';

export function describeWebhookDelivery(session: () => AdminSession) {
  let workspace: TestWorkspace;
  let client: ReevoClient;
  const receivers: WebhookReceiver[] = [];
  beforeEach(async () => {
    workspace = await session().admin.workspace();
    client = session().client(workspace.fullKey);
  });
  afterEach(async () => {
    await Promise.all(receivers.splice(0).map((receiver) => receiver.close()));
  });

  async function subscribe(events: Parameters<ReevoClient['webhooks']['create']>[0]['events'], respond?: (n: number) => number) {
    const receiver = await startWebhookReceiver(respond ? { respond: (n) => respond(n) } : {});
    receivers.push(receiver);
    const subscription = await client.webhooks.create({ url: receiver.url, events });
    receiver.setSecret(subscription.secret);
    return { receiver, subscription };
  }

  it('delivers a signed event that the client verifies, with the event id as webhook-id', async () => {
    const { receiver } = await subscribe(['contact.created', 'contact.updated']);
    const { contact } = await client.accountContact.upsert({ email: 'hooked@example.com', first_name: 'Hook' });
    const created = await receiver.waitFor('contact.created');
    expect(created).toMatchObject({ type: 'contact.created', data: { id: contact.id, email: 'hooked@example.com' } });
    expect(created.id).toMatch(/^evt_/);
    const request = receiver.requests.find((candidate) => candidate.event?.id === created.id)!;
    expect(request.verified).toBe(true);
    expect(request.headers['webhook-id']).toBe(created.id);

    await client.accountContact.upsert({ email: 'hooked@example.com', title: 'CTO' });
    const updated = await receiver.waitFor('contact.updated');
    expect(updated.changes).toEqual({ title: { from: null, to: 'CTO' } });
    expect(receiver.failures).toEqual([]);
  });

  it('delivers only the subscribed events', async () => {
    const { receiver } = await subscribe(['opportunity.stage_changed']);
    await client.opportunities.update({ opportunity_id: EXAMPLE.opportunityId, amount: 1 });
    await client.opportunities.shiftStage({ opportunity_id: EXAMPLE.opportunityId, target_stage_name: 'Proposal' });
    const event = await receiver.waitFor('opportunity.stage_changed');
    expect(event.changes).toMatchObject({ stage_name: { from: 'Qualified', to: 'Proposal' } });
    await workspace.settleWebhooks();
    expect(receiver.events.map((received) => received.type)).toEqual(['opportunity.stage_changed']);
  });

  it('retries a failing receiver until it succeeds: delivered exactly once, same webhook-id, fresh signature each time', async () => {
    const { receiver } = await subscribe(['account.created'], (n) => (n <= 2 ? 503 : 204));
    const account = await client.accounts.create({ name: 'Retry Co' });
    await receiver.waitFor((event) => event.type === 'account.created' && event.data.id === account.id);
    const deliveries = await workspace.settleWebhooks();
    expect(receiver.requests.map((request) => request.status)).toEqual([503, 503, 204]);
    expect(new Set(receiver.requests.map((request) => request.headers['webhook-id'])).size).toBe(1);
    expect(receiver.requests.every((request) => request.verified)).toBe(true);
    expect(receiver.events).toHaveLength(1);
    const [delivery] = deliveries.filter((candidate) => candidate.eventType === 'account.created');
    expect(delivery).toMatchObject({ state: 'delivered' });
    expect(delivery!.attempts.map((attempt) => attempt.status)).toEqual([503, 503, 204]);
  });

  it('keeps the order of one subscription and loses nothing', async () => {
    const { receiver } = await subscribe(['account.created'], (n) => (n === 1 ? 500 : 204));
    const names = ['First', 'Second', 'Third', 'Fourth', 'Fifth'];
    for (const name of names) await client.accounts.create({ name });
    await workspace.settleWebhooks();
    expect(receiver.events.map((event) => (event.data as { name: string }).name)).toEqual(names);
    expect(new Set(receiver.events.map((event) => event.id)).size).toBe(names.length);
  });

  it('a 410 Gone disables the subscription', async () => {
    const { subscription } = await subscribe(['task.created'], () => 410);
    await client.tasks.create({ title: 'Gone', owner_email: EXAMPLE.ownerEmail });
    await workspace.settleWebhooks();
    await expect(client.webhooks.get({ webhook_id: subscription.id })).resolves.toMatchObject({ status: 'disabled' });
  });

  it('a deleted subscription gets nothing more', async () => {
    const { receiver, subscription } = await subscribe(['account.created']);
    await client.webhooks.delete({ webhook_id: subscription.id });
    await client.accounts.create({ name: 'After Delete' });
    await workspace.settleWebhooks();
    expect(receiver.requests).toEqual([]);
  });
}
