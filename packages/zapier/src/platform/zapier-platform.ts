/**
 * The generic Zapier factories bound to one product: a product layer makes this once (Reevo's in src/reevo.ts) and
 * its entity folders define their triggers, creates and searches through it.
 */
import type { OperationInput, OperationOutput, OperationSpec } from '@integration-pack/core/machine';
import type { Bundle, ZObject } from 'zapier-platform-core';
import { defineAuthentication, type AuthenticationOptions } from './authentication';
import { defineCatalogCreate, type CatalogCreateOptions } from './factories/catalog-create';
import { defineCatalogSearch, type CatalogSearchOptions } from './factories/catalog-search';
import { defineEventTrigger, type EventTriggerOptions, type HookSource } from './factories/event-trigger';
import { operationFields } from './factories/operation-fields';
import { inputFieldsFrom, type InputFieldOptions } from './fields/input-fields';
import { callApi, type CallOptions } from './http/call-api';
import type * as z from 'zod';

export function zapierPlatform<Event>(source: HookSource<Event>) {
  const { product } = source;
  return {
    product,
    call<O extends OperationSpec, T = OperationOutput<O>>(
      zObject: ZObject,
      bundle: Pick<Bundle, 'authData'>,
      operation: O,
      input: OperationInput<O> | Record<string, unknown>,
      options?: CallOptions<T>,
    ): Promise<OperationOutput<O> | T> {
      return callApi<O, T>(product, zObject, bundle, operation, input, options);
    },
    defineAuthentication: (options: AuthenticationOptions) => defineAuthentication(product, options),
    defineCatalogCreate: (options: CatalogCreateOptions) => defineCatalogCreate(product, options),
    defineCatalogSearch: (options: CatalogSearchOptions) => defineCatalogSearch(product, options),
    defineEventTrigger: (options: EventTriggerOptions<Event>) => defineEventTrigger(source, options),
    inputFieldsFrom: (schema: z.ZodType, options?: InputFieldOptions) => inputFieldsFrom(product, schema, options),
    operationFields: (operation: OperationSpec, options?: InputFieldOptions) => operationFields(product, operation, options),
  };
}
