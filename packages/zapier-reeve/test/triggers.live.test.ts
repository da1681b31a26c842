/**
 * Every instant trigger end to end: subscribe through Reeve's Webhooks endpoints, make the fake provider send its
 * own webhook (or change a connection with the app's actions), take Reeve's signed delivery through `perform` as
 * Zapier hands it (raw body, `Http-` headers), compare it with `performList` (Reeve's List Events), and unsubscribe.
 * Then the signature checks on forged deliveries.
 */
import { findSensitiveValues } from '@zapier/secret-scrubber';
import { CONNECTION_EVENT_TYPES, REEVE_EVENT_TYPES, REEVE_EVENTS, REEVE_PROVIDERS, sampleSystemEvent, type ReeveEventType } from '@integration-pack/core/reeve/api';
import type { EventTriggerOperations } from '../../zapier/src/platform/factories/event-trigger';
import type { StoredSubscription } from '../../zapier/src/platform/product';
import { withoutNulls } from '../../zapier/src/platform/fields/output-fields';
import { liveResultProblems } from '../../../test-support/zapier-app-checks';
import { describeDeliveryChecks } from '../../../test-support/zapier-delivery-checks';
import { startHookReceiver, type HookDelivery, type HookReceiver } from '../../../test-support/zapier-hook-receiver';
import { CREATE_KEYS, PROVIDER_EVENT_TRIGGER_KEYS, TRIGGER_KEYS } from '../src/keys';
import { App, hookTriggers } from './helpers/definitions';
import { keyFor, performOf, useReferenceServer, type LiveServer, type ReeveUser } from './helpers/live';

const operations = (key: string) => App.triggers![key]!.operation as unknown as EventTriggerOperations;
const create = (key: string) => performOf<Record<string, unknown>>(App.creates![key]!);

/** Connects the provider with the app's own actions: an API key, or the OAuth dance through the fake consent page. */
async function connect(live: LiveServer, user: ReeveUser, provider: string): Promise<void> {
  if (REEVE_PROVIDERS[provider as keyof typeof REEVE_PROVIDERS].kind !== 'oauth') {
    await live.run(create(CREATE_KEYS.connectWithApiKey), user.token, { inputData: { provider, api_key: keyFor(provider) } });
    return;
  }
  const shop = provider === 'shopify' ? { shop: 'acme-store.myshopify.com' } : {};
  const { auth_url } = await live.run(create(CREATE_KEYS.startOauthConnection), user.token, { inputData: { provider, ...shop } });
  const consent = new URL(String(auth_url));
  consent.searchParams.set('decision', 'approve');
  const redirect = await fetch(consent, { redirect: 'manual' });
  const query = Object.fromEntries(new URL(redirect.headers.get('location')!).searchParams);
  await live.run(create(CREATE_KEYS.completeOauthConnection), user.token, { inputData: { provider, ...query } });
}

/** Reeve delivers after answering; wait (bounded) until `count` deliveries reached the hook URL. */
async function deliveriesAt(receiver: HookReceiver, path: string, count = 1): Promise<HookDelivery[]> {
  for (let waited = 0; receiver.deliveries(path).length < count; waited += 10) {
    if (waited > 10_000) throw new Error(`No delivery reached ${path} within 10 s.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return receiver.deliveries(path);
}

function topicOf(type: ReeveEventType): { provider: string; topic: string } {
  const provider = REEVE_EVENTS[type].provider!;
  const topic = Object.entries(REEVE_PROVIDERS[provider].inbound).find(([, event]) => event === type)![0];
  return { provider, topic };
}

const providerCases = Object.entries(PROVIDER_EVENT_TRIGGER_KEYS) as [ReeveEventType, string][];

describe('Reeve instant triggers against the reference server', () => {
  const live = useReferenceServer();
  let receiver: HookReceiver;
  beforeAll(async () => {
    receiver = await startHookReceiver();
  });
  afterAll(() => receiver.close());

  const subscribe = (user: ReeveUser, key: string, path: string, inputData: Record<string, unknown> = {}) =>
    live.run(operations(key).performSubscribe, user.token, { targetUrl: receiver.url(path), inputData });

  it.each(providerCases)('%s: subscribes, turns the signed delivery into the hook shape performList also has, and unsubscribes', async (type, key) => {
    const user = await live.user();
    const { provider, topic } = topicOf(type);
    await connect(live, user, provider);
    const path = `/${key}/${user.id}`;
    const subscription = await subscribe(user, key, path);
    expect(subscription).toEqual({ id: expect.stringMatching(/^sub_/), secret: expect.stringMatching(/^whsec_/), url: receiver.url(path), events: [type] });
    // Zapier's logs censor what its scrubber finds: the kept secret and the delivery's signature are among it.
    expect(findSensitiveValues(subscription)).toContain(subscription.secret);

    await live.providerEvent(provider, user.id, topic);
    const [delivery] = await deliveriesAt(receiver, path);
    expect(delivery!.rawRequest.headers).toHaveProperty('Http-Webhook-Signature');
    expect(findSensitiveValues(delivery!.rawRequest.headers)).toContain(delivery!.rawRequest.headers['Http-Webhook-Signature']);
    const hookItems = await live.run(operations(key).perform, user.token, { ...delivery, subscribeData: subscription });
    expect(hookItems).toEqual([expect.objectContaining({ type, provider, id: (delivery!.cleanedRequest as { id: string }).id })]);

    const listed = await live.run(operations(key).performList, user.token);
    expect(listed).toEqual([expect.objectContaining({ id: hookItems[0]!.id, type })]);
    for (const item of listed) expect(Object.keys(item).sort()).toEqual(Object.keys(hookItems[0]!).sort());
    for (const item of [...hookItems, ...listed]) expect(liveResultProblems(item, App.triggers![key]!)).toEqual([]);

    await live.run(operations(key).performUnsubscribe, user.token, { subscribeData: subscription });
    const left = await fetch(`${live.server.baseUrl}/api/connectors/webhooks`, { headers: { authorization: `Bearer ${user.token}` } });
    const { webhooks } = (await left.json()) as { webhooks: { id: string }[] };
    expect(webhooks.map((webhook) => webhook.id)).not.toContain(subscription.id);
  });

  it('Connection Status Changed subscribes to the four lifecycle events and passes only the chosen status', async () => {
    const user = await live.user();
    const key = TRIGGER_KEYS.connectionStatusChanged;
    const inputData = { status: 'disconnected' };
    const path = `/status/${user.id}`;
    const subscription = await subscribe(user, key, path, inputData);
    expect(subscription.events).toEqual([...CONNECTION_EVENT_TYPES]);

    await connect(live, user, 'stripe');
    await live.run(create(CREATE_KEYS.disconnectProvider), user.token, { inputData: { provider: 'stripe' } });
    const [connected, disconnected] = await deliveriesAt(receiver, path, 2);
    const perform = (delivery: HookDelivery, filter: Record<string, unknown>) => live.run(operations(key).perform, user.token, { ...delivery, subscribeData: subscription, inputData: filter });
    expect(await perform(connected!, inputData)).toEqual([]);
    expect(await perform(disconnected!, inputData)).toEqual([expect.objectContaining({ type: 'connection.disconnected', data: expect.objectContaining({ provider: 'stripe', status: 'disconnected' }) })]);
    expect(await perform(connected!, {})).toEqual([expect.objectContaining({ type: 'connection.connected' })]);

    const listed = await live.run(operations(key).performList, user.token, { inputData });
    expect(listed.map((item) => item.type)).toEqual(['connection.disconnected']);
    expect(await live.run(operations(key).performList, user.token)).toEqual([expect.objectContaining({ type: 'connection.disconnected' }), expect.objectContaining({ type: 'connection.connected' })]);
  });

  it('subscribes every event type of the definition through one trigger or another', async () => {
    const user = await live.user();
    const subscribed = new Set<string>();
    for (const trigger of hookTriggers) {
      const subscription: StoredSubscription = await subscribe(user, trigger.key, `/every/${trigger.key}`);
      for (const type of subscription.events as string[]) subscribed.add(type);
    }
    expect([...subscribed].sort()).toEqual([...REEVE_EVENT_TYPES].sort());
  });

  it('lists nothing when the brand has no event of the type yet, and its static sample is the catalog one without its empty values (Zapier check D024)', async () => {
    const user = await live.user();
    expect(await live.run(operations(PROVIDER_EVENT_TRIGGER_KEYS['github.push']).performList, user.token)).toEqual([]);
    expect(App.triggers![PROVIDER_EVENT_TRIGGER_KEYS['github.push']]!.operation.sample).toEqual(withoutNulls(sampleSystemEvent('github.push')));
  });
});

describe('signature checks of every Reeve delivery', () => {
  const live = useReferenceServer();
  describeDeliveryChecks('New Stripe Payment', {
    run: async (bundle) => live.run(operations(PROVIDER_EVENT_TRIGGER_KEYS['stripe.payment.succeeded']).perform, 'token-unused-by-perform', bundle),
    event: sampleSystemEvent('stripe.payment.succeeded'),
    otherEvent: sampleSystemEvent('stripe.invoice.created'),
    apiName: 'Reeve',
  });
});
