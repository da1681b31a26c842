/**
 * The Reevo public API v1 as data: every endpoint, object, permission, event and error shape. Plain zod, no
 * HTTP library: the reference server, OpenAPI, Zapier and n8n read it as well as the client.
 */
import { accountContactOperations } from './account-contact';
import { accountOperations } from './accounts';
import { activityOperations } from './activities';
import { contactOperations } from './contacts';
import { mailboxOperations } from './mailboxes';
import { catalogEntriesOf } from '../../machine/definition';
import type { OperationSpec } from './operation';
import { opportunityOperations } from './opportunities';
import { sequenceEnrollmentOperations } from './sequence-enrollments';
import { taskOperations } from './tasks';
import { userOperations } from './users';
import { webhookOperations } from './webhooks';

/** Operations grouped by resource; the group and method names are the typed client's (`client.accounts.create`). */
export const catalog = {
  accountContact: accountContactOperations,
  accounts: accountOperations,
  contacts: contactOperations,
  opportunities: opportunityOperations,
  tasks: taskOperations,
  activities: activityOperations,
  users: userOperations,
  mailboxes: mailboxOperations,
  sequenceEnrollments: sequenceEnrollmentOperations,
  webhooks: webhookOperations,
} as const;
export type Catalog = typeof catalog;
export type ResourceGroup = keyof Catalog;
/** Every catalog operation with its literal types. */
export type CatalogOperation = { [G in ResourceGroup]: Catalog[G][keyof Catalog[G]] }[ResourceGroup];
/** The literal union of operation ids, for tables that must cover every operation (`satisfies Record<OperationId, …>`). */
export type OperationId = CatalogOperation['operationId'];

export interface CatalogEntry {
  group: ResourceGroup;
  name: string;
  operation: OperationSpec;
}

/** Every operation once, with where it sits in the client. */
export const catalogEntries: readonly CatalogEntry[] = catalogEntriesOf<OperationSpec, ResourceGroup>(catalog);

export const operations: readonly OperationSpec[] = catalogEntries.map((entry) => entry.operation);

export function findOperation(operationId: string): OperationSpec | undefined {
  return operations.find((operation) => operation.operationId === operationId);
}

export const API_BASE_URL = 'https://api.reevo.ai';
export const API_PATH_PREFIX = '/api/v1/public';
export const API_KEY_HEADER = 'x-api-key';
/** Reevo's page tells integrators to send `payload_type=json` on every request. */
export const PAYLOAD_TYPE_PARAM = { name: 'payload_type', value: 'json' } as const;

export * from './access-rules';
export * from './accounts';
export * from './account-contact';
export * from './activities';
export * from './common';
export * from './contacts';
export * from './errors';
export * from './events';
export * from './examples';
export * from './mailboxes';
export * from './operation';
export * from './opportunities';
export * from './permissions';
export * from './sequence-enrollments';
export * from './tasks';
export type * from './types.generated';
export * from './users';
export * from './webhooks';
