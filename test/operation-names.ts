/**
 * One operation, its name in each layer. The client's method, the n8n resource and operation and the Zapier key
 * grew up apart (`users.search`, `user/get`, `find_user` for `searchUsers`), and n8n operation values and Zapier
 * keys are saved in users' workflows and Zaps, so they are never renamed once published: this table says which is
 * which, and `conformance/coverage.test.ts` fails when a layer names an operation otherwise or lacks it.
 */
import type { OperationId } from '@integration-pack/core/reevo/api';

/** An operation that is no step of its own on a platform, and where the platform uses it instead. */
export interface Elsewhere {
  elsewhere: string;
}

export interface OperationNames {
  /** `group.method` of the typed client: `client.users.search(…)`. */
  client: `${string}.${string}`;
  /** `resource/operation` of the Reevo node. */
  n8n: `${string}/${string}` | Elsewhere;
  /** The create or search key of the Zapier app. */
  zapier: string | Elsewhere;
}

export const OPERATION_NAMES = {
  upsertAccountContact: { client: 'accountContact.upsert', n8n: 'accountContact/upsert', zapier: 'create_or_update_contact' },
  retrieveAccountAndContacts: { client: 'accountContact.retrieve', n8n: 'accountContact/get', zapier: 'find_account_and_contacts' },
  createAccount: { client: 'accounts.create', n8n: 'account/create', zapier: 'create_account' },
  updateAccount: { client: 'accounts.update', n8n: 'account/update', zapier: 'update_account' },
  getAccount: { client: 'accounts.get', n8n: 'account/get', zapier: 'find_account_by_id' },
  searchAccounts: { client: 'accounts.search', n8n: 'account/search', zapier: 'find_account' },
  getContact: { client: 'contacts.get', n8n: 'contact/get', zapier: 'find_contact_by_id' },
  searchContacts: { client: 'contacts.search', n8n: 'contact/search', zapier: 'find_contact' },
  createOpportunity: { client: 'opportunities.create', n8n: 'opportunity/create', zapier: 'create_opportunity' },
  updateOpportunity: { client: 'opportunities.update', n8n: 'opportunity/update', zapier: 'update_opportunity' },
  getOpportunity: { client: 'opportunities.get', n8n: 'opportunity/get', zapier: 'find_opportunity_by_id' },
  searchOpportunities: { client: 'opportunities.search', n8n: 'opportunity/search', zapier: 'find_opportunity' },
  shiftOpportunityStage: { client: 'opportunities.shiftStage', n8n: 'opportunity/shiftStage', zapier: 'change_opportunity_stage' },
  createTask: { client: 'tasks.create', n8n: 'task/create', zapier: 'create_task' },
  logManualActivity: { client: 'activities.log', n8n: 'activity/log', zapier: 'log_activity' },
  searchUsers: { client: 'users.search', n8n: 'user/get', zapier: 'find_user' },
  searchMailboxes: { client: 'mailboxes.search', n8n: 'mailbox/getAll', zapier: 'find_mailbox' },
  enrollInSequence: { client: 'sequenceEnrollments.enroll', n8n: 'sequenceEnrollment/enroll', zapier: 'add_contact_to_sequence' },
  createWebhook: {
    client: 'webhooks.create',
    n8n: { elsewhere: 'Reevo Trigger, on activation' },
    zapier: { elsewhere: 'every REST-hook trigger, performSubscribe' },
  },
  listWebhooks: {
    client: 'webhooks.list',
    n8n: { elsewhere: 'Reevo Trigger, checkExists' },
    zapier: { elsewhere: 'the connection test' },
  },
  getWebhook: { client: 'webhooks.get', n8n: { elsewhere: 'nowhere: the trigger lists' }, zapier: { elsewhere: 'nowhere' } },
  deleteWebhook: {
    client: 'webhooks.delete',
    n8n: { elsewhere: 'Reevo Trigger, on deactivation' },
    zapier: { elsewhere: 'every REST-hook trigger, performUnsubscribe' },
  },
} as const satisfies Record<OperationId, OperationNames>;
