/**
 * MCP's tool annotations from the catalog (docs/decisions.md): a read or search neither changes state nor emits; a
 * DELETE (a delete, a disconnect) destroys; an operation safe to repeat is idempotent. Every tool acts on a remote
 * service that other people and systems change too (and that sends events on to webhook URLs), so every world is open.
 */
import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import type { OperationSpec } from '@integration-pack/core/machine';

export function annotationsOf(operation: OperationSpec): ToolAnnotations {
  const destructive = operation.method === 'DELETE';
  const readOnly = operation.safeToRetry && !destructive && operation.emits.length === 0;
  return {
    title: operation.summary,
    readOnlyHint: readOnly,
    // The hints below mean something only for a tool that changes state (MCP's rule), but are given for every tool.
    destructiveHint: destructive,
    idempotentHint: operation.safeToRetry,
    openWorldHint: true,
  };
}
