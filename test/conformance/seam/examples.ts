/** Requests made from an operation's first catalog example, for any API's definition. */
import type { OperationSpec } from '@reevo/client/machine';

/** A valid input for an operation (its first catalog example, path, query and body merged): the demo has those records. */
export function exampleInput(operation: OperationSpec): Record<string, unknown> {
  const [example] = operation.examples;
  return { ...example?.request.params, ...example?.request.query, ...example?.request.body };
}

/** The operation's path with the example's path params filled in. */
export function examplePath(operation: OperationSpec): string {
  const params = operation.examples[0]?.request.params ?? {};
  return operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) => String(params[name]));
}
