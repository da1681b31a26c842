/**
 * One handler per catalog operation, keyed by operation id. The type makes a missing or unknown key a compile
 * error, so the server cannot drift from the catalog.
 */
import { logManualActivity } from './activities';
import { retrieveAccountAndContacts, upsertAccountContact } from './account-contact';
import { createAccount, getAccount, searchAccounts, updateAccount } from './accounts';
import { getContact, searchContacts } from './contacts';
import type { OperationId, WorkspaceHandler } from './define';
import { searchMailboxes, searchUsers } from './directory';
import { createOpportunity, getOpportunity, searchOpportunities, updateOpportunity } from './opportunities';
import { enrollInSequence } from './sequence-enrollments';
import { shiftOpportunityStage } from './shift-stage';
import { createTask } from './tasks';
import { createWebhook, deleteWebhook, getWebhook, listWebhooks } from './webhooks';

export const handlers = {
  upsertAccountContact,
  retrieveAccountAndContacts,
  createAccount,
  updateAccount,
  getAccount,
  searchAccounts,
  getContact,
  searchContacts,
  createOpportunity,
  updateOpportunity,
  getOpportunity,
  searchOpportunities,
  shiftOpportunityStage,
  createTask,
  logManualActivity,
  searchUsers,
  searchMailboxes,
  enrollInSequence,
  createWebhook,
  listWebhooks,
  getWebhook,
  deleteWebhook,
} satisfies Record<OperationId, WorkspaceHandler>;

export type { OperationId, WorkspaceHandler } from './define';
