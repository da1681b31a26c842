import { catalog } from '@integration-pack/core/reevo/api';
import { defineCatalogCreate } from '../reevo';
import { CREATE_KEYS } from '../keys';

export default defineCatalogCreate({
  key: CREATE_KEYS.addContactToSequence,
  noun: 'Sequence Enrollment',
  label: 'Add Contact to Sequence',
  description: "Enrolls an existing contact in a sequence, sending from the chosen mailbox or one of the contact's owner.",
  operation: catalog.sequenceEnrollments.enroll,
  fields: {
    overrides: {
      contact_email: { label: 'Contact Email', helpText: 'The contact to enroll. Choosing it first narrows the mailbox dropdown to its owner\'s mailboxes.' },
      sequence_id: { helpText: 'The ID at the end of the sequence URL in Reevo (Reevo cannot list sequences, so there is no dropdown).' },
      mailbox_email: { label: 'Mailbox', helpText: "The mailbox to send from. Leave blank to use a mailbox of the contact's owner." },
    },
  },
});
