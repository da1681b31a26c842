/**
 * A Reeve user's connections as stored (status, expiry, last refresh, brand; never a token) with each one's refresh
 * history, and the SystemEvents the user's connections and providers emitted, newest first, beside the server's clock.
 */
import { useState } from 'preact/hooks';
import { reeveAdmin, serverAdmin, type ReeveConnection, type ReeveUser } from '../../api';
import { DataTable } from '../../components/data-table';
import { ChoiceSelect, userChoice } from '../../components/choice-select';
import { JsonView } from '../../components/json-view';
import { LoadedView } from '../../components/loaded-view';
import { useLoad } from '../../components/use-load';

interface ReeveConnectionsProps {
  users: readonly ReeveUser[];
  userId: string;
  onUser: (id: string) => void;
}

const STATUS_TONE: Record<ReeveConnection['status'], string> = { connected: 'ok', disconnected: 'info', expired: 'warn', error: 'bad' };

export function ReeveConnections({ users, userId, onUser }: ReeveConnectionsProps) {
  const [loaded, reload] = useLoad(
    () => (userId === '' ? Promise.resolve(null) : Promise.all([serverAdmin.clock(), reeveAdmin.connections(userId), reeveAdmin.events(userId)])),
    [userId],
  );
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <section aria-labelledby="data-connections">
      <h2 id="data-connections">Reeve connections</h2>
      <div class="filters">
        <ChoiceSelect label="Reeve user" choices={users} value={userId} onChange={onUser} {...userChoice} />
        <button type="button" onClick={reload}>
          Refresh connections
        </button>
      </div>
      <LoadedView loaded={loaded} retry={reload}>
        {(data) => {
          if (data === null) return <p>No Reeve user yet: create one in Controls.</p>;
          const [clock, { connections }, events] = data;
          const connection = connections.find((row) => `${row.brand_id}/${row.provider}` === chosen) ?? null;
          return (
            <>
              <p>
                Server clock: <time dateTime={clock.now}>{clock.now}</time> {clock.frozen ? '(frozen)' : '(running)'}. A connection is assessed (refreshed, or expired) when it is read.
              </p>
              <DataTable
                caption="Connections of the user (never a token)"
                columns={[
                  { header: 'Provider', cell: (row) => row.provider },
                  { header: 'Status', cell: (row) => <span class={`badge badge-${STATUS_TONE[row.status]}`}>{row.status}</span> },
                  { header: 'Brand', cell: (row) => <code>{row.brand_id}</code> },
                  { header: 'Account', cell: (row) => row.account_name },
                  { header: 'Token expires', cell: (row) => row.expires_at ?? 'never', nowrap: true },
                  { header: 'Last refresh', cell: (row) => row.last_refreshed_at ?? 'never', nowrap: true },
                  { header: 'Why', cell: (row) => row.status_reason ?? '—' },
                ]}
                rows={connections}
                rowKey={(row) => `${row.brand_id}/${row.provider}`}
                empty="This user has no connections."
                selectedKey={chosen}
                onSelect={(row) => setChosen(`${row.brand_id}/${row.provider}`)}
              />
              {connection === null ? null : (
                <DataTable
                  caption={`Refresh history of ${connection.provider}`}
                  columns={[
                    { header: 'At', cell: (record) => record.at, nowrap: true },
                    { header: 'Outcome', cell: (record) => record.outcome },
                    { header: 'Detail', cell: (record) => record.detail },
                  ]}
                  rows={connection.refresh_history}
                  rowKey={(record) => `${record.at}/${record.outcome}/${record.detail}`}
                  empty="Never refreshed."
                />
              )}
              <Events events={events} />
            </>
          );
        }}
      </LoadedView>
    </section>
  );
}

function Events({ events }: { events: Awaited<ReturnType<typeof reeveAdmin.events>> }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const event = events.find((candidate) => candidate.id === chosen) ?? null;
  return (
    <>
      <DataTable
        caption="Events the user's connections and providers emitted, newest first"
        columns={[
          { header: 'Event', cell: (row) => row.id, nowrap: true },
          { header: 'Type', cell: (row) => row.type },
          { header: 'Provider', cell: (row) => row.provider },
          { header: 'Brand', cell: (row) => <code>{row.brand_id}</code> },
          { header: 'Received', cell: (row) => row.received_at, nowrap: true },
        ]}
        rows={events}
        rowKey={(row) => row.id}
        empty="No events in the last 7 days."
        selectedKey={chosen}
        onSelect={(row) => setChosen(row.id)}
      />
      {event === null ? null : <JsonView label={`Data of event ${event.id}`} value={event.data} />}
    </>
  );
}
