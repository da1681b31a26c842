/**
 * The fastify route schema of a catalog operation: request parts and responses come straight from the catalog's
 * zod schemas, plus the `payload_type` query parameter every operation accepts (API.md §1) and the error
 * envelopes, so both validation and `/openapi.json` read the same source.
 */
import {
  ApplicationErrorBody,
  PAYLOAD_TYPE_PARAM,
  ValidationErrorBody,
  field,
  type OperationSpec,
} from '@reevo/client/catalog';
import type { FastifySchema } from 'fastify';
import * as z from 'zod';

export const PAYLOAD_TYPE_NAME = PAYLOAD_TYPE_PARAM.name;

const payloadType = field(z.literal(PAYLOAD_TYPE_PARAM.value), {
  title: 'Payload Type',
  description: 'Reevo asks integrators to send payload_type=json on every request. Optional; json is the only value.',
  example: PAYLOAD_TYPE_PARAM.value,
  source: 'R',
}).optional();

/**
 * The catalog's query schema with `payload_type` added. Operations without query parameters ignore unknown ones,
 * as FastAPI does; where the catalog declares a strict query, it stays strict.
 */
export function querySchema(operation: OperationSpec): z.ZodType {
  return operation.query ? operation.query.safeExtend({ [PAYLOAD_TYPE_NAME]: payloadType }) : z.object({ [PAYLOAD_TYPE_NAME]: payloadType });
}

/** The error answers an operation can give, documented and checked like its success body. */
function errorResponses(operation: OperationSpec): Record<number, z.ZodType> {
  const businessRule: Record<number, z.ZodType> = operation.body ? { 400: ApplicationErrorBody } : {};
  return {
    ...businessRule,
    401: ApplicationErrorBody,
    403: ApplicationErrorBody,
    404: ApplicationErrorBody,
    422: ValidationErrorBody,
    429: ApplicationErrorBody,
  };
}

export function operationRouteSchema(operation: OperationSpec): FastifySchema {
  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    description: operation.description,
    'x-reevo-source': operation.source,
    'x-reevo-permissions': operation.permissions,
    ...(operation.params ? { params: operation.params } : {}),
    querystring: querySchema(operation),
    ...(operation.body ? { body: operation.body } : {}),
    response: {
      ...(operation.response ? { [operation.successStatus]: operation.response } : {}),
      ...errorResponses(operation),
    },
  } as FastifySchema;
}

/** `/accounts/{account_id}` → `/accounts/:account_id`, fastify's form. */
export function fastifyPath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ':$1');
}
