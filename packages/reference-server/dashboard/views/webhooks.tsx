/**
 * Webhooks: both products' subscriptions and the one delivery log they share, live (the page in view is asked for
 * again every few seconds), each delivery's attempts with status, time, signature headers and payload, and the next
 * retry; redeliver one, or flush every queue.
 */
import { useState } from 'preact/hooks';
import { reeveAdmin, reevoAdmin } from '../api';
import { LoadedView } from '../components/loaded-view';
import { OwnerSelect } from '../components/owner-select';
import { useLoad } from '../components/use-load';
import { Deliveries } from './webhooks/deliveries';
import { Subscriptions } from './webhooks/subscriptions';

export function WebhooksView() {
  const [owners, retry] = useLoad(() => Promise.all([reevoAdmin.workspaces(), reeveAdmin.users()]));
  const [owner, setOwner] = useState('');
  return (
    <LoadedView loaded={owners} retry={retry}>
      {([workspaces, users]) => {
        const ownerName = (id: string) => workspaces.find((workspace) => workspace.id === id)?.name ?? users.find((user) => user.id === id)?.email ?? id;
        return (
          <>
            <div class="filters">
              <OwnerSelect label="Show the webhooks of" value={owner} onChange={setOwner} workspaces={workspaces} users={users} allowAll />
            </div>
            <Subscriptions owner={owner} ownerName={ownerName} />
            <Deliveries owner={owner} ownerName={ownerName} />
          </>
        );
      }}
    </LoadedView>
  );
}
