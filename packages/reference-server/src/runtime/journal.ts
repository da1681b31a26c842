/**
 * The request journal: what each client actually sent and got, so tests can prove, for example, that every request
 * carried `payload_type=json`, and QA can read a request whole in the dashboard. It records whom the request acted
 * for (a workspace, a Reeve user) and the credential's name or masked tail, never the credential; bodies are kept
 * masked and cut to a bound (`journal-bodies.ts`). It serves every API alike and names the one that answered each
 * request; `payloadType` is read only for an API given a parameter for it (Reevo's `payload_type`; Reeve has none).
 */
import type { JournalEntry, JournalFilter } from '../testing-contract';
import { journalBody, maskSecrets, secretValuesOf } from './journal-bodies';
import { DEFAULT_LIMITS } from './limits';
import { selectPage, type PageRequest } from './paging';

export type { JournalEntry, JournalFilter };

/** What the server records per request: the raw query string, parsed only when someone reads the journal, and raw bodies. */
export type JournalRecord = Omit<JournalEntry, 'id' | 'query' | 'payloadType' | 'keyName' | 'requestBody' | 'responseBody'> & {
  search: string;
  requestBody: string | null;
  responseBody: string | null;
};

type StoredRecord = Omit<JournalEntry, 'query' | 'payloadType' | 'keyName'> & { search: string };

/**
 * A ring of the newest `capacity` entries. Once full, each request overwrites the oldest slot: dropping it from the
 * front of an array moved all 10,000 entries on every request, which profiling found to be the server's largest
 * cost per request under load.
 */
export class RequestJournal {
  private slots: StoredRecord[] = [];
  /** Where the oldest entry is once the ring is full; the next entry goes there. */
  private oldest = 0;
  private sequence = 0;

  constructor(
    private readonly capacity = DEFAULT_LIMITS.journalEntries,
    /** By API name, the query parameter an entry of that API reads into `payloadType`; an API not listed has none. */
    private readonly payloadTypeParams: Readonly<Record<string, string>> = {},
    /** Characters of each body kept (`limits.journalBodyChars`). */
    private readonly bodyChars = DEFAULT_LIMITS.journalBodyChars,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`The journal's capacity must be a positive integer, not ${capacity}.`);
  }

  record({ requestBody, responseBody, search, ...entry }: JournalRecord): void {
    this.sequence += 1;
    const stored: StoredRecord = {
      ...entry,
      search: search === '' ? search : maskSecrets(search),
      id: `req_${String(this.sequence).padStart(6, '0')}`,
      requestBody: journalBody(requestBody, this.bodyChars),
      responseBody: journalBody(responseBody, this.bodyChars, secretValuesOf(search, requestBody)),
    };
    if (this.slots.length < this.capacity) {
      this.slots.push(stored);
    } else {
      this.slots[this.oldest] = stored;
      this.oldest = (this.oldest + 1) % this.capacity;
    }
  }

  /** Oldest first, the entries the filter takes; with a page request, only that page (entries are parsed only once they are on the page). */
  list(filter: JournalFilter = {}, page?: PageRequest): JournalEntry[] {
    const inOrder = [...this.slots.slice(this.oldest), ...this.slots.slice(0, this.oldest)];
    const takes = matcher(filter);
    const matching = takes === null ? inOrder : inOrder.filter(takes);
    return (page ? selectPage(matching, page) : matching).map((stored) => this.toEntry(stored));
  }

  /** Empty, with ids starting again at req_000001, as on a fresh server. */
  clear(): void {
    this.slots = [];
    this.oldest = 0;
    this.sequence = 0;
  }

  private toEntry({ search, ...stored }: StoredRecord): JournalEntry {
    const query = Object.fromEntries(new URLSearchParams(search));
    const param = stored.api === null ? undefined : this.payloadTypeParams[stored.api];
    const payloadType = param === undefined ? undefined : query[param];
    // keyName is the testing contract's older name for a workspace key's name: set only where the caller is a workspace.
    return { ...stored, query, payloadType: payloadType ?? null, keyName: stored.workspaceId === null ? null : stored.credential };
  }
}

/** The filter as one test per entry, or null when it takes every entry. */
function matcher(filter: JournalFilter): ((stored: StoredRecord) => boolean) | null {
  const tests: ((stored: StoredRecord) => boolean)[] = [];
  const { api, workspaceId, owner, credential, status, path } = filter;
  if (api !== undefined) tests.push((stored) => stored.api === api);
  if (workspaceId !== undefined) tests.push((stored) => stored.workspaceId === workspaceId);
  if (owner !== undefined) tests.push((stored) => stored.owner === owner);
  if (credential !== undefined) {
    const wanted = credential.toLowerCase();
    tests.push((stored) => stored.credential !== null && stored.credential.toLowerCase().includes(wanted));
  }
  if (status !== undefined) tests.push(statusTest(status));
  if (path !== undefined) tests.push((stored) => stored.path.includes(path));
  if (tests.length === 0) return null;
  return (stored) => tests.every((test) => test(stored));
}

/** `404` takes that status; `4xx` every status of the class. */
function statusTest(status: string): (stored: StoredRecord) => boolean {
  const statusClass = /^([1-5])xx$/i.exec(status)?.[1];
  if (statusClass !== undefined) return (stored) => Math.floor(stored.status / 100) === Number(statusClass);
  const exact = Number(status);
  return (stored) => stored.status === exact;
}
