/**
 * A tool's description, written for an agent: the catalog's description, with other operations it names given their
 * tool names (so "prefer Upsert Account and Contact" says which tool), the permissions the credential needs, how a
 * search pages, and which webhook events a call emits.
 */
import type { ApiDefinition, OperationSpec } from '@integration-pack/core/machine';
import type { ResultShape } from './tool-schemas';

export interface NamedOperation {
  operation: OperationSpec;
  /** The catalog's (and the client's) method name, e.g. `shiftStage`. */
  method: string;
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

/**
 * Descriptions name other operations by their summary ("prefer Upsert Account and Contact") or by their method in
 * words ("use Shift Stage" for `shiftStage`); each mention gets the tool's name after it. A one-word method ("get")
 * is too common a word to count as a mention.
 */
function withToolNames(description: string, self: OperationSpec, others: readonly NamedOperation[]): string {
  const mentions = others
    .filter(({ operation }) => operation !== self)
    .flatMap(({ operation, method, tool }) => [operation.summary, methodInWords(method)].filter((phrase) => phrase !== undefined).map((phrase) => ({ phrase, tool })))
    // Longest first, so "Upsert Account and Contact" is named before a shorter phrase inside it could be.
    .sort((a, b) => b.phrase.length - a.phrase.length);
  let text = description;
  const named = new Set<string>();
  for (const { phrase, tool } of mentions) {
    if (named.has(tool) || !text.includes(phrase)) continue;
    text = text.replace(phrase, `${phrase} (the tool ${tool})`);
    named.add(tool);
  }
  return text;
}

/** `shiftStage` → "Shift Stage"; undefined for a one-word method. */
function methodInWords(method: string): string | undefined {
  const words = method.split(/(?=[A-Z])/);
  return words.length < 2 ? undefined : words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
}

function permissionSentence(definition: ApiDefinition, operation: OperationSpec): string | undefined {
  const model = definition.permissions;
  if (!model || operation.permissions.length === 0) return undefined;
  const labels = operation.permissions.map((permission) => `${model.label(permission)} (${permission})`).join(' and ');
  const rules = model.rules.filter((rule) => rule.operationId === operation.operationId).map((rule) => ` Each value of ${rule.field} needs its own read permission too.`);
  return `Needs the ${definition.name} permission${operation.permissions.length === 1 ? '' : 's'} ${labels}.${rules.join('')} A credential without it gets a permission error naming what to add.`;
}

function pagingSentence(operation: OperationSpec, shape: ResultShape): string | undefined {
  if (shape.kind === 'list') return 'Answers every match at once, as items.';
  if (shape.kind !== 'page' || !operation.pagination) return undefined;
  const { defaultLimit, maxLimit } = operation.pagination;
  return `Answers one page as items (${shape.limitParam} ${defaultLimit} by default, at most ${maxLimit}). When has_more is true, call again with ${shape.offsetParam} set to next_offset for the next page.`;
}
