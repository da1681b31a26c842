/** Reeve: users (create), brands (create with members) and sessions (create: the token is shown once; list masked; revoke). */
import { useState } from 'preact/hooks';
import { reeveAdmin, type ReeveBrand, type ReeveSession, type ReeveUser } from '../../api';
import { ChoiceSelect, userChoice } from '../../components/choice-select';
import { DataTable } from '../../components/data-table';
import { Field } from '../../components/field';
import { LoadedView } from '../../components/loaded-view';
import { useAction } from '../../components/use-action';
import { useLoad } from '../../components/use-load';

export function ReeveControls() {
  const [loaded, reload] = useLoad(() => Promise.all([reeveAdmin.users(), reeveAdmin.brands()]));
  return (
    <section aria-labelledby="controls-reeve">
      <h2 id="controls-reeve">Reeve users, brands and sessions</h2>
      <LoadedView loaded={loaded} retry={reload}>
        {([users, brands]) => (
          <>
            <Users users={users} onChange={reload} />
            <Brands users={users} brands={brands} onChange={reload} />
            {users.length === 0 ? null : <Sessions users={users} />}
          </>
        )}
      </LoadedView>
    </section>
  );
}

function Users({ users, onChange }: { users: readonly ReeveUser[]; onChange: () => void }) {
  const { run, busy } = useAction();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  return (
    <>
      <DataTable
        caption="Reeve users"
        columns={[
          { header: 'Name', cell: (user) => user.name ?? '—' },
          { header: 'Email', cell: (user) => user.email },
          { header: 'Id', cell: (user) => <code>{user.id}</code> },
          { header: 'Default brand', cell: (user) => <code>{user.default_brand_id}</code> },
        ]}
        rows={users}
        rowKey={(user) => user.id}
        empty="No Reeve users."
      />
      <form
        class="filters"
        aria-label="Create a Reeve user"
        onSubmit={(event) => {
          event.preventDefault();
          void run(`Created user ${email}`, () => reeveAdmin.createUser({ email, ...(name === '' ? {} : { name }) }), onChange);
        }}
      >
        <Field label="Email">
          {(control) => <input {...control} type="email" required maxLength={320} value={email} onInput={(event) => setEmail(event.currentTarget.value)} />}
        </Field>
        <Field label="User name" hint="Optional.">
          {(control) => <input {...control} type="text" maxLength={200} value={name} onInput={(event) => setName(event.currentTarget.value)} />}
        </Field>
        <button type="submit" disabled={busy}>
          Create user
        </button>
      </form>
    </>
  );
}

function Brands({ users, brands, onChange }: { users: readonly ReeveUser[]; brands: readonly ReeveBrand[]; onChange: () => void }) {
  const { run, busy } = useAction();
  const [name, setName] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  return (
    <>
      <DataTable
        caption="Reeve brands"
        columns={[
          { header: 'Name', cell: (brand) => brand.name },
          { header: 'Id', cell: (brand) => <code>{brand.id}</code> },
          { header: 'Members', cell: (brand) => brand.member_ids.join(', ') },
        ]}
        rows={brands}
        rowKey={(brand) => brand.id}
        empty="No brands."
      />
      <form
        aria-label="Create a brand"
        onSubmit={(event) => {
          event.preventDefault();
          void run(`Created brand ${name}`, () => reeveAdmin.createBrand({ name, member_ids: members }), onChange);
        }}
      >
        <Field label="Brand name">
          {(control) => <input {...control} type="text" required maxLength={200} value={name} onInput={(event) => setName(event.currentTarget.value)} />}
        </Field>
        <fieldset class="permissions">
          <legend>Members (at least one)</legend>
          {users.map((user) => (
            <label key={user.id}>
              <input
                type="checkbox"
                checked={members.includes(user.id)}
                onChange={(event) => {
                  const on = event.currentTarget.checked;
                  setMembers((held) => (on ? [...held, user.id] : held.filter((id) => id !== user.id)));
                }}
              />{' '}
              {userChoice.nameOf(user)}
            </label>
          ))}
        </fieldset>
        <button type="submit" disabled={busy}>
          Create brand
        </button>
      </form>
    </>
  );
}

function Sessions({ users }: { users: readonly ReeveUser[] }) {
  const [userId, setUserId] = useState(users[0]?.id ?? '');
  const [loaded, reload] = useLoad(() => reeveAdmin.sessions(userId), [userId]);
  const { run, busy } = useAction();
  const [expiresAt, setExpiresAt] = useState('');
  const [created, setCreated] = useState<ReeveSession | null>(null);
  return (
    <section aria-labelledby="controls-sessions">
      <h3 id="controls-sessions">Sessions</h3>
      <ChoiceSelect label="Sessions of user" choices={users} value={userId} onChange={setUserId} {...userChoice} />
      <LoadedView loaded={loaded} retry={reload}>
        {(sessions) => (
          <DataTable
            caption="Sessions of the user (tokens masked)"
            columns={[
              { header: 'Token', cell: (session) => <code>{session.token}</code> },
              { header: 'State', cell: (session) => <span class={`badge badge-${session.state === 'active' ? 'ok' : 'warn'}`}>{session.state}</span> },
              { header: 'Expires', cell: (session) => session.expires_at ?? 'after 30 days unused', nowrap: true },
              { header: 'Last used', cell: (session) => session.last_used_at, nowrap: true },
              {
                header: 'Action',
                cell: (session) =>
                  session.state === 'revoked' ? (
                    'revoked'
                  ) : (
                    <button type="button" disabled={busy} onClick={() => run(`Revoked session ${session.token}`, () => reeveAdmin.revokeSession(session.id), reload)}>
                      Revoke {session.token}
                    </button>
                  ),
              },
            ]}
            rows={sessions}
            rowKey={(session) => session.id}
            empty="This user has no sessions."
          />
        )}
      </LoadedView>
      <form
        class="filters"
        aria-label="Create a session"
        onSubmit={(event) => {
          event.preventDefault();
          void run('Created a session', () => reeveAdmin.createSession({ user_id: userId, ...(expiresAt === '' ? {} : { expires_at: expiresAt }) }), (session) => {
            setCreated(session);
            reload();
          });
        }}
      >
        <Field label="Session expires at" hint="Optional, an ISO 8601 time; besides it, a session lapses after 30 days unused.">
          {(control) => <input {...control} type="text" value={expiresAt} onInput={(event) => setExpiresAt(event.currentTarget.value)} />}
        </Field>
        <button type="submit" disabled={busy}>
          Create session
        </button>
      </form>
      {created === null ? null : (
        <div class="detail" role="status">
          <p>A session for {created.user_id}. Its token is shown only now: copy it, and send it as Authorization: Bearer &lt;token&gt;.</p>
          <pre class="command" tabIndex={0} aria-label="The new session token">
            {created.token}
          </pre>
          <button type="button" onClick={() => setCreated(null)}>
            Hide the token
          </button>
        </div>
      )}
    </section>
  );
}
