import { EXAMPLE, EXAMPLE_ENROLLMENT } from '@integration-pack/core/reevo/api';
import { createTestWorkspace, START_TIME, testId } from './support/workspace';

const OTHER_SEQUENCE = '3a000000-0000-4000-8000-000000000002';
const enroll = { contact_email: EXAMPLE.contactEmail, sequence_id: EXAMPLE.sequenceId };

describe('enrollInSequence', () => {
  it('sends from a mailbox of the contact\'s owner when none is given, and emits sequence_enrollment.created', () => {
    const workspace = createTestWorkspace();
    const enrollment = workspace.call('enrollInSequence', { body: { ...enroll, contact_email: 'Jane.Doe@acme.com' } });
    expect(enrollment).toEqual({ ...EXAMPLE_ENROLLMENT, id: testId(1), created_at: START_TIME });
    expect(workspace.state.enrollments.get(enrollment.id)).toEqual(enrollment);
    expect(workspace.events).toEqual([{ type: 'sequence_enrollment.created', data: enrollment }]);
  });

  it('sends from the given mailbox when it belongs to the workspace', () => {
    const enrollment = createTestWorkspace().call('enrollInSequence', { body: { ...enroll, mailbox_email: 'PRIYA@mail.northwind.com' } });
    expect(enrollment.mailbox_email).toBe('priya@mail.northwind.com');
  });

  it('answers 404 for an unknown contact or sequence', () => {
    const workspace = createTestWorkspace();
    expect(workspace.fail('enrollInSequence', { body: { ...enroll, contact_email: 'ghost@acme.com' } }).message).toBe('Contact with email "ghost@acme.com" not found.');
    const sequence = workspace.fail('enrollInSequence', { body: { ...enroll, sequence_id: testId(5) } });
    expect([sequence.errorName, sequence.message]).toEqual(['NotFoundError', `Sequence ${testId(5)} not found.`]);
  });

  it('answers 409 when the contact is already in an active sequence, naming it', () => {
    const workspace = createTestWorkspace();
    const first = workspace.call('enrollInSequence', { body: enroll });
    const error = workspace.fail('enrollInSequence', { body: { ...enroll, sequence_id: OTHER_SEQUENCE } });
    expect(error.errorName).toBe('ConflictError');
    expect(error.message).toBe(`The contact ${EXAMPLE.contactEmail} is already in an active sequence ("New Lead Outreach") (enrollment ${first.id}). A contact can be in one active sequence at a time.`);
    expect(error.details).toEqual({ contact_email: EXAMPLE.contactEmail, enrollment_id: first.id, sequence_id: EXAMPLE.sequenceId });
    expect(workspace.state.enrollments.size).toBe(1);
  });

  it('refuses a mailbox that is not in the workspace (400)', () => {
    const error = createTestWorkspace().fail('enrollInSequence', { body: { ...enroll, mailbox_email: 'me@gmail.com' } });
    expect(error.errorName).toBe('BadRequestError');
    expect(error.message).toBe('mailbox_email: "me@gmail.com" is not a mailbox of this workspace. Use a connected mailbox (Find Mailboxes lists the mailboxes of a user).');
  });

  it('asks for a mailbox when the contact\'s owner has none', () => {
    const error = createTestWorkspace().fail('enrollInSequence', { body: { ...enroll, contact_email: 'alice.abernathy@umbrella-corp.com' } });
    expect(error.errorName).toBe('BadRequestError');
    expect(error.message).toBe(
      "mailbox_email: the contact's owner jordan.blake@northwind.com has no active mailbox to send from. Give mailbox_email (Find Mailboxes lists the mailboxes of a user), or connect a mailbox for jordan.blake@northwind.com in Reevo.",
    );
  });

  it('asks for a mailbox when the contact has no owner', () => {
    const workspace = createTestWorkspace('empty');
    workspace.call('upsertAccountContact', { body: { email: 'solo@example.com' } });
    const error = workspace.fail('enrollInSequence', { body: { ...enroll, contact_email: 'solo@example.com' } });
    expect(error.message).toMatch(/^mailbox_email: the contact solo@example.com has no owner, so there is no default mailbox to send from\. Give mailbox_email/);
    expect(workspace.call('enrollInSequence', { body: { ...enroll, contact_email: 'solo@example.com', mailbox_email: 'sam@mail.northwind.com' } }).mailbox_email).toBe('sam@mail.northwind.com');
  });
});
