/**
 * The Reevo app for Zapier. Every definition is registered under its own key (Zapier's matchingKeys rule), and
 * grouped by record type the way the app's folders are.
 */
import { defineApp, version as platformVersion, type Create, type Search, type SearchOrCreate, type Trigger } from 'zapier-platform-core';
import newAccount from './account/new-account';
import updatedAccount from './account/updated-account';
import listAccounts from './account/list-accounts';
import createAccount from './account/create-account';
import updateAccount from './account/update-account';
import findAccount from './account/find-account';
import findAccountById from './account/find-account-by-id';
import newContact from './contact/new-contact';
import updatedContact from './contact/updated-contact';
import listContacts from './contact/list-contacts';
import createOrUpdateContact from './contact/create-or-update-contact';
import findContact from './contact/find-contact';
import findContactById from './contact/find-contact-by-id';
import findAccountAndContacts from './contact/find-account-and-contacts';
import newOpportunity from './opportunity/new-opportunity';
import updatedOpportunity from './opportunity/updated-opportunity';
import opportunityStageChanged from './opportunity/opportunity-stage-changed';
import listOpportunities from './opportunity/list-opportunities';
import listStages from './opportunity/list-stages';
import listPipelines from './opportunity/list-pipelines';
import listClosedReasons from './opportunity/list-closed-reasons';
import createOpportunity from './opportunity/create-opportunity';
import updateOpportunity from './opportunity/update-opportunity';
import changeOpportunityStage from './opportunity/change-opportunity-stage';
import findOpportunity from './opportunity/find-opportunity';
import findOpportunityById from './opportunity/find-opportunity-by-id';
import newTask from './task/new-task';
import createTask from './task/create-task';
import newActivity from './activity/new-activity';
import logActivity from './activity/log-activity';
import listUsers from './user/list-users';
import findUser from './user/find-user';
import listMailboxes from './mailbox/list-mailboxes';
import findMailbox from './mailbox/find-mailbox';
import newSequenceEnrollment from './sequence/new-sequence-enrollment';
import addContactToSequence from './sequence/add-contact-to-sequence';
import { authentication } from './authentication';
import { SEARCH_KEYS } from './keys';
import packageJson from '../package.json';

function byKey<T extends { key: string }>(...definitions: T[]): Record<string, T> {
  return Object.fromEntries(definitions.map((definition) => [definition.key, definition]));
}

export const triggers = byKey<Trigger>(
  newAccount,
  updatedAccount,
  newContact,
  updatedContact,
  newOpportunity,
  updatedOpportunity,
  opportunityStageChanged,
  newTask,
  newActivity,
  newSequenceEnrollment,
  listUsers,
  listAccounts,
  listContacts,
  listOpportunities,
  listStages,
  listPipelines,
  listClosedReasons,
  listMailboxes,
);

export const creates = byKey<Create>(
  createOrUpdateContact,
  createAccount,
  updateAccount,
  createOpportunity,
  updateOpportunity,
  changeOpportunityStage,
  createTask,
  logActivity,
  addContactToSequence,
);

export const searches = byKey<Search>(
  findAccount,
  findAccountById,
  findContact,
  findContactById,
  findAccountAndContacts,
  findOpportunity,
  findOpportunityById,
  findUser,
  findMailbox,
);

/** Where a search and a create meet: Zapier offers "create it if none is found" on these searches. */
export const searchOrCreates = byKey<SearchOrCreate>(
  { key: SEARCH_KEYS.findContact, display: { label: 'Find or Create Contact', description: 'Finds a contact by email, or creates one if none is found.' }, search: findContact.key, create: createOrUpdateContact.key },
  { key: SEARCH_KEYS.findAccount, display: { label: 'Find or Create Account', description: 'Finds an account by domain, or creates one if none is found.' }, search: findAccount.key, create: createAccount.key },
);

export default defineApp({
  version: packageJson.version,
  platformVersion,
  authentication,
  triggers,
  creates,
  searches,
  searchOrCreates,
  // Every request goes through z.request, which Zapier logs already; patching Node's http module on top only
  // duplicates those logs (and leaks into other code sharing the process, such as other packages' tests).
  flags: { skipHttpPatch: true },
});
