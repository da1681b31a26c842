/** Both products' webhook subscriptions (never their secrets), of everyone or of one workspace or Reeve user. */
import { reeveAdmin, reevoAdmin } from '../../api';
import { DataTable } from '../../components/data-table';
import { LoadedView } from '../../components/loaded-view';
import { useLoad } from '../../components/use-load';

interface SubscriptionRow {
  id: string;
  api: 'Reevo' | 'Reeve';
  owner: string;
  url: string;
  events: readonly string[];
  /** Reeve's filter by provider; null for Reevo, which has none. */
  providers: readonly string[] | null;
  status: 'active' | 'disabled';
  createdAt: string;
}

export function Subscriptions({ owner, ownerName }: { owner: string; ownerName: (id: string) => string }) {
  const isUser = owner.startsWith('usr_');
  const [loaded, retry] = useLoad(async (): Promise<SubscriptionRow[]> => {
    const [reevo, reeve] = await Promise.all([
      isUser ? [] : reevoAdmin.subscriptions(owner === '' ? undefined : owner),
      owner !== '' && !isUser ? [] : reeveAdmin.subscriptions(owner === '' ? undefined : owner),
    ]);
    return [
      ...reevo.map((row) => ({ id: row.id, api: 'Reevo' as const, owner: ownerName(row.workspace_id), url: row.url, events: row.events, providers: null, status: row.status, createdAt: row.created_at })),
      ...reeve.map((row) => ({
        id: row.id,
        api: 'Reeve' as const,
        owner: `${ownerName(row.user_id)} · ${row.brand_id}`,
        url: row.url,
        events: row.events,
        providers: row.providers,
        status: row.status,
        createdAt: row.created_at,
      })),
    ];
  }, [owner]);
  return (
    <section aria-labelledby="webhooks-subscriptions">
      <h2 id="webhooks-subscriptions">Subscriptions</h2>
      <button type="button" onClick={retry}>
        Refresh subscriptions
      </button>
      <LoadedView loaded={loaded} retry={retry}>
        {(rows) => (
          <DataTable
            caption="Webhook subscriptions (secrets are never shown)"
            columns={[
              { header: 'API', cell: (row) => row.api },
              { header: 'Owner', cell: (row) => row.owner },
              { header: 'URL', cell: (row) => <code class="wrap">{row.url}</code> },
              { header: 'Events', cell: (row) => row.events.join(', ') },
              { header: 'Providers', cell: (row) => (row.providers === null ? '—' : row.providers.length === 0 ? 'every provider' : row.providers.join(', ')) },
              { header: 'Status', cell: (row) => <span class={`badge badge-${row.status === 'active' ? 'ok' : 'bad'}`}>{row.status}</span> },
              { header: 'Created', cell: (row) => row.createdAt, nowrap: true },
            ]}
            rows={rows}
            rowKey={(row) => row.id}
            empty="No subscriptions."
          />
        )}
      </LoadedView>
    </section>
  );
}
