/**
 * The bounds on what one workspace holds (the README's limits table): a full workspace refuses the request before
 * anything changes, with a 400 naming the limit, its value and the way out.
 */
import type { DomainContext, DomainLimits } from '../contract';
import type { WorkspaceState } from '../model';
import { formatLimit as count } from '../../runtime/limits';
import { badRequest } from './errors';

function limitReached(limit: string, max: number, message: string) {
  return badRequest(message, { limit, max });
}

/**
 * Refuses a request that would add `adding` records of a kind to a store already at the limit. Handlers that create
 * more than one record call it first for each, so a refused request leaves nothing half made.
 */
export function assertRoomFor(store: ReadonlyMap<string, unknown>, kind: string, limits: DomainLimits, adding = 1): void {
  if (store.size + adding <= limits.recordsPerKind) return;
  throw limitReached(
    'records_per_kind',
    limits.recordsPerKind,
    `This workspace already holds ${count(store.size)} ${kind} records, and the reference server keeps at most ${count(limits.recordsPerKind)} of each kind per workspace (records_per_kind). Use another workspace (POST /__admin/workspaces) or reset the server (POST /__admin/reset).`,
  );
}

/**
 * Refuses a record whose custom fields (after a PATCH has merged its own) are too many or too large. They are the
 * one part of a record that grows from request to request (every other field is replaced), so they bound its size.
 */
export function assertCustomFieldsFit(record: object, kind: string, limits: DomainLimits): void {
  const customFields = (record as { custom_fields?: unknown }).custom_fields;
  if (!customFields || typeof customFields !== 'object') return;
  const held = Object.keys(customFields).length;
  if (held > limits.customFieldsPerRecord) {
    throw limitReached(
      'custom_fields_per_record',
      limits.customFieldsPerRecord,
      `custom_fields: this ${kind} would hold ${count(held)} custom fields, and the reference server keeps at most ${count(limits.customFieldsPerRecord)} per record (custom_fields_per_record). Remove some (a null value in a PATCH removes a key).`,
    );
  }
  const bytes = Buffer.byteLength(JSON.stringify(customFields));
  if (bytes > limits.customFieldsBytes) {
    throw limitReached(
      'custom_fields_bytes',
      limits.customFieldsBytes,
      `custom_fields: this ${kind}'s custom fields would take ${count(bytes)} bytes as JSON, and the reference server keeps at most ${count(limits.customFieldsBytes)} per record (custom_fields_bytes). Send shorter values or fewer of them.`,
    );
  }
}

/** Each active subscription costs one POST per event it lists, so a workspace holds a bounded number. */
export function assertSubscriptionRoom(state: WorkspaceState, context: Pick<DomainContext, 'limits'>): void {
  const { subscriptionsPerWorkspace } = context.limits;
  if (state.webhooks.size < subscriptionsPerWorkspace) return;
  throw limitReached(
    'subscriptions_per_workspace',
    subscriptionsPerWorkspace,
    `This workspace already has ${count(state.webhooks.size)} webhook subscriptions, the reference server's limit per workspace (subscriptions_per_workspace, disabled ones included). Delete the ones you no longer use (DELETE /api/v1/public/webhooks/{webhook_id}).`,
  );
}
