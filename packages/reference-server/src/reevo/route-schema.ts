/**
 * What Reevo's routes have beyond the catalog's schemas: the `payload_type` query parameter every operation accepts
 * (docs/reevo-api.md §1), the error envelopes each operation can answer, documented and checked like its success
 * body, and the `x-reevo-*` extensions OpenAPI shows.
 */
import { ApplicationErrorBody, PAYLOAD_TYPE_PARAM, ValidationErrorBody, field, type OperationSpec } from '@integration-pack/core/reevo/api';
import type { OperationSpec as AnyOperationSpec } from '@integration-pack/core/machine';
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
export function querySchema(operation: AnyOperationSpec): z.ZodType {
  return operation.query ? operation.query.safeExtend({ [PAYLOAD_TYPE_NAME]: payloadType }) : z.object({ [PAYLOAD_TYPE_NAME]: payloadType });
}

/** The error answers an operation can give. */
function errorResponses(operation: AnyOperationSpec): Record<number, z.ZodType> {
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

export function reevoRouteSchema(operation: AnyOperationSpec): FastifySchema {
  return {
    'x-reevo-source': (operation as OperationSpec).source,
    'x-reevo-permissions': operation.permissions,
    querystring: querySchema(operation),
    response: errorResponses(operation),
  } as FastifySchema;
}
