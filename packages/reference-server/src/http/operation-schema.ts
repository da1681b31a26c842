/**
 * The fastify route schema of a catalog operation: request parts and the success response come straight from the
 * catalog's zod schemas, and the API adds what only it has (`ServedApi.routeSchema`), so both validation and
 * `/openapi.json` read the same source.
 */
import type { OperationSpec } from '@integration-pack/core/machine';
import type { FastifySchema } from 'fastify';

export function operationRouteSchema(operation: OperationSpec, apiParts: FastifySchema = {}): FastifySchema {
  const { response: apiResponses, querystring: apiQuery, ...apiRest } = apiParts as FastifySchema & { response?: Record<number, unknown> };
  const query = apiQuery ?? operation.query;
  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    description: operation.description,
    ...apiRest,
    ...(operation.params ? { params: operation.params } : {}),
    ...(query ? { querystring: query } : {}),
    ...(operation.body ? { body: operation.body } : {}),
    response: {
      ...(operation.response ? { [operation.successStatus]: operation.response } : {}),
      ...apiResponses,
    },
  } as FastifySchema;
}

/** `/accounts/{account_id}` → `/accounts/:account_id`, fastify's form. */
export function fastifyPath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ':$1');
}
