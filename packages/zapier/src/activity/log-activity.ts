import { catalog } from '@integration-pack/core/reevo/api';
import { defineCatalogCreate } from '../reevo';
import { CREATE_KEYS } from '../keys';

export default defineCatalogCreate({
  key: CREATE_KEYS.logActivity,
  noun: 'Activity',
  label: 'Log Activity',
  description: 'Logs a touch that happened outside Reevo (a text, a LinkedIn message, a call, an event) on an account, contacts or an opportunity.',
  operation: catalog.activities.log,
  fields: {
    overrides: {
      account_id: { label: 'Account', helpText: 'The account the touch was with. Choosing it first narrows the contact and opportunity dropdowns.' },
      contact_ids: { label: 'Contacts', helpText: 'The contacts the touch was with.' },
      pipeline_id: { label: 'Opportunity', helpText: 'The opportunity the touch belongs to.' },
      sequence_id: { helpText: 'The sequence the touch belongs to: the ID at the end of the sequence URL in Reevo (Reevo cannot list sequences).' },
    },
  },
});
