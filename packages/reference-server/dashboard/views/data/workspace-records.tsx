/** A Reevo workspace's records of one kind, as stored, a page at a time; the chosen record in full. */
import { useEffect, useState } from 'preact/hooks';
import { reevoAdmin, type RecordKind, type Workspace } from '../../api';
import { DataTable } from '../../components/data-table';
import { ChoiceSelect, workspaceChoice } from '../../components/choice-select';
import { Field } from '../../components/field';
import { JsonView } from '../../components/json-view';
import { LoadedView } from '../../components/loaded-view';
import { useLoad } from '../../components/use-load';
import { RECORD_KINDS } from '../../../src/admin/record-kinds';

type StoredRecord = Record<string, unknown>;

interface WorkspaceRecordsProps {
  workspaces: readonly Workspace[];
  workspaceId: string;
  onWorkspace: (id: string) => void;
}

export function WorkspaceRecords({ workspaces, workspaceId, onWorkspace }: WorkspaceRecordsProps) {
  const [kind, setKind] = useState<RecordKind>('accounts');
  // The cursors of the pages before the one in view; none: the first page.
  const [cursors, setCursors] = useState<string[]>([]);
  const [chosen, setChosen] = useState<StoredRecord | null>(null);
  const cursor = cursors.at(-1);
  const [loaded, reload] = useLoad(() => reevoAdmin.records(workspaceId, kind, cursor), [workspaceId, kind, cursor]);
  useEffect(() => {
    setCursors([]);
    setChosen(null);
  }, [workspaceId, kind]);

  return (
    <section aria-labelledby="data-records">
      <h2 id="data-records">Reevo records</h2>
      <div class="filters">
        <ChoiceSelect label="Workspace" choices={workspaces} value={workspaceId} onChange={onWorkspace} {...workspaceChoice} />
        <Field label="Kind of record">
          {(control) => (
            <select {...control} value={kind} onChange={(event) => setKind(event.currentTarget.value as RecordKind)}>
              {RECORD_KINDS.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="button" onClick={reload}>
          Refresh records
        </button>
      </div>
      {workspaceId === '' ? (
        <p>No workspace yet: create one in Controls.</p>
      ) : (
        <LoadedView loaded={loaded} retry={reload}>
          {(page) => {
            const first = cursors.length * 50 + 1;
            return (
              <>
                <DataTable
                  caption={`${kind} of the workspace`}
                  columns={[
                    { header: 'Key', cell: (record) => <code>{keyOf(record)}</code> },
                    { header: 'Name', cell: summaryOf },
                    { header: 'Created', cell: (record) => String(record['created_at'] ?? '—'), nowrap: true },
                  ]}
                  rows={page.records as StoredRecord[]}
                  rowKey={keyOf}
                  empty={`No ${kind} in this workspace.`}
                  selectedKey={chosen === null ? null : keyOf(chosen)}
                  onSelect={setChosen}
                />
                <nav class="pager" aria-label={`Pages of ${kind}`}>
                  <button type="button" disabled={cursors.length === 0} onClick={() => setCursors([])}>
                    First page
                  </button>
                  <button type="button" disabled={cursors.length === 0} onClick={() => setCursors((held) => held.slice(0, -1))}>
                    Previous page
                  </button>
                  <button type="button" disabled={page.next_cursor === null} onClick={() => page.next_cursor !== null && setCursors((held) => [...held, page.next_cursor as string])}>
                    Next page
                  </button>
                  <span class="pager-status">{page.total === 0 ? 'None' : `${first}–${first + page.records.length - 1} of ${page.total}`}</span>
                </nav>
              </>
            );
          }}
        </LoadedView>
      )}
      {chosen === null ? null : <JsonView label={`Record ${keyOf(chosen)}`} value={chosen} />}
    </section>
  );
}

/** Records are keyed by id, pipelines by name (as the API names them). */
function keyOf(record: StoredRecord): string {
  return String(record['id'] ?? record['name'] ?? '?');
}

/** The field a person knows the record by, whichever kind it is. */
function summaryOf(record: StoredRecord): string {
  for (const field of ['name', 'full_name', 'title', 'subject', 'email', 'email_address', 'status']) {
    const value = record[field];
    if (typeof value === 'string' && value !== '') return value;
  }
  const first = record['first_name'];
  const last = record['last_name'];
  return [first, last].filter((part) => typeof part === 'string').join(' ') || '—';
}
