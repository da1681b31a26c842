/**
 * Endpoint 10's route (docs/reeve-api.md §3): `POST /api/webhooks/{provider}/{hook_token}`, inside Reeve's plugin for
 * that prefix (its faults and error answers), in a scope of its own whose only body parser keeps the bytes as they
 * arrived, whatever their content type, because the signature is over those bytes (§5: verifying a body parsed and
 * serialised again is a bug). No bearer token.
 */
import { FastApiDetailErrorBody } from '@integration-pack/core/machine';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import type { ReferenceRuntime } from '../../runtime/reference-runtime';
import { receiveProviderWebhook, type InboundContext } from './receive';

/** Reeve's prefix that holds the route (one of the served API's prefixes). */
export const INBOUND_WEBHOOK_PREFIX = '/api/webhooks';

/** The route's OpenAPI tag (its words are in Reeve's tagDescriptions, `../openapi-description.ts`). */
export const INBOUND_WEBHOOKS_TAG = 'Inbound Webhooks';

/** How OpenAPI describes the route: no bearer session, the provider's own signature instead. */
const ROUTE_SCHEMA = {
  tags: [INBOUND_WEBHOOKS_TAG],
  operationId: 'receiveProviderWebhook',
  summary: 'Receive a Provider Webhook',
  description:
    "Where Shopify, Stripe and GitHub deliver their webhooks for one connection (its URL is set up when the provider is connected). Authenticated by the unguessable URL and the provider's own signature on the raw body (X-Shopify-Hmac-Sha256, Stripe-Signature, X-Hub-Signature-256), not by a session. A delivery id seen before is answered duplicate and emits nothing. [C for the path]",
  security: [],
  params: z.object({
    provider: z.string().describe('shopify, stripe or github'),
    hook_token: z.string().describe("The connection's webhook token, part of its webhook URL."),
  }),
  response: {
    200: z.object({ received: z.literal(true), duplicate: z.literal(true).optional().describe('Present when the delivery id was seen before.') }),
    400: FastApiDetailErrorBody,
    401: FastApiDetailErrorBody,
    404: FastApiDetailErrorBody,
  },
};

/** Endpoint 10's view of the server: its connections, its one event sink, the ids seen, real time. */
export function inboundContext(runtime: ReferenceRuntime): InboundContext {
  return {
    connectionByHook: (provider, hookToken) => runtime.reeve.state.connectionByHook(provider, hookToken),
    sink: runtime.reeve,
    seen: runtime.reeveEvents.seenDeliveries,
    realNow: Date.now,
  };
}

export function registerInboundWebhooks(scope: FastifyInstance, runtime: ReferenceRuntime): void {
  const context = inboundContext(runtime);
  void scope.register(async (inbound) => {
    inbound.removeAllContentTypeParsers();
    inbound.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
    inbound.withTypeProvider<ZodTypeProvider>().post('/:provider/:hook_token', { schema: ROUTE_SCHEMA }, async (request) => {
      request.traffic.operationId = 'receiveProviderWebhook';
      return receiveProviderWebhook(context, {
        provider: request.params.provider,
        hookToken: request.params.hook_token,
        headers: request.headers,
        rawBody: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
      });
    });
  });
}

/** A connection's webhook path (its `webhook.url` is the server's base URL and this). */
export function inboundWebhookPath(provider: string, hookToken: string): string {
  return `${INBOUND_WEBHOOK_PREFIX}/${encodeURIComponent(provider)}/${encodeURIComponent(hookToken)}`;
}
