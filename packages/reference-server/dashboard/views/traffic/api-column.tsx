/**
 * How the Traffic view shows which API answered a request, and its payload_type: a parameter only Reevo has, so a
 * request of another API shows "—" (not applicable) rather than "not sent".
 */
import type { JournalEntry } from '../../api';
import type { ServedApiName } from '../../../src/api-names';

/** Each API's name as people say it, for the column and the filter's choices. */
export const API_LABELS: Readonly<Record<ServedApiName, string>> = { reevo: 'Reevo', reeve: 'Reeve' };

export function apiLabel(api: JournalEntry['api']): string {
  if (api === null) return 'none (no API owns the path)';
  return API_LABELS[api as ServedApiName] ?? api;
}

/** Whether the request's API has the payload_type parameter at all. */
function hasPayloadType(entry: JournalEntry): boolean {
  return entry.api === 'reevo';
}

export function PayloadTypeCell({ entry }: { entry: JournalEntry }) {
  if (!hasPayloadType(entry)) return <NotApplicable />;
  return <>{entry.payloadType ?? 'not sent'}</>;
}

/** The payload_type line of a request's detail. */
export function payloadTypeDetail(entry: JournalEntry): string {
  if (!hasPayloadType(entry)) return `not applicable (${entry.api === null ? 'no API owns the path' : `${apiLabel(entry.api)} has no payload_type`})`;
  return entry.payloadType === null ? 'not sent' : `sent: ${entry.payloadType}`;
}

function NotApplicable() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span class="visually-hidden">not applicable</span>
    </>
  );
}
