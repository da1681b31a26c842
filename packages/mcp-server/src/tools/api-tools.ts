/**
 * The tools of one API definition: one per operation of its catalog (never a hand-made list), each with its name,
 * description, schemas and annotations derived from the catalog entry.
 */
import { catalogEntriesOf, type ApiDefinition, type OperationSpec } from '@integration-pack/core/machine';
import type { ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import { annotationsOf } from './tool-annotations';
import { describeTool } from './tool-description';
import { toolName } from './tool-name';
import { inputSchemaOf, outputSchemaOf, resultShapeOf, type JsonSchemaObject, type ResultShape } from './tool-schemas';

export interface ApiTool {
  name: string;
  title: string;
  description: string;
  inputSchema: JsonSchemaObject;
  outputSchema?: JsonSchemaObject;
  annotations: ToolAnnotations;
  operation: OperationSpec;
  resultShape: ResultShape;
}

export function apiToolsOf(definition: ApiDefinition, prefix: string): ApiTool[] {
  const named = catalogEntriesOf(definition.catalog).map(({ group, name, operation }) => ({ operation, method: name, tool: toolName(prefix, group, name) }));
  return named.map((entry) => {
    const { operation, tool } = entry;
    const resultShape = resultShapeOf(operation, definition.paging);
    const outputSchema = outputSchemaOf(operation, resultShape);
    return {
      name: tool,
      title: operation.summary,
      description: describeTool(definition, entry, named, resultShape),
      inputSchema: inputSchemaOf(operation),
      ...(outputSchema ? { outputSchema } : {}),
      annotations: annotationsOf(operation),
      operation,
      resultShape,
    };
  });
}
