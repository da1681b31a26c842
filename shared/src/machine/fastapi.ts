/**
 * FastAPI's error bodies, which both products' APIs answer with (Reevo for validation and unknown routes, Reeve for
 * every error): `{"detail": "<text>"}` and, for request validation, `{"detail": [{type, loc, msg, input}]}`. A
 * definition's error model reads them with these; its own meta (OpenAPI ids and words) it adds itself.
 */
import * as z from 'zod';
import type { FieldIssue } from './field-issue';

/** FastAPI's request-validation item: `{type, loc, msg, input}`, and `ctx` with the details of some types. */
export const FastApiValidationIssue = z.looseObject({
  type: z.string(),
  loc: z.array(z.union([z.string(), z.number()])),
  msg: z.string(),
  input: z.unknown().optional(),
  ctx: z.record(z.string(), z.unknown()).optional(),
});

/** 422 request validation: one item per invalid field. */
export const FastApiValidationErrorBody = z.looseObject({ detail: z.array(FastApiValidationIssue) });

/** The plain error: a sentence in `detail`. */
export const FastApiDetailErrorBody = z.looseObject({ detail: z.string() });

/** FastAPI's `loc` is `[part, ...path]`: `["body","metadata","subject"]` → field `metadata.subject` in `body`. */
export function issueFromFastApi(issue: z.output<typeof FastApiValidationIssue>): FieldIssue {
  const [location, ...path] = issue.loc;
  return { field: path.join('.'), location: String(location ?? 'body'), message: issue.msg, type: issue.type };
}

/** The text of a plain `{detail: "…"}` body, or undefined for any other body. */
export function fastApiDetailText(body: unknown): string | undefined {
  const parsed = FastApiDetailErrorBody.safeParse(body);
  return parsed.success ? parsed.data.detail : undefined;
}
