import { catalog } from '@integration-pack/core/reevo/api';
import type { StoredWebhookSubscription } from '../model';
import { badRequest } from '../rules/errors';
import { assertSubscriptionRoom } from '../rules/limits';
import { timestampNow } from '../rules/records';
import { newestFirst } from '../rules/search';
import { requireSubscription, withoutSecret } from '../rules/webhook-subscriptions';
import { defineHandler } from './define';

const operations = catalog.webhooks;

/** The only answer that shows the secret: the receiver must store it now. */
export const createWebhook = defineHandler(operations.create, (state, context, { body }) => {
  const refusal = context.webhookUrls.check(body.url);
  if (refusal) throw badRequest(`url: ${refusal}`, { field: 'url', url: body.url });
  assertSubscriptionRoom(state, context);
  const subscription: StoredWebhookSubscription = {
    id: context.newId(),
    url: body.url,
    events: [...new Set(body.events)],
    description: body.description ?? null,
    status: 'active',
    created_at: timestampNow(context),
    secret: context.newSecret(),
  };
  state.webhooks.set(subscription.id, subscription);
  return subscription;
});

export const listWebhooks = defineHandler(operations.list, (state) => newestFirst(state.webhooks.values()).map(withoutSecret));

export const getWebhook = defineHandler(operations.get, (state, _context, { params }) => withoutSecret(requireSubscription(state, params.webhook_id)));

export const deleteWebhook = defineHandler(operations.delete, (state, _context, { params }) => {
  requireSubscription(state, params.webhook_id);
  state.webhooks.delete(params.webhook_id);
});
