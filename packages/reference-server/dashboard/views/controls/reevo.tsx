/** Reevo: workspaces (create), their keys (create with permissions from the permission table, expire) and quotas. */
import { useState } from 'preact/hooks';
import { reevoAdmin, type CreatedApiKey, type PermissionRow, type Workspace } from '../../api';
import { DataTable } from '../../components/data-table';
import { ChoiceSelect, workspaceChoice } from '../../components/choice-select';
import { Field } from '../../components/field';
import { LoadedView } from '../../components/loaded-view';
import { useAction } from '../../components/use-action';
import { useLoad } from '../../components/use-load';

export function ReevoControls() {
  const [loaded, reload] = useLoad(() => Promise.all([reevoAdmin.workspaces(), reevoAdmin.permissions()]));
  return (
    <section aria-labelledby="controls-reevo">
      <h2 id="controls-reevo">Reevo workspaces, keys and quotas</h2>
      <LoadedView loaded={loaded} retry={reload}>
        {([workspaces, permissions]) => (
          <>
            <Workspaces workspaces={workspaces} onChange={reload} />
            {workspaces.length === 0 ? null : <Keys workspaces={workspaces} permissions={permissions} />}
            {workspaces.length === 0 ? null : <Quota workspaces={workspaces} onChange={reload} />}
          </>
        )}
      </LoadedView>
    </section>
  );
}

function Workspaces({ workspaces, onChange }: { workspaces: readonly Workspace[]; onChange: () => void }) {
  const { run, busy } = useAction();
  const [name, setName] = useState('');
  const [seed, setSeed] = useState<'demo' | 'empty'>('demo');
  return (
    <>
      <DataTable
        caption="Workspaces"
        columns={[
          { header: 'Name', cell: (workspace) => workspace.name },
          { header: 'Id', cell: (workspace) => <code>{workspace.id}</code> },
          { header: 'Seed', cell: (workspace) => workspace.seed },
          { header: 'Quota', cell: (workspace) => (workspace.quota === null ? 'none' : `${workspace.quota.limit} per ${workspace.quota.window_seconds} s`) },
          { header: 'Created', cell: (workspace) => workspace.created_at, nowrap: true },
        ]}
        rows={workspaces}
        rowKey={(workspace) => workspace.id}
        empty="No workspaces."
      />
      <form
        class="filters"
        aria-label="Create a workspace"
        onSubmit={(event) => {
          event.preventDefault();
          void run(`Created workspace ${name || '(unnamed)'}`, () => reevoAdmin.createWorkspace({ seed, ...(name === '' ? {} : { name }) }), onChange);
        }}
      >
        <Field label="Workspace name" hint="Optional.">
          {(control) => <input {...control} type="text" maxLength={200} value={name} onInput={(event) => setName(event.currentTarget.value)} />}
        </Field>
        <Field label="Seed">
          {(control) => (
            <select {...control} value={seed} onChange={(event) => setSeed(event.currentTarget.value as 'demo' | 'empty')}>
              <option value="demo">demo: the demo records</option>
              <option value="empty">empty: users, mailboxes, pipelines and sequences only</option>
            </select>
          )}
        </Field>
        <button type="submit" disabled={busy}>
          Create workspace
        </button>
      </form>
    </>
  );
}

function Keys({ workspaces, permissions }: { workspaces: readonly Workspace[]; permissions: readonly PermissionRow[] }) {
  const [workspaceId, setWorkspaceId] = useState(workspaces[0]?.id ?? '');
  const [loaded, reload] = useLoad(() => reevoAdmin.keys(workspaceId), [workspaceId]);
  const { run, busy } = useAction();
  const [name, setName] = useState('');
  const [granted, setGranted] = useState<string[]>([]);
  const [expiresAt, setExpiresAt] = useState('');
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const toggle = (permission: string, on: boolean) => setGranted((held) => (on ? [...held, permission] : held.filter((candidate) => candidate !== permission)));
  return (
    <section aria-labelledby="controls-keys">
      <h3 id="controls-keys">API keys</h3>
      <ChoiceSelect label="Keys of workspace" choices={workspaces} value={workspaceId} onChange={setWorkspaceId} {...workspaceChoice} />
      <LoadedView loaded={loaded} retry={reload}>
        {(keys) => (
          <DataTable
            caption="API keys of the workspace (never the keys themselves)"
            columns={[
              { header: 'Name', cell: (key) => key.name },
              { header: 'Permissions', cell: (key) => (key.permissions.length === 0 ? 'none' : key.permissions.join(', ')) },
              { header: 'Expires', cell: (key) => key.expires_at ?? 'never', nowrap: true },
              {
                header: 'Action',
                cell: (key) => (
                  <button type="button" disabled={busy} onClick={() => run(`Expired key ${key.name}`, () => reevoAdmin.expireKey(key.id), reload)}>
                    Expire {key.name}
                  </button>
                ),
              },
            ]}
            rows={keys}
            rowKey={(key) => key.id}
            empty="No keys in this workspace."
          />
        )}
      </LoadedView>
      <form
        aria-label="Create an API key"
        onSubmit={(event) => {
          event.preventDefault();
          void run(`Created key ${name}`, () => reevoAdmin.createKey({ workspace_id: workspaceId, name, permissions: granted as never, ...(expiresAt === '' ? {} : { expires_at: expiresAt }) }), (key) => {
            setCreated(key);
            reload();
          });
        }}
      >
        <Field label="Key name">
          {(control) => <input {...control} type="text" required maxLength={200} value={name} onInput={(event) => setName(event.currentTarget.value)} />}
        </Field>
        <fieldset class="permissions">
          <legend>Permissions (write includes read)</legend>
          {permissions.map((row) => (
            <label key={row.permission}>
              <input type="checkbox" checked={granted.includes(row.permission)} onChange={(event) => toggle(row.permission, event.currentTarget.checked)} /> {row.label}{' '}
              <code>{row.permission}</code>
            </label>
          ))}
        </fieldset>
        <Field label="Expires at" hint="Optional, an ISO 8601 time, e.g. 2030-01-01T00:00:00Z; on the server's clock.">
          {(control) => <input {...control} type="text" value={expiresAt} onInput={(event) => setExpiresAt(event.currentTarget.value)} />}
        </Field>
        <button type="submit" disabled={busy}>
          Create key
        </button>
      </form>
      {created === null ? null : (
        <div class="detail" role="status">
          <p>
            Key <strong>{created.name}</strong> made. It is shown only now: copy it.
          </p>
          <pre class="command" tabIndex={0} aria-label="The new API key" data-testid="new-key">
            {created.key}
          </pre>
          <button type="button" onClick={() => setCreated(null)}>
            Hide the key
          </button>
        </div>
      )}
    </section>
  );
}

function Quota({ workspaces, onChange }: { workspaces: readonly Workspace[]; onChange: () => void }) {
  const { run, busy } = useAction();
  const [workspaceId, setWorkspaceId] = useState(workspaces[0]?.id ?? '');
  const [limit, setLimit] = useState('100');
  const [windowSeconds, setWindowSeconds] = useState('60');
  const set = (value: number | null) =>
    run(value === null ? 'Removed the quota' : `Set the quota to ${value} per ${windowSeconds} s`, () => reevoAdmin.setQuota({ workspace_id: workspaceId, limit: value, window_seconds: Number(windowSeconds) }), onChange);
  return (
    <section aria-labelledby="controls-quota">
      <h3 id="controls-quota">Quota</h3>
      <form
        class="filters"
        aria-label="Set a quota"
        onSubmit={(event) => {
          event.preventDefault();
          void set(Number(limit));
        }}
      >
      <ChoiceSelect label="Quota of workspace" choices={workspaces} value={workspaceId} onChange={setWorkspaceId} {...workspaceChoice} />
      <Field label="Requests per window">
        {(control) => <input {...control} type="number" min="1" required value={limit} onInput={(event) => setLimit(event.currentTarget.value)} />}
      </Field>
      <Field label="Window in seconds">
        {(control) => <input {...control} type="number" min="1" required value={windowSeconds} onInput={(event) => setWindowSeconds(event.currentTarget.value)} />}
      </Field>
      <button type="submit" disabled={busy}>
        Set quota
      </button>
      <button type="button" disabled={busy} onClick={() => set(null)}>
        Remove quota
      </button>
      </form>
    </section>
  );
}
