/**
 * The two error envelopes of the API (API.md §3) and the application errors it answers with. The server
 * builds its error bodies from these, and the client parses them, so both speak exactly the same shapes.
 */
import * as z from 'zod';
import { FastApiDetailErrorBody, FastApiValidationErrorBody, FastApiValidationIssue } from '../../machine/fastapi';
import type { KnownOutput } from './operation';
import type { Permission } from './permissions';

/** FastAPI's request-validation item: `{type, loc, msg, input}`, and `ctx` with the details of some types. */
export const ValidationIssue = FastApiValidationIssue;
export type ValidationIssue = KnownOutput<typeof ValidationIssue>;

/** 422 request validation, FastAPI style. */
export const ValidationErrorBody = FastApiValidationErrorBody.meta({
  id: 'ValidationError',
  title: 'Validation Error',
  description: 'FastAPI request validation: one item per invalid field.',
});

/** FastAPI's plain error, for unknown paths (404) and methods (405). */
export const DetailErrorBody = FastApiDetailErrorBody.meta({ id: 'DetailError', title: 'Framework Error', description: 'An unknown path or method.' });

export const APPLICATION_ERRORS = {
  UnauthorizedError: 401,
  ForbiddenError: 403,
  NotFoundError: 404,
  BadRequestError: 400,
  ConflictError: 409,
  QuotaExceededError: 429,
} as const;
export type ApplicationErrorName = keyof typeof APPLICATION_ERRORS;

export const ApplicationErrorBody = z
  .looseObject({
    error_response_type: z.string(),
    error: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'ApplicationError', title: 'Application Error', description: 'An error of the application: auth, permission, quota, not found, business rule.' });
export type ApplicationErrorBody = KnownOutput<typeof ApplicationErrorBody>;

export interface PermissionErrorDetails {
  missing_permissions: Permission[];
}
export interface QuotaErrorDetails {
  limit: number;
  window_seconds: number;
  reset_at: string;
}

export const MESSAGES = {
  invalidKey: 'Invalid API key',
  expiredKey: 'API key has expired',
  missingPermissionsPrefix: 'API key is missing required permissions: ',
} as const;
