/**
 * Data: what the server holds, read-only. Each Reevo workspace's records by kind, a page at a time; each Reeve
 * user's connections (status, expiry, last refresh, brand, refresh history) and the events they emitted, on the
 * server's clock (move it in Controls and read them again here).
 */
import { useState } from 'preact/hooks';
import { reeveAdmin, reevoAdmin } from '../api';
import { LoadedView } from '../components/loaded-view';
import { useLoad } from '../components/use-load';
import { ReeveConnections } from './data/reeve-connections';
import { WorkspaceRecords } from './data/workspace-records';

export function DataView() {
  const [owners, retry] = useLoad(() => Promise.all([reevoAdmin.workspaces(), reeveAdmin.users()]));
  const [workspaceId, setWorkspaceId] = useState<string | null>(null);
  const [userId, setUserId] = useState<string | null>(null);
  return (
    <LoadedView loaded={owners} retry={retry}>
      {([workspaces, users]) => (
        <>
          <WorkspaceRecords workspaces={workspaces} workspaceId={workspaceId ?? workspaces[0]?.id ?? ''} onWorkspace={setWorkspaceId} />
          <ReeveConnections users={users} userId={userId ?? users[0]?.id ?? ''} onUser={setUserId} />
        </>
      )}
    </LoadedView>
  );
}
