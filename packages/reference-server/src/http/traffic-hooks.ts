/**
 * Hooks over all public-API traffic: injected faults and latency when a request arrives, and the journal entry
 * once it has been answered. The first hook also starts the request's context, naming its surface.
 */
import { API_KEY_HEADER } from '@reevo/client/catalog';
import type { FastifyInstance } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ReferenceRuntime } from '../runtime/reference-runtime';
import { identify } from './access';
import { faultBody } from './errors';
import { pathOf, searchOf, surfaceOf } from './surfaces';
import './request-context';

/** Statuses after which a well-behaved client may retry, so a fault tells it when. */
const RETRYABLE_FAULT_STATUSES = new Set([429, 503]);

export function registerTrafficHooks(app: FastifyInstance, runtime: ReferenceRuntime): void {
  app.decorateRequest('reevo', null as never);

  app.addHook('onRequest', async (request, reply) => {
    request.reevo = { surface: surfaceOf(request), receivedAt: runtime.clock.now().toISOString(), caller: null, operationId: null };
    if (request.reevo.surface !== 'public') return;
    const fault = runtime.faults.take(request.method, pathOf(request.url));
    if (!fault) return;
    if (fault.delayMs) await sleep(fault.delayMs);
    if (fault.status === undefined) return;
    request.reevo.caller = identify(runtime, request.headers[API_KEY_HEADER]);
    if (RETRYABLE_FAULT_STATUSES.has(fault.status)) reply.header('retry-after', '1');
    return reply.code(fault.status).send(faultBody(fault.status));
  });

  // Callback style, not async: this runs for every request, and an async hook costs a promise and a microtask.
  app.addHook('onResponse', (request, reply, done) => {
    const { surface, caller, operationId, receivedAt } = request.reevo;
    if (surface === 'public') {
      runtime.journal.record({
        at: receivedAt,
        workspaceId: caller?.workspace.id ?? null,
        method: request.method,
        path: pathOf(request.url),
        search: searchOf(request.url),
        operationId,
        status: reply.statusCode,
        keyName: caller?.key.name ?? null,
      });
    }
    done();
  });
}
