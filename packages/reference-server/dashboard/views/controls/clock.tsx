/** The server's clock: what time it is, and freeze, advance or set it (key expiry, quotas and token refresh follow it). */
import { useState } from 'preact/hooks';
import { serverAdmin, type Clock } from '../../api';
import { Field } from '../../components/field';
import { LoadedView } from '../../components/loaded-view';
import { useAction } from '../../components/use-action';
import { useLoad } from '../../components/use-load';

export function ClockControls() {
  const [loaded, reload] = useLoad(serverAdmin.clock);
  const { run, busy } = useAction();
  const [seconds, setSeconds] = useState('3600');
  const [at, setAt] = useState('');
  const change = (what: string, body: Parameters<typeof serverAdmin.changeClock>[0]) => run(what, () => serverAdmin.changeClock(body), reload);
  return (
    <section aria-labelledby="controls-clock">
      <h2 id="controls-clock">Clock</h2>
      <LoadedView loaded={loaded} retry={reload}>
        {(clock: Clock) => (
          <p>
            Now on the server: <time dateTime={clock.now}>{clock.now}</time> ({clock.frozen ? 'frozen' : 'running'}){' '}
            <button type="button" class="link" onClick={reload}>
              Read again
            </button>
          </p>
        )}
      </LoadedView>
      <div class="filters">
        <button type="button" disabled={busy} onClick={() => change('Froze the clock', { freeze: true })}>
          Freeze
        </button>
        <button type="button" disabled={busy} onClick={() => change('Let the clock run', { freeze: false })}>
          Unfreeze
        </button>
      </div>
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          void change(`Advanced the clock ${seconds} seconds`, { advance_seconds: Number(seconds) });
        }}
      >
        <Field label="Seconds to advance" hint="3600 is an hour, 86400 a day.">
          {(control) => <input {...control} type="number" min="0" required value={seconds} onInput={(event) => setSeconds(event.currentTarget.value)} />}
        </Field>
        <button type="submit" disabled={busy}>
          Advance
        </button>
      </form>
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          void change(`Set the clock to ${at}`, { set: at });
        }}
      >
        <Field label="Set the time to" hint="An ISO 8601 time with its offset, e.g. 2030-01-01T09:00:00Z.">
          {(control) => <input {...control} type="text" required value={at} onInput={(event) => setAt(event.currentTarget.value)} />}
        </Field>
        <button type="submit" disabled={busy}>
          Set
        </button>
      </form>
    </section>
  );
}
