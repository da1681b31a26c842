/**
 * Hooks over all public traffic, whichever API it is for: injected faults and latency when a request arrives, the
 * answer's body kept as it is sent, and the journal entry once it has been answered (bodies masked and bounded by
 * the journal, `runtime/journal-bodies.ts`). The first hook also starts the request's context, naming its
 * surface. A fault's status is answered by the API that owns the path, in its own error shape (`api-plugin.ts`),
 * or, for a path no API owns, by the not-found handler (`answerFault`).
 */
import { STATUS_CODES } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ReferenceRuntime } from '../runtime/reference-runtime';
import { NonJsonBody } from './body-parsing';
import type { CallerIdentity } from './request-context';
import { pathOf, searchOf, surfaceOf } from './surfaces';

/** Statuses after which a well-behaved client may retry, so a fault tells it when. */
const RETRYABLE_FAULT_STATUSES = new Set([429, 503]);

export function registerTrafficHooks(app: FastifyInstance, runtime: ReferenceRuntime): void {
  app.decorateRequest('traffic', null as never);

  app.addHook('onRequest', async (request) => {
    request.traffic = {
      surface: surfaceOf(request),
      receivedAt: runtime.clock.now().toISOString(),
      api: null,
      faultStatus: null,
      caller: null,
      identity: null,
      operationId: null,
      permissionCheck: null,
      responseBody: null,
    };
    if (request.traffic.surface !== 'public') return;
    const fault = runtime.faults.take(request.method, pathOf(request.url));
    if (!fault) return;
    if (fault.delayMs) await sleep(fault.delayMs);
    if (fault.status !== undefined) request.traffic.faultStatus = fault.status;
  });

  // Callback style, not async: these run for every request, and an async hook costs a promise and a microtask.
  app.addHook('onSend', (request, _reply, payload, done) => {
    if (request.traffic?.surface === 'public' && typeof payload === 'string') request.traffic.responseBody = payload;
    done(null, payload);
  });

  app.addHook('onResponse', (request, reply, done) => {
    const { surface, api, identity, operationId, receivedAt, permissionCheck, responseBody } = request.traffic;
    if (surface === 'public') {
      runtime.journal.record({
        at: receivedAt,
        api,
        workspaceId: identity?.workspaceId ?? null,
        owner: identity?.owner ?? null,
        credential: identity?.credential ?? null,
        method: request.method,
        path: pathOf(request.url),
        search: searchOf(request.url),
        operationId,
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
        permissionCheck,
        requestBody: requestBodyText(request.body),
        responseBody,
      });
    }
    done();
  });
}

/**
 * Answers the request's injected fault, if it has one, with `body` for its status (the owning API's error shape, or
 * `{"detail": ...}` where no API owns the path) and the caller identified, when it can be, for the journal.
 * True when it answered.
 */
export function answerFault(
  request: FastifyRequest,
  reply: FastifyReply,
  faultBody: (status: number) => unknown = plainFaultBody,
  identify: () => CallerIdentity | null = () => null,
): boolean {
  const status = request.traffic?.faultStatus ?? null;
  if (status === null) return false;
  request.traffic.identity = identify();
  if (RETRYABLE_FAULT_STATUSES.has(status)) reply.header('retry-after', '1');
  void reply.code(status).send(faultBody(status));
  return true;
}

/**
 * The request's body as the API read it: raw where it kept the bytes (a provider's webhook, whose signature covers
 * them), JSON again where it parsed them, or a note where it did not read them (another content type).
 */
function requestBodyText(body: unknown): string | null {
  if (body === undefined || body === null) return null;
  if (Buffer.isBuffer(body)) return body.toString('utf8');
  if (typeof body === 'string') return body;
  if (body instanceof NonJsonBody) return `(a ${body.contentType || 'untyped'} body, not read: the API takes JSON)`;
  return JSON.stringify(body);
}

function plainFaultBody(status: number): unknown {
  return { detail: STATUS_CODES[status] ?? `Injected fault: HTTP ${status} (set through /__admin/faults).` };
}
