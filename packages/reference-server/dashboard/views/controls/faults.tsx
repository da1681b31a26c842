/** Faults and latency per route: the rules (with how often each has hit), add one, clear them all. */
import { useState } from 'preact/hooks';
import { serverAdmin } from '../../api';
import { DataTable } from '../../components/data-table';
import { Field } from '../../components/field';
import { LoadedView } from '../../components/loaded-view';
import { useAction } from '../../components/use-action';
import { useLoad } from '../../components/use-load';

export function FaultControls() {
  const [loaded, reload] = useLoad(serverAdmin.faults);
  const { run, busy } = useAction();
  const [method, setMethod] = useState('*');
  const [path, setPath] = useState('');
  const [status, setStatus] = useState('503');
  const [delay, setDelay] = useState('');
  const [times, setTimes] = useState('');
  const optional = (text: string) => (text.trim() === '' ? undefined : Number(text));
  return (
    <section aria-labelledby="controls-faults">
      <h2 id="controls-faults">Faults and latency</h2>
      <LoadedView loaded={loaded} retry={reload}>
        {(rules) => (
          <DataTable
            caption="Fault rules, in the order they are tried"
            columns={[
              { header: 'Rule', cell: (rule) => <code>{rule.id}</code> },
              { header: 'Method', cell: (rule) => rule.method },
              { header: 'Path', cell: (rule) => <code class="wrap">{rule.path}</code> },
              { header: 'Status', cell: (rule) => rule.status ?? '—' },
              { header: 'Delay', cell: (rule) => (rule.delayMs === undefined ? '—' : `${rule.delayMs} ms`) },
              { header: 'Times', cell: (rule) => rule.times ?? 'every time' },
              { header: 'Hits', cell: (rule) => rule.hits },
            ]}
            rows={rules}
            rowKey={(rule) => rule.id}
            empty="No fault rules: every request runs as it should."
          />
        )}
      </LoadedView>
      <div class="filters">
        <button type="button" onClick={reload}>
          Refresh rules
        </button>
        <button type="button" disabled={busy} onClick={() => run('Removed every fault rule', serverAdmin.clearFaults, reload)}>
          Clear all faults
        </button>
      </div>
      <form
        aria-label="Add a fault rule"
        onSubmit={(event) => {
          event.preventDefault();
          const statusCode = optional(status);
          const delayMs = optional(delay);
          const count = optional(times);
          void run(`Added a fault on ${method} ${path}`, () =>
            serverAdmin.addFault({ method, path, ...(statusCode === undefined ? {} : { status: statusCode }), ...(delayMs === undefined ? {} : { delay_ms: delayMs }), ...(count === undefined ? {} : { times: count }) }),
          reload);
        }}
      >
        <div class="filters">
          <Field label="Method" hint="GET, POST, … or * for any.">
            {(control) => <input {...control} type="text" required pattern="\*|[A-Za-z]+" value={method} onInput={(event) => setMethod(event.currentTarget.value)} />}
          </Field>
          <Field label="Path" hint="The concrete path or the template, e.g. /api/v1/public/accounts/{account_id}.">
            {(control) => <input {...control} type="text" required value={path} onInput={(event) => setPath(event.currentTarget.value)} />}
          </Field>
          <Field label="Answer with status" hint="400–599; empty: run the request (after the delay).">
            {(control) => <input {...control} type="number" min="400" max="599" value={status} onInput={(event) => setStatus(event.currentTarget.value)} />}
          </Field>
          <Field label="Delay in ms" hint="Optional, at most 60000.">
            {(control) => <input {...control} type="number" min="0" max="60000" value={delay} onInput={(event) => setDelay(event.currentTarget.value)} />}
          </Field>
          <Field label="Times" hint="Optional: every matching request when empty.">
            {(control) => <input {...control} type="number" min="1" value={times} onInput={(event) => setTimes(event.currentTarget.value)} />}
          </Field>
        </div>
        <button type="submit" disabled={busy}>
          Add fault
        </button>
      </form>
    </section>
  );
}
