/**
 * The request journal: what each client actually sent, so tests can prove, for example, that every request
 * carried `payload_type=json`. It records the key's name, never the key. It serves every API alike: the query
 * parameter read into `payloadType` is given by whoever makes it (Reevo's `payload_type`; Reeve's requests have none).
 */
import type { JournalEntry } from '../testing-contract';
import { DEFAULT_LIMITS } from './limits';
import { selectPage, type PageRequest } from './paging';

export type { JournalEntry };

/** What the server records per request: the raw query string, parsed only when someone reads the journal. */
export type JournalRecord = Omit<JournalEntry, 'id' | 'query' | 'payloadType'> & { search: string };

type StoredRecord = JournalRecord & { id: string };

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
    /** The query parameter each entry's `payloadType` reads; null: none does. */
    private readonly payloadTypeParam: string | null = null,
  ) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`The journal's capacity must be a positive integer, not ${capacity}.`);
  }

  record(entry: JournalRecord): void {
    this.sequence += 1;
    const stored: StoredRecord = { ...entry, id: `req_${String(this.sequence).padStart(6, '0')}` };
    if (this.slots.length < this.capacity) {
      this.slots.push(stored);
    } else {
      this.slots[this.oldest] = stored;
      this.oldest = (this.oldest + 1) % this.capacity;
    }
  }

  /** Oldest first; with a page request, only that page (entries are parsed only once they are on the page). */
  list(workspaceId?: string, page?: PageRequest): JournalEntry[] {
    const inOrder = [...this.slots.slice(this.oldest), ...this.slots.slice(0, this.oldest)];
    const matching = inOrder.filter((stored) => workspaceId === undefined || stored.workspaceId === workspaceId);
    return (page ? selectPage(matching, page) : matching).map((stored) => this.toEntry(stored));
  }

  /** Empty, with ids starting again at req_000001, as on a fresh server. */
  clear(): void {
    this.slots = [];
    this.oldest = 0;
    this.sequence = 0;
  }

  private toEntry({ search, id, ...stored }: StoredRecord): JournalEntry {
    const query = Object.fromEntries(new URLSearchParams(search));
    const payloadType = this.payloadTypeParam === null ? undefined : query[this.payloadTypeParam];
    return { id, ...stored, query, payloadType: payloadType ?? null };
  }
}
