/**
 * Secondary lookups over a workspace (emails match case-insensitively, domains ignore case and `www.`), and their
 * `require…` forms that throw the API's error when the record is missing.
 */
import type { Account, Contact, Mailbox, Opportunity, User } from '@integration-pack/core/reevo/api';
import type { Sequence, WorkspaceState } from '../model';
import { badRequest, notFound, type RecordKind } from './errors';

export const sameEmail = (a: string | null | undefined, b: string | null | undefined) =>
  a != null && b != null && a.toLowerCase() === b.toLowerCase();

/** `https://www.Acme.com/about` → `acme.com`; a bare domain passes through lowercased. */
export function normaliseDomain(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`).hostname.toLowerCase();
    return host.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export function findUserByEmail(state: WorkspaceState, email: string): User | undefined {
  return [...state.users.values()].find((user) => sameEmail(user.email, email));
}

export function findContactByEmail(state: WorkspaceState, email: string): Contact | undefined {
  return [...state.contacts.values()].find((contact) => sameEmail(contact.email, email));
}

export function findMailboxByEmail(state: WorkspaceState, email: string): Mailbox | undefined {
  return [...state.mailboxes.values()].find((mailbox) => sameEmail(mailbox.email, email));
}

/** When several accounts share a domain, the oldest wins: it is the one the others duplicate. */
export function findAccountByDomain(state: WorkspaceState, domain: string): Account | undefined {
  const wanted = normaliseDomain(domain);
  if (!wanted) return undefined;
  return oldestFirst([...state.accounts.values()]).find((account) => account.domain_name != null && normaliseDomain(account.domain_name) === wanted);
}

export function findAccountByName(state: WorkspaceState, name: string): Account | undefined {
  const wanted = name.trim().toLowerCase();
  return oldestFirst([...state.accounts.values()]).find((account) => account.name.trim().toLowerCase() === wanted);
}

export function contactsOfAccount(state: WorkspaceState, accountId: string): Contact[] {
  return [...state.contacts.values()].filter((contact) => contact.account_id === accountId);
}

function oldestFirst<T extends { created_at: string; id: string }>(records: T[]): T[] {
  return records.sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id.localeCompare(b.id));
}

/** Owners and assignees must be users of the workspace (docs/reevo-api.md §4). Answers the user's stored email. */
export function requireUserEmail(state: WorkspaceState, email: string, field: string): string {
  const user = findUserByEmail(state, email);
  if (!user) {
    throw badRequest(
      `${field}: no user of this workspace has the email "${email}". Use the email of an existing workspace user (Find User looks one up).`,
      { field, email },
    );
  }
  return user.email;
}

export function requireAccount(state: WorkspaceState, id: string): Account {
  return requireById(state.accounts, 'Account', id);
}

export function requireContact(state: WorkspaceState, id: string): Contact {
  return requireById(state.contacts, 'Contact', id);
}

export function requireContactByEmail(state: WorkspaceState, email: string): Contact {
  const contact = findContactByEmail(state, email);
  if (!contact) throw notFound('Contact', email, 'email');
  return contact;
}

export function requireOpportunity(state: WorkspaceState, id: string): Opportunity {
  return requireById(state.opportunities, 'Opportunity', id);
}

export function requireSequence(state: WorkspaceState, id: string): Sequence {
  return requireById(state.sequences, 'Sequence', id);
}

/** The record with this id, or the API's 404 naming its kind. */
export function requireById<T>(records: ReadonlyMap<string, T>, kind: RecordKind, id: string): T {
  const record = records.get(id);
  if (record === undefined) throw notFound(kind, id);
  return record;
}
