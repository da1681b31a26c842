/**
 * The public API: one route per catalog operation, never a hand-written one. Before validation each request is
 * authenticated, counted against its workspace's quota and checked for permissions; the handler then runs the
 * domain operation on the caller's workspace.
 */
import { API_KEY_HEADER, operations, type OperationSpec } from '@reevo/client/catalog';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/contract';
import type { ReferenceRuntime } from '../runtime/reference-runtime';
import { assertPermissions, authenticate, consumeQuota, requiredPermissions } from './access';
import { NonJsonBody, nonJsonBodyError } from './body-parsing';
import { PAYLOAD_TYPE_NAME, fastifyPath, operationRouteSchema } from './operation-schema';

export function registerPublicApi(app: FastifyInstance, runtime: ReferenceRuntime): void {
  for (const operation of operations) {
    app.route({
      method: operation.method,
      url: fastifyPath(operation.path),
      schema: operationRouteSchema(operation),
      preValidation: async (request, reply) => admit(runtime, operation, request, reply),
      handler: async (request, reply) => answer(runtime, operation, request, reply),
    });
  }
}

async function admit(runtime: ReferenceRuntime, operation: OperationSpec, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  request.reevo.operationId = operation.operationId;
  const caller = authenticate(runtime, request.headers[API_KEY_HEADER]);
  request.reevo.caller = caller;
  consumeQuota(runtime, caller.workspace, reply);
  assertPermissions(caller.key, requiredPermissions(operation, request.body));
  if (request.body instanceof NonJsonBody) {
    if (operation.body) throw nonJsonBodyError(request.body);
    request.body = undefined;
  }
  refuseRejectedFields(operation, request.body);
}

/** Fields another endpoint owns (a stage in an opportunity PATCH) answer 400 with the catalog's message. */
function refuseRejectedFields(operation: OperationSpec, body: unknown): void {
  if (!operation.rejectedBodyFields || body === null || typeof body !== 'object') return;
  const field = Object.keys(operation.rejectedBodyFields).find((name) => name in body);
  if (field === undefined) return;
  throw new DomainError('BadRequestError', operation.rejectedBodyFields[field] as string, { field });
}

async function answer(runtime: ReferenceRuntime, operation: OperationSpec, request: FastifyRequest, reply: FastifyReply) {
  const caller = request.reevo.caller;
  if (!caller) throw new Error(`${operation.operationId} ran without an authenticated caller.`);
  const { [PAYLOAD_TYPE_NAME]: _payloadType, ...query } = (request.query ?? {}) as Record<string, unknown>;
  const result = runtime.runOperation(caller.workspace, operation.operationId, {
    params: (request.params ?? {}) as Record<string, unknown>,
    query,
    body: (request.body ?? {}) as Record<string, unknown>,
  });
  reply.code(operation.successStatus);
  if (!operation.response) return reply.send();
  return result;
}
