/**
 * The one way an admin route describes itself (packages/reference-server/README.md, "Documenting an admin route"):
 * its operationId, summary and description, under the admin tag without an API key, and every answer it gives beside
 * its success: each refusal of its own (`{"detail": "<sentence>"}`, the admin API's error body) with words saying
 * when and what to do, and, where the route takes input, the 422 that validation answers. The guard's answers are
 * added to every admin route by `http/openapi.ts`. The error answers are route response schemas, so the server's own
 * serializer holds each refusal to its documented shape.
 */
import { FastApiDetailErrorBody, FastApiValidationIssue } from '@integration-pack/core/machine';
import * as z from 'zod';
import { ADMIN_TAG } from './admin-tag';

/**
 * The statuses an admin route refuses with, beside the guard's and validation's: 4xx only, since the server never
 * answers a 5xx of its own (an injected fault is the caller's request). A 422 is said through `invalid`.
 */
export type AdminRefusalStatus = 400 | 404 | 409;

export interface AdminOperationDocs {
  operationId: string;
  /** A short title, as a list of operations shows it. */
  summary: string;
  /** What the route does, when to use it, and what it changes. */
  description: string;
  /** The route's own refusals by status: when each happens and how to get past it. */
  refusals?: Readonly<Partial<Record<AdminRefusalStatus, string>>>;
  /** More words for the 422, where the route also refuses input its schema lets through (a clock out of range). */
  invalid?: string;
}

interface AdminInputSchemas {
  params?: z.ZodType;
  querystring?: z.ZodType;
  body?: z.ZodType;
  response: Record<number, z.ZodType>;
}

const INVALID_INPUT =
  'The input is invalid: `detail` lists each field FastAPI\'s way (`{type, loc, msg, input}`), or, for a body that cannot be read (malformed JSON, nested too deep, a forbidden key), says why in one sentence.';

/** 422: FastAPI's `detail[]` from validation, or one sentence where the body cannot be read (`admin-errors.ts`). */
const InvalidInputBody = z.object({ detail: z.union([z.array(FastApiValidationIssue), z.string()]) });

export function adminRouteSchema<const S extends AdminInputSchemas>(docs: AdminOperationDocs, schema: S) {
  const validatesInput = schema.params !== undefined || schema.querystring !== undefined || schema.body !== undefined;
  const refusals = Object.entries(docs.refusals ?? {}).map(([status, words]) => [status, FastApiDetailErrorBody.describe(words)] as const);
  return {
    tags: [ADMIN_TAG],
    operationId: docs.operationId,
    summary: docs.summary,
    description: docs.description,
    security: [],
    ...schema,
    response: {
      ...schema.response,
      ...Object.fromEntries(refusals),
      ...(validatesInput ? { 422: InvalidInputBody.describe(docs.invalid === undefined ? INVALID_INPUT : `${INVALID_INPUT} ${docs.invalid}`) } : {}),
    } as S['response'],
  };
}
