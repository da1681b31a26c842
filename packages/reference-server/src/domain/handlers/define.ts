/**
 * Ties a handler to its catalog operation, so its input is typed from the operation's parsed (zod output) params,
 * query and body, and its return value from the success response.
 */
import type { CatalogOperation, OperationId, OperationOutput, OperationSpec } from '@integration-pack/core/reevo/api';
import type * as z from 'zod';
import type { DomainContext, HandlerInput, OperationHandler } from '../contract';
import type { WorkspaceState } from '../model';

export type { CatalogOperation, OperationId };

type Parsed<S> = S extends z.ZodType ? z.output<S> : Record<string, never>;

export interface TypedInput<O extends OperationSpec> {
  params: Parsed<O['params']>;
  query: Parsed<O['query']>;
  body: Parsed<O['body']>;
}

/** What the handler answers: the catalog's type of the success body (`OperationOutput`, the client's own). */
export type ResponseOf<O extends OperationSpec> = OperationOutput<O>;

export type WorkspaceHandler = OperationHandler<WorkspaceState>;

export function defineHandler<O extends OperationSpec>(
  _operation: O,
  run: (state: WorkspaceState, context: DomainContext, input: TypedInput<O>) => ResponseOf<O>,
): WorkspaceHandler {
  // The HTTP layer parsed the input with this operation's schemas before calling, so the cast only restores types.
  return (state, context, input: HandlerInput) => run(state, context, input as unknown as TypedInput<O>);
}
