/**
 * Every trigger, search and create key, once. Zapier ties live Zaps to these strings: once published, a key is
 * never renamed or reused (publishing checks C001–C003), so change labels freely but never these values.
 */
export const TRIGGER_KEYS = {
  newAccount: 'new_account',
  updatedAccount: 'updated_account',
  newContact: 'new_contact',
  updatedContact: 'updated_contact',
  newOpportunity: 'new_opportunity',
  updatedOpportunity: 'updated_opportunity',
  opportunityStageChanged: 'opportunity_stage_changed',
  newTask: 'new_task',
  newActivity: 'new_activity',
  newSequenceEnrollment: 'new_sequence_enrollment',
} as const;

/** Hidden triggers that only feed dynamic dropdowns. */
export const LIST_KEYS = {
  users: 'list_users',
  accounts: 'list_accounts',
  contacts: 'list_contacts',
  opportunities: 'list_opportunities',
  stages: 'list_stages',
  pipelines: 'list_pipelines',
  closedReasons: 'list_closed_reasons',
  mailboxes: 'list_mailboxes',
} as const;

export const CREATE_KEYS = {
  createOrUpdateContact: 'create_or_update_contact',
  createAccount: 'create_account',
  updateAccount: 'update_account',
  createOpportunity: 'create_opportunity',
  updateOpportunity: 'update_opportunity',
  // Labelled "Shift Opportunity Stage" (the operation's one name); the key is older and, once published, never changes.
  changeOpportunityStage: 'change_opportunity_stage',
  createTask: 'create_task',
  logActivity: 'log_activity',
  addContactToSequence: 'add_contact_to_sequence',
} as const;

export const SEARCH_KEYS = {
  findAccount: 'find_account',
  findAccountById: 'find_account_by_id',
  findContact: 'find_contact',
  findContactById: 'find_contact_by_id',
  findAccountAndContacts: 'find_account_and_contacts',
  findOpportunity: 'find_opportunity',
  findOpportunityById: 'find_opportunity_by_id',
  findUser: 'find_user',
  findMailbox: 'find_mailbox',
} as const;
