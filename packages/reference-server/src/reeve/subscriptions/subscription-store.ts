/**
 * Reeve's webhook subscriptions, of every user (docs/reeve-api.md §3 endpoints 7–9). A user sees and deletes only
 * their own, in the brand of the request; another's id is 404 as an unknown one is, so ids reveal nothing.
 */
import { generateWebhookSecret } from '@integration-pack/core/machine';
import { DetailError, RequestValidationError } from '../../http/errors';
import { SeededIdGenerator, type IdGeneratorState } from '../../runtime/ids';
import { formatLimit } from '../../runtime/limits';
import { subscriptionWants, withoutSecret, type NewSubscription, type ReeveScope, type StoredSubscription, type Subscription } from './subscription';

export interface SubscriptionStoreOptions {
  now: () => Date;
  /** Null when deliveries may go to the url, else why not (the same policy as Reevo's subscriptions). */
  checkUrl: (url: string) => string | null;
  maxPerBrand: number;
}

const ID_SEED = 'reeve-subscriptions';

export class SubscriptionStore {
  private subscriptions = new Map<string, StoredSubscription>();
  private ids = new SeededIdGenerator(ID_SEED);
  /** What `reset()` returns to: the seeded subscriptions (none before `markStart()`). */
  private start: { subscriptions: StoredSubscription[]; ids: IdGeneratorState } | null = null;

  constructor(private readonly options: SubscriptionStoreOptions) {}

  /** The new subscription with its secret: the only answer that shows it. */
  create(scope: ReeveScope, fields: NewSubscription): Subscription & { secret: string } {
    const refusal = this.options.checkUrl(fields.url);
    if (refusal) throw new RequestValidationError([{ type: 'value_error', loc: ['body', 'url'], msg: refusal, input: fields.url }]);
    const held = this.list(scope).length;
    if (held >= this.options.maxPerBrand) {
      throw new DetailError(
        400,
        `You already have ${formatLimit(held)} webhook subscriptions in brand ${scope.brandId}, the reference server's limit per user and brand (reeve_subscriptions_per_brand, disabled ones included). Delete the ones you no longer use (DELETE /api/connectors/webhooks/{id}).`,
      );
    }
    const stored: StoredSubscription = {
      id: `sub_${this.ids.uuid().replaceAll('-', '').slice(0, 24)}`,
      url: fields.url,
      events: [...new Set(fields.events)],
      providers: [...new Set(fields.providers ?? [])],
      description: fields.description ?? null,
      status: 'active',
      created_at: this.options.now().toISOString(),
      userId: scope.userId,
      brandId: scope.brandId,
      // A credential: random, never from the seeded generator that makes ids predictable.
      secret: generateWebhookSecret(),
    };
    this.subscriptions.set(stored.id, stored);
    return { ...withoutSecret(stored), secret: stored.secret };
  }

  /** The user's subscriptions in the brand, newest first, without secrets. */
  list(scope: ReeveScope): Subscription[] {
    return [...this.subscriptions.values()]
      .filter((subscription) => subscription.userId === scope.userId && subscription.brandId === scope.brandId)
      .reverse()
      .map(withoutSecret);
  }

  /** Every user's subscriptions, or one user's (all brands), oldest first, without secrets but with their owner. */
  listAll(userId?: string): (Subscription & ReeveScope)[] {
    return [...this.subscriptions.values()]
      .filter((subscription) => userId === undefined || subscription.userId === userId)
      .map((stored) => ({ ...withoutSecret(stored), userId: stored.userId, brandId: stored.brandId }));
  }

  delete(scope: ReeveScope, id: string): void {
    const subscription = this.subscriptions.get(id);
    if (!subscription || subscription.userId !== scope.userId || subscription.brandId !== scope.brandId) {
      throw new DetailError(404, `No webhook subscription ${id} of yours in brand ${scope.brandId}: list yours with GET /api/connectors/webhooks.`);
    }
    this.subscriptions.delete(id);
  }

  /** The active subscriptions an event goes to, oldest first, with their secrets (for signing deliveries). */
  wanting(event: Parameters<typeof subscriptionWants>[1]): StoredSubscription[] {
    return [...this.subscriptions.values()].filter((subscription) => subscriptionWants(subscription, event));
  }

  has(id: string): boolean {
    return this.subscriptions.has(id);
  }

  /** Stops deliveries to a subscription (its receiver answered 410, or every retry failed). */
  disable(id: string): void {
    const subscription = this.subscriptions.get(id);
    if (subscription) this.subscriptions.set(id, { ...subscription, status: 'disabled' });
  }

  /** A subscription as given, id, date and secret included (the demo's, which is the catalog's example). */
  seed(scope: ReeveScope, subscription: Subscription, secret: string): void {
    this.subscriptions.set(subscription.id, { ...subscription, userId: scope.userId, brandId: scope.brandId, secret });
  }

  /** Remembers the subscriptions as they are now (once seeding is done) as the ones `reset()` returns to. */
  markStart(): void {
    this.start = { subscriptions: structuredClone([...this.subscriptions.values()]), ids: this.ids.state() };
  }

  /** Back to the seeded subscriptions, and the id sequence where it stood then. */
  reset(): void {
    const start = this.start;
    this.subscriptions = new Map((start === null ? [] : structuredClone(start.subscriptions)).map((subscription) => [subscription.id, subscription]));
    this.ids = start === null ? new SeededIdGenerator(ID_SEED) : SeededIdGenerator.fromState(start.ids);
  }
}
