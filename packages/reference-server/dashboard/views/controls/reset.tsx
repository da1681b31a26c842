/** Reset, in two steps (it forgets everything made since the start): ask, then confirm. */
import { useState } from 'preact/hooks';
import { serverAdmin } from '../../api';
import { useAction } from '../../components/use-action';

export function ResetControl() {
  const { run, busy } = useAction();
  const [asked, setAsked] = useState(false);
  return (
    <section aria-labelledby="controls-reset">
      <h2 id="controls-reset">Reset</h2>
      <p>Back to the start: the seeded workspace, keys, Reeve users and sessions only, real time, no faults, empty journal and delivery log.</p>
      {asked ? (
        <div class="filters">
          <button type="button" disabled={busy} onClick={() => run('Reset the server', serverAdmin.reset, () => setAsked(false))}>
            Confirm reset
          </button>
          <button type="button" onClick={() => setAsked(false)}>
            Keep everything
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setAsked(true)}>
          Reset the server…
        </button>
      )}
    </section>
  );
}
