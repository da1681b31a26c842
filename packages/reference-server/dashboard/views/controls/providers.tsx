/** Reeve's fake providers: how each behaves (refresh, reachability, refusing the next key or code), and sending one of their events. */
import { useState } from 'preact/hooks';
import { reeveAdmin, type ProviderBehaviour, type ReeveBrand, type ReeveUser } from '../../api';
import { ChoiceSelect, userChoice } from '../../components/choice-select';
import { DataTable } from '../../components/data-table';
import { Field } from '../../components/field';
import { LoadedView } from '../../components/loaded-view';
import { useAction, type Run } from '../../components/use-action';
import { useLoad } from '../../components/use-load';

/** The providers that send webhooks (docs/reeve-api.md §5), with an event type each sends. */
const SENDERS = [
  { provider: 'shopify', example: 'orders/create' },
  { provider: 'stripe', example: 'payment_intent.succeeded' },
  { provider: 'github', example: 'push' },
] as const;

export function ProviderControls() {
  const [loaded, reload] = useLoad(() => Promise.all([reeveAdmin.providers(), reeveAdmin.users(), reeveAdmin.brands()]));
  const { run, busy } = useAction();
  return (
    <section aria-labelledby="controls-providers">
      <h2 id="controls-providers">Fake providers</h2>
      <LoadedView loaded={loaded} retry={reload}>
        {([behaviours, users, brands]) => (
          <>
            <DataTable
              caption="How each fake provider behaves"
              columns={[
                { header: 'Provider', cell: (row) => row.provider },
                { header: 'Refresh', cell: (row) => row.refresh },
                { header: 'Reachable', cell: (row) => (row.reachable ? 'yes' : 'no') },
                { header: 'Refuses the next key', cell: (row) => (row.reject_next_key ? 'yes' : 'no') },
                { header: 'Refuses the next code', cell: (row) => (row.reject_next_code ? 'yes' : 'no') },
              ]}
              rows={behaviours}
              rowKey={(row) => row.provider}
              empty="No providers."
            />
            <BehaviourForm behaviours={behaviours} run={run} busy={busy} onChange={reload} />
            {users.length === 0 ? null : <SendEvent users={users} brands={brands} run={run} busy={busy} />}
          </>
        )}
      </LoadedView>
    </section>
  );
}

function BehaviourForm({ behaviours, run, busy, onChange }: { behaviours: readonly ProviderBehaviour[]; run: Run; busy: boolean; onChange: () => void }) {
  const [provider, setProvider] = useState(behaviours[0]?.provider ?? '');
  const current = behaviours.find((row) => row.provider === provider);
  const [refresh, setRefresh] = useState<ProviderBehaviour['refresh']>(current?.refresh ?? 'ok');
  const [reachable, setReachable] = useState(current?.reachable ?? true);
  const [rejectKey, setRejectKey] = useState(false);
  const [rejectCode, setRejectCode] = useState(false);
  const choose = (slug: string) => {
    const row = behaviours.find((candidate) => candidate.provider === slug);
    setProvider(slug);
    setRefresh(row?.refresh ?? 'ok');
    setReachable(row?.reachable ?? true);
    setRejectKey(row?.reject_next_key ?? false);
    setRejectCode(row?.reject_next_code ?? false);
  };
  return (
    <section aria-labelledby="controls-behaviour">
      <h3 id="controls-behaviour">Change a provider's behaviour</h3>
      <form
        class="filters"
        aria-label="Change a provider's behaviour"
        onSubmit={(event) => {
          event.preventDefault();
          void run(`Set ${provider}'s behaviour`, () => reeveAdmin.setProvider(provider, { refresh, reachable, reject_next_key: rejectKey, reject_next_code: rejectCode }), onChange);
        }}
      >
      <ChoiceSelect label="Provider" choices={behaviours} value={provider} onChange={choose} idOf={(row) => row.provider} nameOf={(row) => row.provider} />
      <Field label="Refresh grants" hint="ok: as the token model says; invalid_grant: refused (the connection expires); unreachable: no answer.">
        {(control) => (
          <select {...control} value={refresh} onChange={(event) => setRefresh(event.currentTarget.value as ProviderBehaviour['refresh'])}>
            <option value="ok">ok</option>
            <option value="invalid_grant">invalid_grant</option>
            <option value="unreachable">unreachable</option>
          </select>
        )}
      </Field>
      <label>
        <input type="checkbox" checked={reachable} onChange={(event) => setReachable(event.currentTarget.checked)} /> Reachable
      </label>
      <label>
        <input type="checkbox" checked={rejectKey} onChange={(event) => setRejectKey(event.currentTarget.checked)} /> Refuse the next API key (once)
      </label>
      <label>
        <input type="checkbox" checked={rejectCode} onChange={(event) => setRejectCode(event.currentTarget.checked)} /> Refuse the next authorization code (once)
      </label>
      <button type="submit" disabled={busy}>
        Save behaviour
      </button>
      </form>
    </section>
  );
}

function SendEvent({ users, brands, run, busy }: { users: readonly ReeveUser[]; brands: readonly ReeveBrand[]; run: Run; busy: boolean }) {
  const [provider, setProvider] = useState<string>(SENDERS[0].provider);
  const [userId, setUserId] = useState(users[0]?.id ?? '');
  const [brandId, setBrandId] = useState(users[0]?.default_brand_id ?? '');
  const [type, setType] = useState<string>(SENDERS[0].example);
  const [payload, setPayload] = useState('');
  const send = () => {
    let body: Record<string, unknown> | undefined;
    if (payload.trim() !== '') {
      try {
        body = JSON.parse(payload) as Record<string, unknown>;
      } catch {
        return run('Send the event', () => Promise.reject(new Error('The payload is not JSON: fix it, or leave it empty for a realistic one.')));
      }
    }
    return run(`Sent ${provider} ${type}`, () =>
      reeveAdmin.sendProviderEvent(provider, { user_id: userId, type, brand_id: brandId, ...(body === undefined ? {} : { payload: body }) }).then((sent) => {
        if (sent.status >= 300) throw new Error(`The API answered the delivery ${sent.status} (${sent.delivery_id}).`);
        return sent;
      }),
    );
  };
  return (
    <section aria-labelledby="controls-send-event">
      <h3 id="controls-send-event">Send a provider event</h3>
      <p>The fake provider signs it with its own scheme and sends it to the connection's webhook URL; it then shows in Data and, for subscribers, in Webhooks.</p>
      <form
        aria-label="Send a provider event"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
      <div class="filters">
        <ChoiceSelect
          label="From provider"
          choices={SENDERS}
          value={provider}
          onChange={(slug) => {
            setProvider(slug);
            setType(SENDERS.find((sender) => sender.provider === slug)?.example ?? '');
          }}
          idOf={(sender) => sender.provider}
          nameOf={(sender) => sender.provider}
        />
        <ChoiceSelect
          label="To the connection of"
          choices={users}
          value={userId}
          onChange={(id) => {
            setUserId(id);
            setBrandId(users.find((user) => user.id === id)?.default_brand_id ?? '');
          }}
          {...userChoice}
        />
        <ChoiceSelect
          label="In brand"
          choices={brands.filter((brand) => brand.member_ids.includes(userId))}
          value={brandId}
          onChange={setBrandId}
          idOf={(brand) => brand.id}
          nameOf={(brand) => `${brand.name} (${brand.id})`}
          hint="Where the connection is: the user's own brand, or one they share."
        />
        <Field label="Event type" hint="The provider's own name, e.g. orders/create, payment_intent.succeeded, push.">
          {(control) => <input {...control} type="text" required value={type} onInput={(event) => setType(event.currentTarget.value)} />}
        </Field>
      </div>
      <Field label="Payload (JSON)" hint="Optional: a realistic one for the type when empty.">
        {(control) => <textarea {...control} rows={4} value={payload} onInput={(event) => setPayload(event.currentTarget.value)} />}
      </Field>
      <button type="submit" disabled={busy}>
        Send event
      </button>
      </form>
    </section>
  );
}
