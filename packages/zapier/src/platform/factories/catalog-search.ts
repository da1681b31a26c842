/**
 * A Zapier search over one catalog operation: searches answer a list, `[]` when nothing matches (a 404 for the
 * record included), and never fail on a miss.
 */
import type { OperationSpec } from '@integration-pack/core/machine';
import type { Bundle, Search, ZObject } from 'zapier-platform-core';
import { callApi } from '../http/call-api';
import type { ZapierProduct } from '../product';
import { actionDefinition, actionInputOf, exampleResponse, operationFields, type CatalogActionOptions } from './operation-fields';
import { recordOperation } from './registry';

export interface CatalogSearchOptions extends CatalogActionOptions {
  /** Title Case, starting with "Find". */
  label: string;
  /** Starts with "Finds", ends with a period. */
  description: string;
  /** Reshapes the API's answer into the results the Zap sees (the same function shapes the sample). */
  toResults?: (output: unknown) => Record<string, unknown>[];
}

export type SearchPerformFunction = (z: ZObject, bundle: Bundle) => Promise<Record<string, unknown>[]>;

export function defineCatalogSearch(product: ZapierProduct, options: CatalogSearchOptions): Search & { operation: { perform: SearchPerformFunction } } {
  const { operation } = options;
  recordOperation(options.key, operation.operationId);
  const fields = operationFields(product, operation, options.fields);
  const toResults = options.toResults ?? asResults;
  const perform: SearchPerformFunction = async (z, bundle) => {
    const input = actionInputOf(options, fields, z, bundle);
    const output = await callApi<OperationSpec, undefined>(product, z, bundle, operation, input, { labels: fields.labels, onRecordNotFound: () => undefined });
    return output === undefined ? [] : toResults(output);
  };
  const [sample] = toResults(exampleResponse(operation));
  return actionDefinition(options, fields, perform, sample, operation.response ? itemSchemaOf(operation) : undefined);
}

/** A search that reads one record (by ID) answers it as a one-item list. */
function asResults(output: unknown): Record<string, unknown>[] {
  if (Array.isArray(output)) return output as Record<string, unknown>[];
  return output === undefined || output === null ? [] : [output as Record<string, unknown>];
}

function itemSchemaOf(operation: OperationSpec) {
  const response = operation.response!;
  const element = (response as { element?: unknown }).element;
  return (element ?? response) as typeof response;
}
