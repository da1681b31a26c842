/**
 * An argument the tool does not take. The client drops unknown fields (its zod objects strip them), so a misspelled
 * optional argument would be ignored without a word; an agent is told instead, with the names the tool takes.
 */
import type { ApiTool } from './api-tools';

export function unknownArgumentsMessage(tool: ApiTool, input: Record<string, unknown>): string | undefined {
  const known = Object.keys((tool.inputSchema.properties as Record<string, unknown> | undefined) ?? {});
  const unknown = Object.keys(input).filter((key) => !known.includes(key));
  if (unknown.length === 0) return undefined;
  const takes = known.length === 0 ? 'takes no arguments' : `takes ${known.join(', ')}`;
  return `${tool.name} does not take ${unknown.map((key) => `"${key}"`).join(', ')}: it ${takes}. Nothing was sent; call again with those names.`;
}
