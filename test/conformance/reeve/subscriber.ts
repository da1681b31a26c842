/**
 * A subscriber to Reeve's events (endpoint 7) on loopback, which checks every delivery with `standardwebhooks`, the
 * Standard Webhooks reference library (docs/reeve-api.md §4 "Events for subscriptions"), and with the typed client's
 * `verifyReeveWebhook`, which must agree with it and find the event in the catalog's shape.
 */
import { startWebhookReceiver, type ReceivedRequest, type WebhookReceiver } from '@reevo/reference-server/testing';
import { verifyReeveWebhook } from '@reevo/client/reeve';
import { Webhook } from 'standardwebhooks';
import type { Actor } from './connect';
import type { ReeveSession } from './target';

export interface DeliveredEvent {
  id: string;
  type: string;
  provider: string;
  brand_id: string;
  connection_account: string | null;
  received_at: string;
  data: unknown;
}

export interface Subscriber {
  subscription: { id: string; secret: string; url: string; events: string[] };
  receiver: WebhookReceiver;
  /** The first delivery of an event matching, verified by `standardwebhooks` (which throws on a bad signature). */
  next(type: string, match?: (event: DeliveredEvent) => boolean): Promise<DeliveredEvent>;
  /** Every delivery so far, each verified. */
  delivered(): DeliveredEvent[];
  close(): Promise<void>;
}

export async function subscribe(session: ReeveSession, actor: Actor, body: { events: string[]; providers?: string[] }): Promise<Subscriber> {
  // Every delivery is answered 204: the suite checks signatures itself, after the fact, with the reference library.
  const receiver = await startWebhookReceiver({ respond: () => 204 });
  const created = await session.raw({ method: 'POST', path: '/api/connectors/webhooks', token: actor.token, ...(actor.brand ? { brand: actor.brand } : {}), body: { url: receiver.url, ...body } });
  if (created.status !== 201) {
    await receiver.close();
    throw new Error(`Creating the subscription answered ${created.status}: ${JSON.stringify(created.body)}`);
  }
  const subscription = created.body as Subscriber['subscription'];
  const verifier = new Webhook(subscription.secret);
  const verified = (request: ReceivedRequest) => {
    const event = verifier.verify(request.body, request.headers) as DeliveredEvent;
    expect(verifyReeveWebhook({ payload: request.body, headers: request.headers, secret: subscription.secret })).toEqual(event);
    return event;
  };
  const parsed = (request: ReceivedRequest) => JSON.parse(request.body) as DeliveredEvent;
  return {
    subscription,
    receiver,
    async next(type, match = () => true) {
      const request = await receiver.waitForRequest((candidate) => parsed(candidate).type === type && match(parsed(candidate)));
      const event = verified(request);
      expect(request.headers['webhook-id']).toBe(event.id);
      return event;
    },
    delivered: () => receiver.requests.map(verified),
    close: () => receiver.close(),
  };
}
