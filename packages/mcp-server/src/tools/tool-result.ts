/**
 * What a tool call answers: the client's answer as JSON text and `structuredContent`, or a tool error (`isError`)
 * carrying the client's message, which names the missing permission, the invalid field or the lapsed credential,
 * and the fix. Errors stay tool results, not protocol errors, so the agent reads them and can correct itself.
 */
import { errorCategoryOf } from '@integration-pack/core/machine';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { ApiTool } from './api-tools';
import { structuredResultOf } from './tool-schemas';

export function successResult(tool: ApiTool, answer: unknown, input: Record<string, unknown>): CallToolResult {
  const structured = structuredResultOf(tool.resultShape, answer, input);
  if (structured === undefined) return { content: [{ type: 'text', text: `Done: ${tool.title} succeeded.` }] };
  // The same JSON as text, for clients that do not read structuredContent (MCP's advice).
  return { content: [{ type: 'text', text: JSON.stringify(structured) }], structuredContent: structured };
}

export function errorResult(error: unknown): CallToolResult {
  const message = error instanceof Error ? error.message : String(error);
  // An error of no API's is a defect of this server; its message still helps, its stack is never shown.
  const text = errorCategoryOf(error) === undefined ? `The MCP server failed before it could answer: ${message}` : message;
  return { isError: true, content: [{ type: 'text', text }] };
}
