/** One journaled request, whole: what was asked, by whom, the permission check's verdict, and both bodies (secrets masked by the server). */
import type { JournalEntry } from '../../api';
import { JsonView } from '../../components/json-view';
import { StatusBadge } from '../../components/status-badge';
import { apiLabel, payloadTypeDetail } from './api-column';
import { verdictOf } from './verdict';

export function RequestDetail({ entry }: { entry: JournalEntry }) {
  const search = new URLSearchParams(entry.query).toString();
  return (
    <section class="detail" aria-labelledby="request-detail-title">
      <h2 id="request-detail-title">
        {entry.method} {entry.path}
      </h2>
      <dl>
        <dt>Request</dt>
        <dd>
          <code class="wrap">
            {entry.method} {entry.path}
            {search === '' ? '' : `?${search}`}
          </code>
        </dd>
        <dt>API</dt>
        <dd>{apiLabel(entry.api)}</dd>
        <dt>Id</dt>
        <dd>{entry.id}</dd>
        <dt>Received</dt>
        <dd>{entry.at} (server clock)</dd>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={entry.status} />
        </dd>
        <dt>Duration</dt>
        <dd>{entry.durationMs} ms</dd>
        <dt>Operation</dt>
        <dd>{entry.operationId ?? 'none (no operation took this path)'}</dd>
        <dt>payload_type</dt>
        <dd>{payloadTypeDetail(entry)}</dd>
        <dt>Workspace or user</dt>
        <dd>{entry.owner ?? 'not authenticated'}</dd>
        <dt>Key or session</dt>
        <dd>{entry.credential ?? 'none'}</dd>
        <dt>Permission check</dt>
        <dd>{verdictOf(entry).long}</dd>
      </dl>
      <Body label="Request body" body={entry.requestBody} />
      <Body label="Response body" body={entry.responseBody} />
    </section>
  );
}

function Body({ label, body }: { label: string; body: JournalEntry['requestBody'] }) {
  return (
    <>
      <h3>{label}</h3>
      {body === null ? (
        <p>None.</p>
      ) : (
        <>
          {body.truncated ? <p class="hint">The first {body.text.length.toLocaleString('en-US')} of {body.length.toLocaleString('en-US')} characters (the journal keeps no more).</p> : null}
          <JsonView label={label} value={readable(body.text, body.truncated)} />
        </>
      )}
    </>
  );
}

/** Indented when it is whole JSON; as it was kept otherwise. */
function readable(text: string, truncated: boolean): unknown {
  if (truncated) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
