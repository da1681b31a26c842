/**
 * How this server serves Reevo's API definition (`reevoApi`): under `/api/v1/public`, authenticated by `x-api-key`
 * with its workspace's quota, answering in Reevo's envelopes, running the domain's handlers on the caller's
 * workspace. The route builder (`http/api-plugin.ts`) does the rest, as for any API.
 */
import { API_KEY_HEADER, API_PATH_PREFIX, reevoApi, type Permission } from '@integration-pack/core/reevo/api';
import type { OperationSpec } from '@integration-pack/core/machine';
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../domain/contract';
import { NonJsonBody, nonJsonBodyError, registerBodyParsers } from '../http/body-parsing';
import type { ServedApi } from '../http/served-api';
import type { ReferenceRuntime } from '../runtime/reference-runtime';
import { authenticate, consumeQuota, missingPermissionsError, type Caller } from './access';
import { handleReevoError, reevoFaultBody } from './envelopes';
import { reevoOpenApi } from './openapi-description';
import { PAYLOAD_TYPE_NAME, reevoRouteSchema } from './route-schema';

export function reevoServedApi(runtime: ReferenceRuntime): ServedApi<Caller> {
  return {
    definition: reevoApi,
    prefix: API_PATH_PREFIX,
    registerBodyParsers,
    handleError: handleReevoError,
    faultBody: reevoFaultBody,
    authenticate: (request) => authenticate(runtime, request.headers[API_KEY_HEADER]),
    identityOf: (caller) => ({ workspaceId: caller.workspace.id, owner: caller.workspace.id, credential: caller.key.name }),
    meter: (caller, reply) => consumeQuota(runtime, caller.workspace, reply),
    access: {
      granted: (caller) => caller.key.permissions,
      refuse: (missing) => missingPermissionsError(missing as readonly Permission[]),
    },
    admit: admitBody,
    routeSchema: reevoRouteSchema,
    run(caller, operation, { params, query, body }) {
      const { [PAYLOAD_TYPE_NAME]: _payloadType, ...operationQuery } = query;
      return runtime.runOperation(caller.workspace, operation.operationId, { params, query: operationQuery, body });
    },
    openApi: reevoOpenApi,
  };
}

/**
 * A body in another content type is refused only by operations that take one ([C]: FastAPI's 422); fields another
 * endpoint owns (a stage in an opportunity PATCH) answer 400 with the catalog's message.
 */
function admitBody(operation: OperationSpec, request: FastifyRequest): void {
  if (request.body instanceof NonJsonBody) {
    if (operation.body) throw nonJsonBodyError(request.body);
    request.body = undefined;
  }
  const body = request.body;
  if (!operation.rejectedBodyFields || body === null || typeof body !== 'object') return;
  const field = Object.keys(operation.rejectedBodyFields).find((name) => name in body);
  if (field === undefined) return;
  throw new DomainError('BadRequestError', operation.rejectedBodyFields[field] as string, { field });
}
