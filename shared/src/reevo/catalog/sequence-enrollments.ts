import * as z from 'zod';
import { EXAMPLE } from './examples';
import { createdAt, email, field, uuid } from './common';
import { defineOperation, type KnownOutput } from './operation';

export const SequenceEnrollment = z
  .looseObject({
    id: field(uuid(), { title: 'Enrollment ID', description: 'The UUID of the enrollment.' }),
    contact_id: field(uuid(), { title: 'Contact ID', description: 'The enrolled contact.', ref: 'contact' }),
    contact_email: field(email(), { title: 'Contact Email', description: 'The enrolled contact\'s email.', ref: 'contact' }),
    sequence_id: field(uuid(), { title: 'Sequence ID', description: 'The sequence the contact is in.', ref: 'sequence' }),
    mailbox_email: field(email(), { title: 'Mailbox Email', description: 'The mailbox the sequence sends from.', ref: 'mailbox' }),
    status: field(z.string(), { title: 'Status', description: 'Where the enrollment stands, e.g. ACTIVE.' }),
    created_at: createdAt(),
  })
  .meta({ id: 'SequenceEnrollment', title: 'Sequence Enrollment', description: 'A contact enrolled in an outreach sequence.' });
// @generated:start SequenceEnrollment: the type of the schema above, written by `npm run generate -w @reevo/client`
/** A contact enrolled in an outreach sequence. */
export type SequenceEnrollment = {
  /** The UUID of the enrollment. */
  id: KnownOutput<typeof SequenceEnrollment>['id'];
  /** The enrolled contact. */
  contact_id: KnownOutput<typeof SequenceEnrollment>['contact_id'];
  /** The enrolled contact's email. */
  contact_email: KnownOutput<typeof SequenceEnrollment>['contact_email'];
  /** The sequence the contact is in. */
  sequence_id: KnownOutput<typeof SequenceEnrollment>['sequence_id'];
  /** The mailbox the sequence sends from. */
  mailbox_email: KnownOutput<typeof SequenceEnrollment>['mailbox_email'];
  /** Where the enrollment stands, e.g. ACTIVE. */
  status: KnownOutput<typeof SequenceEnrollment>['status'];
  /** When the record was created. */
  created_at: KnownOutput<typeof SequenceEnrollment>['created_at'];
};
// @generated:end SequenceEnrollment

export const EXAMPLE_ENROLLMENT: SequenceEnrollment = {
  id: EXAMPLE.enrollmentId,
  contact_id: EXAMPLE.contactId,
  contact_email: EXAMPLE.contactEmail,
  sequence_id: EXAMPLE.sequenceId,
  mailbox_email: 'alex@mail.northwind.com',
  status: 'ACTIVE',
  created_at: EXAMPLE.createdAt,
};

export const enrollInSequence = defineOperation({
  operationId: 'enrollInSequence',
  tag: 'Sequence Enrollments',
  method: 'POST',
  path: '/api/v1/public/sequence_enrollments',
  permissions: ['sequence_enrollment:write'],
  summary: 'Enroll Contact in Sequence',
  description:
    "Enrolls an existing contact (by email) in a sequence. Without a mailbox, the sequence sends from a mailbox of the contact's owner. A contact already in an active sequence cannot be enrolled again.",
  source: 'T',
  body: z.strictObject({
    contact_email: field(email(), { title: 'Contact Email', description: 'Email of an existing contact.', example: EXAMPLE.contactEmail, ref: 'contact' }),
    sequence_id: field(uuid(), { title: 'Sequence ID', description: 'The UUID of the sequence, from its URL in Reevo.', example: EXAMPLE.sequenceId, ref: 'sequence' }),
    mailbox_email: field(email(), { title: 'Mailbox Email', description: "The mailbox to send from; a mailbox of the contact's owner when left out.", example: 'alex@mail.northwind.com', ref: 'mailbox' }).optional(),
  }),
  response: SequenceEnrollment,
  successStatus: 200,
  emits: ['sequence_enrollment.created'],
  safeToRetry: false,
  examples: [
    {
      name: 'default-mailbox',
      summary: 'Enroll Jane, sending from her owner\'s mailbox',
      request: { body: { contact_email: EXAMPLE.contactEmail, sequence_id: EXAMPLE.sequenceId } },
      response: { status: 200, body: EXAMPLE_ENROLLMENT },
    },
  ],
});

export const sequenceEnrollmentOperations = { enroll: enrollInSequence };
