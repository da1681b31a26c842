/**
 * Validates request parts with their zod schemas and reports failures as FastAPI 422 items. It replaces the type
 * provider's validator only to keep zod's issues whole (paths with numbers, the offending values), which FastAPI's
 * `loc` and `input` need.
 */
import type { FastifySchemaCompiler } from 'fastify';
import type * as z from 'zod';
import { RequestValidationError } from './errors';
import { toFastApiIssues, type RequestPart } from './validation-issues';

const PART_BY_HTTP_PART: Record<string, RequestPart> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
};

export const zodRequestValidator: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => {
  const part = PART_BY_HTTP_PART[httpPart ?? 'body'] ?? 'body';
  return (data: unknown) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(toFastApiIssues(part, result.error.issues, data)) };
  };
};
