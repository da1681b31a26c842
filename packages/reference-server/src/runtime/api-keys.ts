/**
 * API keys. Only a SHA-256 hash of each key is kept, as a real service would; the key itself is shown once, when
 * it is made. Every key belongs to exactly one workspace.
 */
import { hash, randomBytes } from 'node:crypto';
import type { Permission } from '@integration-pack/core/reevo/api';

export interface ApiKeyRecord {
  id: string;
  name: string;
  workspaceId: string;
  permissions: Permission[];
  /** ISO time after which the key no longer works, or null for never. */
  expiresAt: string | null;
  /**
   * Expired on purpose (through the admin API, or the demo's expired key): a state, not a time, so the key stays
   * expired when the clock is set back before `expiresAt`.
   */
  expired: boolean;
  keyHash: string;
}

export type KeyCheck =
  | { outcome: 'valid'; key: ApiKeyRecord }
  | { outcome: 'unknown' }
  | { outcome: 'expired'; key: ApiKeyRecord };

/** Runs on every request: the one-shot `crypto.hash` costs about a third of a `createHash` object. */
export function hashApiKey(key: string): string {
  return hash('sha256', key, 'hex');
}

/** A fresh random key. Keys are credentials, so they never come from the seeded id generator. */
export function generateApiKey(): string {
  return `rvk_test_${randomBytes(24).toString('base64url')}`;
}

export class ApiKeyStore {
  private readonly byHash = new Map<string, ApiKeyRecord>();
  private readonly byId = new Map<string, ApiKeyRecord>();

  add(record: Omit<ApiKeyRecord, 'keyHash' | 'expired'>, key: string): ApiKeyRecord {
    const stored: ApiKeyRecord = { ...record, permissions: [...record.permissions], expired: false, keyHash: hashApiKey(key) };
    if (this.byHash.has(stored.keyHash)) throw new Error(`An API key with the same value already exists (key "${record.name}").`);
    this.byHash.set(stored.keyHash, stored);
    this.byId.set(stored.id, stored);
    return stored;
  }

  check(key: string, now: Date): KeyCheck {
    const record = this.byHash.get(hashApiKey(key));
    if (!record) return { outcome: 'unknown' };
    if (record.expired || (record.expiresAt !== null && Date.parse(record.expiresAt) <= now.getTime())) return { outcome: 'expired', key: record };
    return { outcome: 'valid', key: record };
  }

  get(id: string): ApiKeyRecord | undefined {
    return this.byId.get(id);
  }

  /** Expires the key for good, recording `at` as the time it expired. */
  expire(id: string, at: Date): ApiKeyRecord | undefined {
    const record = this.byId.get(id);
    if (record) {
      record.expiresAt = at.toISOString();
      record.expired = true;
    }
    return record;
  }

  list(workspaceId?: string): ApiKeyRecord[] {
    return [...this.byId.values()].filter((record) => workspaceId === undefined || record.workspaceId === workspaceId);
  }

  snapshot(): ApiKeyRecord[] {
    return structuredClone([...this.byId.values()]);
  }

  restore(records: readonly ApiKeyRecord[]): void {
    this.byHash.clear();
    this.byId.clear();
    for (const record of structuredClone(records)) {
      this.byHash.set(record.keyHash, record);
      this.byId.set(record.id, record);
    }
  }
}
