/**
 * `POST /__admin/reeve/providers/{provider}/events` (docs/reeve-api.md §6): makes the fake provider deliver one
 * event to a connection's webhook URL (`provider-delivery.ts`). Registered beside Reeve's other admin routes, behind
 * the admin guard.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { adminRouteSchema } from '../../admin/admin-route-schema';
import type { ReferenceRuntime } from '../../runtime/reference-runtime';
import { sendProviderEvent } from './provider-delivery';

const Params = z.strictObject({ provider: z.string().min(1).max(100).describe('shopify, stripe or github: the providers that send webhooks.') });
const Body = z.strictObject({
  user_id: z.string().min(1).max(100),
  brand_id: z.string().min(1).max(100).optional().describe("The connection's brand; the user's default brand when omitted."),
  type: z.string().min(1).max(200).describe("The provider's own event name: orders/create, payment_intent.succeeded, push, ping, …"),
  payload: z.record(z.string(), z.unknown()).optional().describe("The body to send (for Stripe, the whole event); a realistic one for the type when omitted."),
});
const Answer = z
  .object({
    status: z.int().describe('The status the API answered the delivery with.'),
    delivery_id: z.string().describe("The provider's delivery id: X-Shopify-Webhook-Id, X-GitHub-Delivery, or the Stripe event's id."),
  })
  .meta({ id: 'AdminReeveProviderEventSent', title: 'Provider Event Sent' });

export function registerProviderEventsRoute(plain: FastifyInstance, runtime: ReferenceRuntime): void {
  const app = plain.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/providers/:provider/events',
    {
      schema: adminRouteSchema(
        {
          operationId: 'reeveAdminSendProviderEvent',
          summary: "Make a fake provider send one signed webhook to a connection's webhook URL",
          description:
            "The fake Shopify, Stripe or GitHub signs one event as the real one does and sends it over the network to the connection's webhook URL (`POST /api/webhooks/{provider}/{hook_token}`), where it becomes a Reeve event. Answers the status the API gave and the provider's delivery id.",
          refusals: {
            404: "The provider sends no webhooks, no Reeve user has the `user_id`, or the user has no connection to the provider in the brand: the message says which and how to make one.",
            409: "The connection has no webhook URL (it is not connected), or the server is not listening on a socket its fake provider can call, or the fake provider could not reach the server's webhook URL (the server is shutting down): the message says which; connect again, or send the event once the server listens.",
          },
          invalid: 'Also when `payload` is left out for a `type` the fake provider has no sample of, or a Stripe `payload` is not a whole event (its `id` and `type`).',
        },
        { params: Params, body: Body, response: { 200: Answer } },
      ),
    },
    async (request) =>
      sendProviderEvent(
        { state: runtime.reeve.state, listeningAddress: runtime.listeningAddress, realNow: Date.now, now: () => runtime.clock.now() },
        { provider: request.params.provider, ...request.body },
      ),
  );
}
