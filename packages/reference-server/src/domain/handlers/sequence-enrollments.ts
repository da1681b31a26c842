import { catalog, type Contact, type Mailbox, type SequenceEnrollment } from '@integration-pack/core/reevo/api';
import type { WorkspaceState } from '../model';
import { badRequest, conflict } from '../rules/errors';
import { findMailboxByEmail, requireContactByEmail, requireSequence, sameEmail } from '../rules/lookups';
import { commitCreate, timestampNow } from '../rules/records';
import { defineHandler } from './define';

const ACTIVE = 'ACTIVE';
const FIND_MAILBOXES_HINT = 'Find Mailboxes lists the mailboxes of a user';

function requireMailbox(state: WorkspaceState, email: string): Mailbox {
  const mailbox = findMailboxByEmail(state, email);
  if (!mailbox) {
    throw badRequest(`mailbox_email: "${email}" is not a mailbox of this workspace. Use a connected mailbox (${FIND_MAILBOXES_HINT}).`, {
      field: 'mailbox_email',
      mailbox_email: email,
    });
  }
  return mailbox;
}

/** Without a mailbox_email, the sequence sends from an active mailbox of the contact's owner. */
function ownerMailbox(state: WorkspaceState, contact: Contact): Mailbox {
  if (!contact.owner_email) {
    throw badRequest(
      `mailbox_email: the contact ${contact.email} has no owner, so there is no default mailbox to send from. Give mailbox_email (${FIND_MAILBOXES_HINT}), or give the contact an owner with Upsert Account and Contact.`,
      { field: 'mailbox_email', contact_email: contact.email },
    );
  }
  const owner = contact.owner_email;
  const mailbox = [...state.mailboxes.values()].find((candidate) => sameEmail(candidate.owner_user_email, owner) && candidate.status === ACTIVE);
  if (!mailbox) {
    throw badRequest(
      `mailbox_email: the contact's owner ${owner} has no active mailbox to send from. Give mailbox_email (${FIND_MAILBOXES_HINT}), or connect a mailbox for ${owner} in Reevo.`,
      { field: 'mailbox_email', contact_email: contact.email, owner_email: owner },
    );
  }
  return mailbox;
}

export const enrollInSequence = defineHandler(catalog.sequenceEnrollments.enroll, (state, context, { body }) => {
  const contact = requireContactByEmail(state, body.contact_email);
  const sequence = requireSequence(state, body.sequence_id);
  const mailbox = body.mailbox_email === undefined ? ownerMailbox(state, contact) : requireMailbox(state, body.mailbox_email);
  const active = [...state.enrollments.values()].find((enrollment) => enrollment.contact_id === contact.id && enrollment.status === ACTIVE);
  if (active) {
    const activeSequence = state.sequences.get(active.sequence_id);
    throw conflict(
      `The contact ${contact.email} is already in an active sequence${activeSequence ? ` ("${activeSequence.name}")` : ''} (enrollment ${active.id}). A contact can be in one active sequence at a time.`,
      { contact_email: contact.email, enrollment_id: active.id, sequence_id: active.sequence_id },
    );
  }
  const enrollment: SequenceEnrollment = {
    id: context.newId(),
    contact_id: contact.id,
    contact_email: contact.email,
    sequence_id: sequence.id,
    mailbox_email: mailbox.email,
    status: ACTIVE,
    created_at: timestampNow(context),
  };
  return commitCreate(state.enrollments, context, enrollment, 'sequence_enrollment.created');
});
