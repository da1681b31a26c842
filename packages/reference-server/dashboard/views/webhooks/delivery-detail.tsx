/** One delivery in full: where it went, why it stopped, each attempt with its status, time and signed headers, and the payload. */
import type { Delivery } from '../../api';
import { DataTable } from '../../components/data-table';
import { JsonView } from '../../components/json-view';
import { StatusBadge } from '../../components/status-badge';

interface DeliveryDetailProps {
  delivery: Delivery;
  busy: boolean;
  onRedeliver: (delivery: Delivery) => void;
}

export function DeliveryDetail({ delivery, busy, onRedeliver }: DeliveryDetailProps) {
  return (
    <section class="detail" aria-labelledby="delivery-detail">
      <h3 id="delivery-detail">Delivery {delivery.id}</h3>
      <dl>
        <dt>State</dt>
        <dd>
          <DeliveryState delivery={delivery} />
        </dd>
        <dt>Event</dt>
        <dd>
          {delivery.eventType} (<code>{delivery.eventId}</code>)
        </dd>
        <dt>Subscription</dt>
        <dd>
          <code>{delivery.subscriptionId}</code>
        </dd>
        <dt>URL</dt>
        <dd>
          <code class="wrap">{delivery.url}</code>
        </dd>
        <dt>Next retry</dt>
        <dd>{delivery.nextAttemptAt ?? 'none'}</dd>
        {delivery.failureReason === null ? null : (
          <>
            <dt>Why it stopped</dt>
            <dd>{delivery.failureReason}</dd>
          </>
        )}
        {delivery.redeliveryOf === null ? null : (
          <>
            <dt>Redelivery of</dt>
            <dd>
              <code>{delivery.redeliveryOf}</code>
            </dd>
          </>
        )}
      </dl>
      <button type="button" disabled={busy} onClick={() => onRedeliver(delivery)}>
        Redeliver {delivery.id}
      </button>
      <DataTable
        caption={`Attempts of ${delivery.id}`}
        columns={[
          { header: 'Attempt', cell: (attempt) => attempt.number },
          { header: 'At', cell: (attempt) => attempt.at, nowrap: true },
          { header: 'Status', cell: (attempt) => <StatusBadge status={attempt.status} /> },
          { header: 'Error', cell: (attempt) => attempt.error ?? '—' },
          { header: 'Took', cell: (attempt) => `${Math.round(attempt.durationMs)} ms`, nowrap: true },
          { header: 'Headers sent (signature included)', cell: (attempt) => <JsonView label={`Headers of attempt ${attempt.number}`} value={attempt.requestHeaders} /> },
        ]}
        rows={delivery.attempts}
        rowKey={(attempt) => String(attempt.number)}
        empty="Not tried yet."
      />
      <h4>Payload</h4>
      <JsonView label={`Payload of ${delivery.id}`} value={delivery.payload} />
    </section>
  );
}

export function DeliveryState({ delivery }: { delivery: Delivery }) {
  const tone = delivery.state === 'delivered' ? 'ok' : delivery.state === 'failed' ? 'bad' : 'info';
  return <span class={`badge badge-${tone}`}>{delivery.state}</span>;
}
