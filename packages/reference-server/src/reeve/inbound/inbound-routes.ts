/**
 * Endpoint 10's route (docs/reeve-api.md §3): `POST /api/webhooks/{provider}/{hook_token}`, inside Reeve's plugin for
 * that prefix (its faults and error answers), in a scope of its own whose only body parser keeps the bytes as they
 * arrived, whatever their content type, because the signature is over those bytes (§5: verifying a body parsed and
 * serialised again is a bug). No bearer token.
 */
import type { FastifyInstance } from 'fastify';
import type { ReferenceRuntime } from '../../runtime/reference-runtime';
import { receiveProviderWebhook, type InboundContext } from './receive';

/** Reeve's prefix that holds the route (one of the served API's prefixes). */
export const INBOUND_WEBHOOK_PREFIX = '/api/webhooks';

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
    inbound.post<{ Params: { provider: string; hook_token: string } }>('/:provider/:hook_token', async (request) => {
      request.traffic.operationId = 'webhooks.receive';
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
