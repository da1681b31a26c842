/**
 * A Zapier create over one catalog operation: input fields derived from the catalog, the call through the shared
 * client, the created object as the result, and the catalog's example as the sample.
 */
import type { Bundle, Create, PlainOutputField, ZObject } from 'zapier-platform-core';
import { callApi } from '../http/call-api';
import { outputFieldsFrom, withSampleFields } from '../fields/output-fields';
import type { ZapierProduct } from '../product';
import { exampleResponse, operationFields, type CatalogActionOptions } from './operation-fields';
import { recordOperation } from './registry';

export interface CatalogCreateOptions extends CatalogActionOptions {
  /** Title Case, in Zapier's words: "Create Account". */
  label: string;
  /** Starts with a plural verb, ends with a period: "Creates a new account." */
  description: string;
  /** Reshapes the API's answer into the object the Zap sees (the same function shapes the sample). */
  toResult?: (output: unknown) => Record<string, unknown>;
  /** Labels for what `toResult` returns, when it is not the operation's response as is. */
  outputFields?: PlainOutputField[];
}

export type CreatePerformFunction = (z: ZObject, bundle: Bundle) => Promise<Record<string, unknown>>;

export function defineCatalogCreate(product: ZapierProduct, options: CatalogCreateOptions): Create & { operation: { perform: CreatePerformFunction } } {
  const { operation } = options;
  recordOperation(options.key, operation.operationId);
  const fields = operationFields(product, operation, options.fields);
  const toResult = options.toResult ?? ((output: unknown) => output as Record<string, unknown>);
  const perform: CreatePerformFunction = async (z, bundle) => {
    const input = fields.requestInputOf(z, bundle);
    return toResult(await callApi(product, z, bundle, operation, input, { labels: fields.labels }));
  };
  const sample = toResult(exampleResponse(operation));
  return {
    key: options.key,
    noun: options.noun,
    display: { label: options.label, description: options.description },
    operation: {
      inputFields: fields.inputFields,
      perform,
      sample,
      outputFields: withSampleFields(options.outputFields ?? (operation.response ? outputFieldsFrom(operation.response) : []), sample),
    },
  };
}
