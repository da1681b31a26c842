/**
 * A Zapier create over one catalog operation: input fields derived from the catalog, the call through the shared
 * client, the created object as the result, and the catalog's example as the sample.
 */
import type { Bundle, Create, ZObject } from 'zapier-platform-core';
import { callApi } from '../http/call-api';
import type { ZapierProduct } from '../product';
import { actionDefinition, actionInputOf, exampleResponse, operationFields, type CatalogActionOptions } from './operation-fields';
import { recordOperation } from './registry';

export interface CatalogCreateOptions extends CatalogActionOptions {
  /** Title Case, in Zapier's words: "Create Account". */
  label: string;
  /** Starts with a plural verb, ends with a period: "Creates a new account." */
  description: string;
  /** Reshapes the API's answer into the object the Zap sees (the same function shapes the sample). */
  toResult?: (output: unknown) => Record<string, unknown>;
}

export type CreatePerformFunction = (z: ZObject, bundle: Bundle) => Promise<Record<string, unknown>>;

export function defineCatalogCreate(product: ZapierProduct, options: CatalogCreateOptions): Create & { operation: { perform: CreatePerformFunction } } {
  const { operation } = options;
  recordOperation(options.key, operation.operationId);
  const fields = operationFields(product, operation, options.fields);
  const toResult = options.toResult ?? ((output: unknown) => output as Record<string, unknown>);
  const perform: CreatePerformFunction = async (z, bundle) => {
    const input = actionInputOf(options, fields, z, bundle);
    return toResult(await callApi(product, z, bundle, operation, input, { labels: fields.labels }));
  };
  return actionDefinition(options, fields, perform, toResult(exampleResponse(operation)), operation.response);
}
