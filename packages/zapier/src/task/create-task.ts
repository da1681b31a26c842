import { catalog } from '@integration-pack/core/reevo/api';
import { defineCatalogCreate } from '../reevo';
import { CREATE_KEYS } from '../keys';

export default defineCatalogCreate({
  key: CREATE_KEYS.createTask,
  noun: 'Task',
  label: 'Create Task',
  description: "Creates a new task in a user's task list, optionally about an account, contacts or an opportunity.",
  operation: catalog.tasks.create,
  fields: {
    overrides: {
      account_id: { label: 'Account' },
      opportunity_name: { label: 'Opportunity', helpText: 'An existing opportunity the task is about (Reevo matches it by its exact name).' },
    },
  },
});
