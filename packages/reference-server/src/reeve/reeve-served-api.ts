/**
 * How this server serves Reeve's API definition (`reeveApi`, docs/reeve-api.md): under `/api/oauth`,
 * `/api/connectors` and `/api/webhooks`, authenticated by a bearer session and the optional brand header, answering
 * FastAPI's error bodies, with the fake providers beside it under `/__providers`. Every request first lets the clock
 * catch up: connections due for a refresh are refreshed before anything reads them. The route builder
 * (`http/api-plugin.ts`) does the rest, as for any API.
 */
import { STATUS_CODES } from 'node:http';
import { isProviderSlug, PROVIDER_SLUGS, reeveApi } from '@reevo/client/reeve-catalog';
import { FastApiDetailErrorBody, FastApiValidationErrorBody, type OperationSpec } from '@reevo/client/machine';
import type { FastifyRequest } from 'fastify';
import { NonJsonBody, nonJsonBodyError, registerBodyParsers } from '../http/body-parsing';
import { handleServerError } from '../http/error-handler';
import { DetailError } from '../http/errors';
import type { ServedApi } from '../http/served-api';
import { PROVIDERS_PREFIX } from '../http/surfaces';
import type { ReferenceRuntime } from '../runtime/reference-runtime';
import { authenticate, identityOf, type ReeveCaller } from './access';
import { eventHandlers } from './events/event-handlers';
import { connectionHandlers, type ReeveHandler } from './handlers';
import { INBOUND_WEBHOOK_PREFIX, registerInboundWebhooks } from './inbound/inbound-routes';
import { reeveOpenApi } from './openapi-description';
import { providerRoutes } from './providers/provider-routes';

export const REEVE_PREFIXES = ['/api/oauth', '/api/connectors', '/api/webhooks'] as const;

const errorBody = FastApiDetailErrorBody;

export function reeveServedApi(
  runtime: ReferenceRuntime,
  handlers: Readonly<Record<string, ReeveHandler>> = { ...connectionHandlers, ...eventHandlers(runtime.reeveEvents) },
): ServedApi<ReeveCaller> {
  const reeve = runtime.reeve;
  return {
    definition: reeveApi,
    prefix: REEVE_PREFIXES,
    registerBodyParsers,
    handleError: handleServerError,
    faultBody: reeveFaultBody,
    authenticate: (request) => authenticate(reeve, request),
    identityOf,
    admit: admitRequest,
    routeSchema: () => ({ response: { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 422: FastApiValidationErrorBody, 502: errorBody } }),
    run(caller, operation, input) {
      const handler = handlers[operation.operationId];
      if (!handler) throw new Error(`The reference server has no handler for ${operation.operationId}.`);
      reeve.state.touchSession(caller.token, reeve.clock.nowMs());
      reeve.assess();
      return handler(reeve, caller, input);
    },
    registerRoutes: (scope, prefix) => {
      if (prefix === INBOUND_WEBHOOK_PREFIX) registerInboundWebhooks(scope, runtime);
    },
    companions: [{ prefix: PROVIDERS_PREFIX, plugin: providerRoutes(reeve) }],
    openApi: reeveOpenApi,
  };
}

/** An injected fault in FastAPI's shapes, as Reeve answers: `detail[]` for a 422, else `{"detail": "<reason>"}`. */
export function reeveFaultBody(status: number): unknown {
  const message = `Injected fault: HTTP ${status} (set through /__admin/faults).`;
  if (status === 422) return { detail: [{ type: 'value_error', loc: ['body'], msg: message, input: null }] };
  return { detail: STATUS_CODES[status] ?? message };
}

/**
 * Before validation: an unknown provider in the path is 404, as the contract has it, not the 422 of the catalog's
 * enum; a body in another content type is refused only by operations that take one.
 */
function admitRequest(operation: OperationSpec, request: FastifyRequest): void {
  const provider = (request.params as Record<string, unknown> | undefined)?.provider;
  if (typeof provider === 'string' && !isProviderSlug(provider)) {
    throw new DetailError(404, `Unknown provider "${provider}": choose one of ${PROVIDER_SLUGS.join(', ')}.`);
  }
  if (request.body instanceof NonJsonBody) {
    if (operation.body) throw nonJsonBodyError(request.body);
    request.body = undefined;
  }
}
