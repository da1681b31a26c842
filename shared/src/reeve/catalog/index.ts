/**
 * The Reeve Connectors API as data (docs/reeve-api.md §3): endpoints 1–9, their objects and the events of §4. Plain
 * zod, no HTTP library: the reference server, OpenAPI and the platform layers read it as well as the client.
 * Endpoint 10 (the providers' own webhooks) is no client operation: the reference server registers it itself.
 */
import { catalogEntriesOf, type CatalogEntry } from '../../machine/definition';
import { connectionOperations } from './connections';
import { eventOperations } from './events';
import type { ReeveOperationSpec } from './operation';
import { webhookOperations } from './webhooks';

/** Operations grouped by resource; the group and method names are the typed client's (`client.connections.list`). */
export const reeveCatalog = {
  connections: connectionOperations,
  events: eventOperations,
  webhooks: webhookOperations,
} as const;
export type ReeveCatalog = typeof reeveCatalog;
export type ReeveResourceGroup = keyof ReeveCatalog;
export type ReeveCatalogOperation = { [G in ReeveResourceGroup]: ReeveCatalog[G][keyof ReeveCatalog[G]] }[ReeveResourceGroup];
/** The literal union of operation ids, for tables that must cover every operation. */
export type ReeveOperationId = ReeveCatalogOperation['operationId'];

export const reeveCatalogEntries: readonly CatalogEntry<ReeveOperationSpec, ReeveResourceGroup>[] = catalogEntriesOf<ReeveOperationSpec, ReeveResourceGroup>(reeveCatalog);
export const reeveOperations: readonly ReeveOperationSpec[] = reeveCatalogEntries.map((entry) => entry.operation);

export function findReeveOperation(operationId: string): ReeveOperationSpec | undefined {
  return reeveOperations.find((operation) => operation.operationId === operationId);
}

export const REEVE_BASE_URL = 'https://services.meetreeve.com';
/** The header that chooses the brand of a request ([C], docs/reeve-api.md §1 "Brands"). */
export const BRAND_HEADER = 'X-Reeve-Brand';

export * from './common';
export * from './connection';
export * from './connections';
export * from './events';
export * from './operation';
export * from './provider-payloads';
export * from './system-event';
export type * from './types.generated';
export * from './webhooks';
