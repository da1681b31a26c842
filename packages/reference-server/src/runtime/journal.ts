/**
 * The request journal: what each client actually sent, so tests can prove, for example, that every request
 * carried `payload_type=json`. It records the key's name, never the key.
 */
import type { JournalEntry } from '../testing-contract';

export type { JournalEntry };

/** Old entries drop off beyond this many, so a long-running server does not grow without bound. */
const DEFAULT_CAPACITY = 10_000;

export class RequestJournal {
  private entries: JournalEntry[] = [];
  private sequence = 0;

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  record(entry: Omit<JournalEntry, 'id'>): JournalEntry {
    this.sequence += 1;
    const stored: JournalEntry = { id: `req_${String(this.sequence).padStart(6, '0')}`, ...entry };
    this.entries.push(stored);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    return stored;
  }

  list(workspaceId?: string): JournalEntry[] {
    return this.entries.filter((entry) => workspaceId === undefined || entry.workspaceId === workspaceId);
  }

  clear(): void {
    this.entries = [];
  }
}
