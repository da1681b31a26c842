/**
 * Connection Status Changed: one subscription to the four lifecycle events (connected, disconnected, expired, error),
 * with an optional Status filter, so a Zap can alert on expired or failing connections.
 */
import { CONNECTION_EVENT_TYPES, CONNECTION_STATUSES, type SystemEvent } from '@integration-pack/core/reeve/api';
import { TRIGGER_KEYS } from '../keys';
import { defineEventTrigger } from '../reeve';
import { recentEventsOf } from '../provider-event/provider-event-triggers';

const STATUS_LABELS: Record<(typeof CONNECTION_STATUSES)[number], string> = {
  connected: 'Connected',
  disconnected: 'Disconnected',
  expired: 'Expired (reconnect needed)',
  error: 'Error (the provider keeps failing)',
};

/** The event a status change arrives as: `connection.<status>`. */
const statusOf = (event: SystemEvent) => event.type.replace(/^connection\./, '');

export default defineEventTrigger({
  key: TRIGGER_KEYS.connectionStatusChanged,
  noun: 'Connection',
  event: 'connection.expired',
  events: CONNECTION_EVENT_TYPES,
  display: {
    label: 'Connection Status Changed',
    description: 'Triggers when a provider connection is connected, disconnected, expires or fails (choose a status to watch only that one).',
  },
  inputFields: [
    {
      key: 'status',
      label: 'Status',
      required: false,
      helpText: 'Only changes to this status trigger the Zap. Leave empty for every change.',
      choices: CONNECTION_STATUSES.map((status) => ({ value: status, sample: status, label: STATUS_LABELS[status] })),
    },
  ],
  matches: (event, inputData) => !inputData.status || statusOf(event) === inputData.status,
  listRecords: async (z, bundle) => (await Promise.all(CONNECTION_EVENT_TYPES.map((type) => recentEventsOf(type)(z, bundle)))).flat().sort(newestFirst),
});

function newestFirst(a: Record<string, unknown>, b: Record<string, unknown>): number {
  return String(b.received_at).localeCompare(String(a.received_at));
}
