/**
 * A tool's description, written for an agent: the catalog's description, with other operations it names given their
 * tool names (so "prefer Upsert Account and Contact" says which tool), the permissions the credential needs, how a
 * search pages, and which webhook events a call emits.
 */
import type { ApiDefinition, OperationSpec } from '@integration-pack/core/machine';
import type { ResultShape } from './tool-schemas';

export interface NamedOperation {
  operation: OperationSpec;
  tool: string;
}

export function describeTool(definition: ApiDefinition, { operation }: NamedOperation, others: readonly NamedOperation[], shape: ResultShape): string {
  return [
    withToolNames(operation.description, operation, others),
    permissionSentence(definition, operation),
    pagingSentence(operation, shape),
    operation.emits.length > 0 ? `Emits the webhook event${operation.emits.length === 1 ? '' : 's'} ${operation.emits.join(', ')}.` : undefined,
  ]
    .filter((sentence) => sentence !== undefined)
    .join('\n\n');
}

function withToolNames(description: string, self: OperationSpec, others: readonly NamedOperation[]): string {
  // Longest summaries first, so "Upsert Account and Contact" is named before a shorter summary inside it could be.
  const named = others.filter(({ operation }) => operation !== self).sort((a, b) => b.operation.summary.length - a.operation.summary.length);
  let text = description;
  for (const { operation, tool } of named) {
    if (text.includes(operation.summary)) text = text.replace(operation.summary, `${operation.summary} (the tool ${tool})`);
  }
  return text;
}

function permissionSentence(definition: ApiDefinition, operation: OperationSpec): string | undefined {
  const model = definition.permissions;
  if (!model || operation.permissions.length === 0) return undefined;
  const labels = operation.permissions.map((permission) => `${model.label(permission)} (${permission})`).join(' and ');
  const rules = model.rules.filter((rule) => rule.operationId === operation.operationId).map((rule) => ` Each value of ${rule.field} needs its own read permission too.`);
  return `Needs the ${definition.name} API key permission${operation.permissions.length === 1 ? '' : 's'} ${labels}.${rules.join('')} A key without it gets a permission error naming what to add.`;
}

function pagingSentence(operation: OperationSpec, shape: ResultShape): string | undefined {
  if (shape.kind === 'list') return 'Answers every match at once, as items.';
  if (shape.kind !== 'page' || !operation.pagination) return undefined;
  const { defaultLimit, maxLimit } = operation.pagination;
  return `Answers one page as items (${shape.limitParam} ${defaultLimit} by default, at most ${maxLimit}). When has_more is true, call again with ${shape.offsetParam} set to next_offset for the next page.`;
}
