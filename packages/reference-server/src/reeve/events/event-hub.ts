/**
 * Where every Reeve event goes (docs/reeve-api.md §4 "Inbound webhooks", "Events for subscriptions"): a provider's
 * verified webhook and a connection's change of status alike become one SystemEvent, kept for endpoint 6 and queued,
 * signed the Standard Webhooks way by the server's one dispatcher, to each of the user's subscriptions that wants it.
 * It is the `ReeveEventSink` the connections call; it owns the subscriptions, so that deleting one stops its queue,
 * and the delivery ids endpoint 10 has seen.
 */
import type { ServerLimits } from '../../runtime/limits';
import type { WebhookDispatcher } from '../../webhooks';
import type { ReeveEvent, ReeveEventSink } from '../event-sink';
import { SeenDeliveries } from '../inbound/seen-deliveries';
import { SubscriptionStore } from '../subscriptions/subscription-store';
import type { ReeveScope } from '../subscriptions/subscription';
import { SystemEventLog } from './event-log';
import type { SystemEvent } from './system-event';

export interface EventHubOptions {
  /** The server's one dispatcher, whose events include Reeve's (`reeveWebhookEvents`). */
  dispatcher: WebhookDispatcher;
  /** The server's clock. */
  now: () => Date;
  limits: Pick<ServerLimits, 'reeveEvents' | 'reeveInboundDeliveryIds' | 'reeveSubscriptionsPerBrand'>;
  /** Null when deliveries may go to the url, else why not (the server's one webhook url policy). */
  checkUrl: (url: string) => string | null;
}

export class ReeveEventHub implements ReeveEventSink {
  readonly log: SystemEventLog;
  readonly subscriptions: SubscriptionStore;
  readonly seenDeliveries: SeenDeliveries;
  private readonly dispatcher: WebhookDispatcher;

  constructor(options: EventHubOptions) {
    this.dispatcher = options.dispatcher;
    this.log = new SystemEventLog(options.limits.reeveEvents, options.now);
    this.subscriptions = new SubscriptionStore({ now: options.now, checkUrl: options.checkUrl, maxPerBrand: options.limits.reeveSubscriptionsPerBrand });
    this.seenDeliveries = new SeenDeliveries(options.limits.reeveInboundDeliveryIds);
  }

  /**
   * Records the event and queues it for every matching subscription. Deliveries are logged under the user's id
   * (the delivery log's `workspaceId` names the subscribing user for Reeve).
   */
  emit(input: ReeveEvent): SystemEvent {
    const event = this.log.record(input.userId, {
      type: input.type,
      provider: input.provider,
      brand_id: input.brandId,
      connection_account: input.connectionAccount,
      data: input.data,
    });
    for (const subscription of this.subscriptions.wanting({ userId: input.userId, brandId: input.brandId, type: input.type, provider: input.provider })) {
      this.dispatcher.enqueue(input.userId, subscription, { ...event });
    }
    return event;
  }

  /** Endpoint 9: the subscription goes, and so do its pending deliveries. */
  deleteSubscription(scope: ReeveScope, id: string): void {
    this.subscriptions.delete(scope, id);
    this.dispatcher.cancelSubscription(id);
  }

  /** The seeded subscriptions are what `reset()` returns to. */
  markStart(): void {
    this.subscriptions.markStart();
  }

  /** As on a fresh server (the admin reset): no events, the seeded subscriptions; the dispatcher is reset by its owner. */
  reset(): void {
    this.log.clear();
    this.subscriptions.reset();
    this.seenDeliveries.clear();
  }
}
