/**
 * Validates request parts with their zod schemas and reports failures as FastAPI 422 items. It replaces the type
 * provider's validator only to keep zod's issues whole (paths with numbers, the offending values), which FastAPI's
 * `loc` and `input` need. A body is first checked for strings past the server's limit (`request-limits.ts`); a
 * query's numbers are read from their text first (`query-numbers.ts`).
 */
import type { FastifySchemaCompiler } from 'fastify';
import type * as z from 'zod';
import { RequestValidationError } from './errors';
import { queryWithNumbers } from './query-numbers';
import { overlongStringIssue } from './request-limits';
import { toFastApiIssues, type RequestPart } from './validation-issues';

const PART_BY_HTTP_PART: Record<string, RequestPart> = {
  body: 'body',
  querystring: 'query',
  params: 'path',
  headers: 'header',
};

/** The validator compiler, with the server's limit on strings in a body. */
export function zodRequestValidator(maxStringLength: number): FastifySchemaCompiler<z.ZodType> {
  return ({ schema, httpPart }) => {
    const part = PART_BY_HTTP_PART[httpPart ?? 'body'] ?? 'body';
    return (received: unknown) => {
      const data = part === 'query' ? queryWithNumbers(schema, received) : received;
      const overlong = part === 'body' ? overlongStringIssue(data, maxStringLength) : null;
      if (overlong) return { error: new RequestValidationError([overlong]) };
      const result = schema.safeParse(data);
      if (result.success) return { value: result.data };
      return { error: new RequestValidationError(toFastApiIssues(part, result.error.issues, data)) };
    };
  };
}
