/**
 * Traffic: the request journal, newest first, one page at a time (never the whole journal in the page: it holds
 * 10,000 requests). On the newest page it follows new requests live, polling once a second; older pages are read
 * with the journal's cursor and stay still. Filters are the admin API's own (`GET /__admin/requests`).
 */
import { useEffect, useState } from 'preact/hooks';
import { admin, reevoAdmin, type JournalEntry, type Workspace } from '../api';
import { useAnnounce } from '../components/announcer';
import { DataTable, Pager, type Column } from '../components/data-table';
import { Field } from '../components/field';
import { StatusBadge } from '../components/status-badge';
import { apiLabel, PayloadTypeCell } from './traffic/api-column';
import { FilterForm } from './traffic/filter-form';
import { filtersFromHash, trafficHash, type Filters } from './traffic/filters';
import { RequestDetail } from './traffic/request-detail';
import { verdictOf } from './traffic/verdict';

const POLL_MS = 1000;
const PAGE_SIZES = [25, 50, 100, 200] as const;

const COLUMNS: readonly Column<JournalEntry>[] = [
  { header: 'Time', cell: (entry) => <time dateTime={entry.at}>{entry.at.slice(11, 23)}</time>, nowrap: true },
  { header: 'API', cell: (entry) => (entry.api === null ? '—' : apiLabel(entry.api)) },
  { header: 'Method', cell: (entry) => entry.method },
  { header: 'Path', cell: (entry) => <code>{breakableAtSlashes(entry.path)}</code> },
  { header: 'Status', cell: (entry) => <StatusBadge status={entry.status} /> },
  { header: 'payload_type', cell: (entry) => <PayloadTypeCell entry={entry} /> },
  { header: 'Workspace or user', cell: (entry) => (entry.owner === null ? '—' : <code class="wrap">{entry.owner}</code>) },
  { header: 'Key or session', cell: (entry) => entry.credential ?? '—' },
  { header: 'Permission check', cell: (entry) => verdictOf(entry).short },
  { header: 'ms', cell: (entry) => entry.durationMs, nowrap: true },
];

/** A long path may wrap after any `/`, not inside a word. */
function breakableAtSlashes(path: string) {
  return path.split('/').map((segment, index) => (index === 0 ? segment : [<wbr key={index} />, `/${segment}`]));
}

export function TrafficView() {
  const announce = useAnnounce();
  const [filters, setFilters] = useState<Filters>(() => filtersFromHash(window.location.hash));
  const [pageSize, setPageSize] = useState<number>(50);
  /** The cursors of the pages above this one: empty on the newest page. */
  const [cursors, setCursors] = useState<string[]>([]);
  const [live, setLive] = useState(true);
  const [rows, setRows] = useState<JournalEntry[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [workspaces, setWorkspaces] = useState<Workspace[]>([]);
  const cursor = cursors.at(-1);
  const following = live && cursor === undefined;

  useEffect(() => {
    reevoAdmin.workspaces().then(setWorkspaces, () => setWorkspaces([]));
  }, []);

  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let newest: string | undefined;
    const load = async () => {
      try {
        const page = await admin.requests({ ...filters, limit: pageSize, order: 'newest', ...(cursor === undefined ? {} : { cursor }) });
        if (!current) return;
        const arrived = newest === undefined ? 0 : page.findIndex((entry) => entry.id === newest);
        if (arrived > 0) announce(arrived === 1 ? '1 new request' : `${arrived} new requests`);
        newest = page[0]?.id;
        setRows(page);
        setFailure(null);
      } catch (error) {
        if (current) setFailure(error instanceof Error ? error.message : String(error));
      }
      if (current && following) timer = setTimeout(() => void load(), POLL_MS);
    };
    void load();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [filters, pageSize, cursor, following, announce]);

  const apply = (next: Filters) => {
    window.history.replaceState(null, '', trafficHash(next));
    setFilters(next);
    setCursors([]);
    setSelectedId(null);
  };
  const selected = rows?.find((entry) => entry.id === selectedId) ?? null;
  const last = rows?.at(-1);

  return (
    <>
      <p>Every request to either API, newest first. Bodies and queries are kept with secrets masked, each body cut to its first 4,096 characters.</p>
      <FilterForm filters={filters} workspaces={workspaces} onApply={apply} />
      <div class="filters">
        <Field label="Requests per page">
          {(control) => (
            <select
              {...control}
              value={String(pageSize)}
              onChange={(event) => {
                setPageSize(Number(event.currentTarget.value));
                setCursors([]);
              }}
            >
              {PAGE_SIZES.map((size) => (
                <option key={size} value={String(size)}>
                  {size}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="button" aria-pressed={live} onClick={() => setLive(!live)}>
          Follow new requests
        </button>
        <span class="hint" aria-live="off">
          {following ? 'Following: the newest page updates every second.' : cursor === undefined ? 'Paused.' : 'An older page: it does not update.'}
        </span>
      </div>
      {failure === null ? null : (
        <p class="failure" role="alert">
          {failure}
        </p>
      )}
      {rows === null ? (
        <p aria-busy="true">Loading requests…</p>
      ) : (
        <>
          <DataTable
            caption={cursor === undefined ? 'Newest requests' : `Requests before ${cursor}`}
            columns={COLUMNS}
            rows={rows}
            rowKey={(entry) => entry.id}
            empty={Object.keys(filters).length === 0 ? 'No requests yet: call either API and they appear here.' : 'No request matches these filters.'}
            selectedKey={selectedId}
            onSelect={(entry) => setSelectedId(entry.id === selectedId ? null : entry.id)}
          />
          <Pager
            what="requests"
            status={rows.length === 0 ? 'No requests on this page.' : `${rows[0]?.id} to ${last?.id}`}
            hasNewer={cursors.length > 0}
            hasOlder={rows.length === pageSize}
            onNewest={() => setCursors([])}
            onNewer={() => setCursors(cursors.slice(0, -1))}
            onOlder={() => last && setCursors([...cursors, last.id])}
          />
          {selected === null ? null : <RequestDetail entry={selected} />}
        </>
      )}
    </>
  );
}
