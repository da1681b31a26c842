/**
 * Keeps the two sides of "which contacts are on which opportunity" consistent: an opportunity names contacts by
 * email (primary and additional), and each contact lists the ids of the opportunities that name it.
 */
import type { Contact, Opportunity } from '@integration-pack/core/reevo/api';
import type { DomainContext } from '../contract';
import type { WorkspaceState } from '../model';
import { requireContactByEmail } from './lookups';
import { commitUpdate } from './records';

/** The emails in the contacts' own spelling; a missing contact is a 404 naming its email. */
export function resolveContactEmails(state: WorkspaceState, emails: readonly string[]): string[] {
  return [...new Set(emails.map((email) => requireContactByEmail(state, email).email))];
}

function namedEmails(opportunity: Opportunity | null): Set<string> {
  if (!opportunity) return new Set();
  const emails = [opportunity.primary_contact_email, ...opportunity.additional_contact_emails].filter((email): email is string => email != null);
  return new Set(emails.map((email) => email.toLowerCase()));
}

/**
 * After an opportunity was created or changed, adds it to the contacts it now names and removes it from those it
 * no longer names. Each contact that changes is an update of that contact (`contact.updated`).
 */
export function syncContactLinks(state: WorkspaceState, context: DomainContext, before: Opportunity | null, after: Opportunity): void {
  const wanted = namedEmails(after);
  const affected = new Set([...namedEmails(before), ...wanted]);
  for (const contact of [...state.contacts.values()]) {
    const email = contact.email.toLowerCase();
    if (!affected.has(email)) continue;
    commitUpdate(state.contacts, context, contact, withLink(contact, after.id, wanted.has(email)), ['contact.updated']);
  }
}

function withLink(contact: Contact, opportunityId: string, linked: boolean): Contact {
  if (linked === contact.opportunity_ids.includes(opportunityId)) return contact;
  const others = contact.opportunity_ids.filter((id) => id !== opportunityId);
  return { ...contact, opportunity_ids: linked ? [...others, opportunityId] : others };
}
