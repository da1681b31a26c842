/**
 * The delivery log, newest first, a page at a time (the page in view is asked for again every few seconds, so a
 * retry or a redelivery shows as it happens), and the chosen delivery in full.
 */
import { useEffect, useState } from 'preact/hooks';
import { serverAdmin, type Delivery } from '../../api';
import { DataTable, Pager } from '../../components/data-table';
import { LoadedView } from '../../components/loaded-view';
import { StatusBadge } from '../../components/status-badge';
import { useAction } from '../../components/use-action';
import { useLoad } from '../../components/use-load';
import { DeliveryDetail, DeliveryState } from './delivery-detail';

const REFRESH_MS = 2_000;

/** `ownerName` names a workspace or Reeve user by its id (the delivery log files deliveries under one of them). */
export function Deliveries({ owner, ownerName }: { owner: string; ownerName: (id: string) => string }) {
  // The cursors of the pages before the one in view; none: the newest page.
  const [cursors, setCursors] = useState<string[]>([]);
  const [chosen, setChosen] = useState<Delivery | null>(null);
  const cursor = cursors.at(-1);
  const [loaded, reload] = useLoad(() => serverAdmin.deliveries(owner === '' ? undefined : owner, cursor), [owner, cursor]);
  const { run, busy } = useAction();

  useEffect(() => setCursors([]), [owner]);
  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  const rows = loaded.state === 'done' ? loaded.data : [];
  const shown = chosen === null ? null : (rows.find((row) => row.id === chosen.id) ?? chosen);
  const redeliver = (delivery: Delivery) =>
    run(`Redelivered ${delivery.id}`, () => serverAdmin.redeliver(delivery.id), (copy) => {
      setCursors([]);
      setChosen(copy);
      reload();
    });

  return (
    <section aria-labelledby="webhooks-deliveries">
      <h2 id="webhooks-deliveries">Deliveries</h2>
      <p>Live: this page is read again every {REFRESH_MS / 1000} seconds. A delivery's next retry follows the server's schedule; flush makes the next attempt of every queue now.</p>
      <button type="button" disabled={busy} onClick={() => run('Flushed every queue', serverAdmin.flush, reload)}>
        Flush queues
      </button>
      <LoadedView loaded={loaded} retry={reload}>
        {(page) => (
          <>
            <DataTable
              caption="Webhook deliveries, newest first"
              columns={[
                { header: 'Delivery', cell: (row) => row.id, nowrap: true },
                { header: 'Event', cell: (row) => row.eventType },
                { header: 'Owner', cell: (row) => ownerName(row.workspaceId) },
                { header: 'URL', cell: (row) => <code class="wrap">{row.url}</code> },
                { header: 'State', cell: (row) => <DeliveryState delivery={row} /> },
                { header: 'Last status', cell: (row) => (row.attempts.length === 0 ? 'not tried yet' : <StatusBadge status={row.attempts.at(-1)?.status ?? null} />) },
                { header: 'Attempts', cell: (row) => row.attempts.length },
                { header: 'Next retry', cell: (row) => row.nextAttemptAt ?? '—', nowrap: true },
              ]}
              rows={page}
              rowKey={(row) => row.id}
              empty="No deliveries yet: subscribe a receiver, then make something happen."
              selectedKey={shown?.id ?? null}
              onSelect={setChosen}
            />
            <Pager
              what="deliveries"
              status={page.length === 0 ? 'No deliveries on this page' : `Deliveries ${page[0]?.id} to ${page.at(-1)?.id}`}
              hasNewer={cursors.length > 0}
              hasOlder={page.length === 25}
              onNewest={() => setCursors([])}
              onNewer={() => setCursors((held) => held.slice(0, -1))}
              onOlder={() => {
                const last = page.at(-1);
                if (last) setCursors((held) => [...held, last.id]);
              }}
            />
          </>
        )}
      </LoadedView>
      {shown === null ? null : <DeliveryDetail delivery={shown} busy={busy} onRedeliver={redeliver} />}
    </section>
  );
}
