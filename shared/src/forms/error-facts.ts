/**
 * What a platform needs to know of an API's error to tell a user what went wrong and what to do, in words no
 * product's error classes spell: each API definition's errors are read into these facts once (Reevo's in
 * src/reevo/error-facts.ts), and the Zapier and n8n layers map the facts to their own errors.
 */
import type { FieldIssue } from '../machine/field-issue';

export type ErrorKind =
  /** The credentials are unknown: reconnect. */
  | 'auth'
  /** The credentials were valid and have expired or been revoked: reconnect. */
  | 'expired-auth'
  | 'permission'
  | 'validation'
  /** A business rule refused the input (an unknown stage); `field` names the input at fault when the API says. */
  | 'bad-request'
  /** The record the input names does not exist. */
  | 'not-found'
  /** The API has no such endpoint: the base URL is wrong. */
  | 'route-not-found'
  | 'conflict'
  | 'quota'
  /** A third party behind the API (Reeve's providers) failed or could not be reached: try again later. */
  | 'provider'
  | 'server'
  /** No answer: unreachable, timed out or cancelled. */
  | 'network'
  | 'other';

export interface ErrorFacts {
  kind: ErrorKind;
  /** The error's own name (its class), for codes and logs. */
  name: string;
  /** The API's message or the client's, already naming the permission, field or limit and the fix. */
  message: string;
  /** The HTTP status, when the API answered. */
  status?: number;
  /** `permission`: what the credentials lack, in the definition's machine form (`contacts:write`). */
  missingPermissions?: readonly string[];
  /** `validation`: the fields at fault. */
  issues?: readonly FieldIssue[];
  /** `validation`: found by the client before anything was sent. */
  local?: boolean;
  /** `bad-request`: the input field the API names as at fault. */
  field?: string;
  /** `quota`: how long the API asks callers to wait. */
  retryAfterSeconds?: number;
  /** The API's answer as it came, for a platform's raw-error view (never the request, which holds credentials). */
  body?: unknown;
}

/** A definition's reader: the facts of one of its errors, or undefined for anything else (a platform's own error). */
export type ErrorFactsReader = (error: unknown) => ErrorFacts | undefined;
