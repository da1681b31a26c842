/**
 * What the webhook tests share: dispatchers and receivers closed after each test, a fresh valid event, a
 * subscription with its own secret, and a record of the subscriptions a dispatcher disabled.
 */
import { sampleEvent, type EventType } from '@integration-pack/core/reevo/api';
import { generateWebhookSecret } from '@integration-pack/core/reevo/webhooks';
import { createWebhookDispatcher, type WebhookDispatcherOptions, type WebhookEventInput, type WebhookTarget } from '../../src/webhooks';
import { reevoWebhookEvents } from '../../src/reevo/webhook-events';
import { startWebhookReceiver, type WebhookReceiverOptions } from '../../src/webhooks/receiver';

export const WORKSPACE = 'ws_test';

const toClose: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(toClose.splice(0).map((closable) => closable.close()));
});

let counter = 0;

/** A valid event of the catalog with a fresh id, so webhook-ids tell events apart. */
export function newEvent(type: EventType = 'contact.created'): WebhookEventInput {
  counter += 1;
  return { ...sampleEvent(type), id: `evt_test_${String(counter).padStart(4, '0')}` };
}

export function newSubscription(url: string): WebhookTarget {
  counter += 1;
  return { id: `sub_test_${counter}`, url, secret: generateWebhookSecret() };
}

export interface Disabled {
  workspaceId: string;
  subscriptionId: string;
  reason: string;
}

/** A dispatcher of Reevo's events on the test time scale (0.001 unless told), closed after the test. */
export function startDispatcher(options: Partial<WebhookDispatcherOptions> = {}) {
  const disabled: Disabled[] = [];
  const dispatcher = createWebhookDispatcher({
    events: reevoWebhookEvents,
    timeScale: 0.001,
    onDisable: (workspaceId, subscriptionId, reason) => disabled.push({ workspaceId, subscriptionId, reason }),
    ...options,
  });
  toClose.push(dispatcher);
  return { dispatcher, disabled };
}

export async function startReceiver(options: WebhookReceiverOptions = {}) {
  const receiver = await startWebhookReceiver(options);
  toClose.push(receiver);
  return receiver;
}

/** A receiver that knows the secret of a new subscription pointing at it. */
export async function receiverWithSubscription(options: Omit<WebhookReceiverOptions, 'secret'> = {}) {
  const receiver = await startReceiver(options);
  const subscription = newSubscription(receiver.url);
  receiver.setSecret(subscription.secret);
  return { receiver, subscription };
}
