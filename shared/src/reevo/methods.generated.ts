/*
 * Generated from the catalog by `npm run generate -w @reevo/client` (shared/scripts/generated-types.ts): do not edit.
 * The client's methods, with the catalog's description, endpoint and permissions of each.
 */

import type * as catalog from './catalog/index';
import type { CallOptions } from '../machine/create-client';
import type { PageOptions } from '../machine/paginate';

/** The Account & Contact methods: one per endpoint. */
export interface AccountContactMethods {
  /**
   * **Upsert Account and Contact**: Creates or updates a contact by email, together with its account (matched by website domain, else company name). Prefer this over Create Account when you have a person's email: it never makes duplicates.
   *
   * `POST /api/v1/public/account_contact` · Permission: `accounts:write` (Accounts Write) and `contacts:write` (Contacts Write).
   */
  upsert(input: catalog.UpsertAccountContactInput, options?: CallOptions): Promise<catalog.AccountContactUpsertResult>;
  /**
   * **Find Account and Contacts**: Looks up an account and its contacts by exactly one of: a contact email, a contact phone number, or an account domain. Answers 404 when nothing matches.
   *
   * `GET /api/v1/public/account_and_contact_retrieval` · Permission: `accounts:read` (Accounts Read) and `contacts:read` (Contacts Read).
   */
  retrieve(input?: catalog.RetrieveAccountAndContactsInput, options?: CallOptions): Promise<catalog.AccountAndContacts>;
}

/** The Accounts methods: one per endpoint. */
export interface AccountsMethods {
  /**
   * **Create Account**: Creates a new account (company). To create or update an account together with a contact by email, prefer Upsert Account and Contact.
   *
   * `POST /api/v1/public/accounts` · Permission: `accounts:write` (Accounts Write).
   */
  create(input: catalog.CreateAccountInput, options?: CallOptions): Promise<catalog.Account>;
  /**
   * **Update Account**: Updates an existing account by its ID. Fields you leave out stay unchanged; custom fields merge per key.
   *
   * `PATCH /api/v1/public/accounts/{account_id}` · Permission: `accounts:write` (Accounts Write).
   */
  update(input: catalog.UpdateAccountInput, options?: CallOptions): Promise<catalog.Account>;
  /**
   * **Get Account**: Retrieves one account by its ID.
   *
   * `GET /api/v1/public/accounts/{account_id}` · Permission: `accounts:read` (Accounts Read).
   */
  get(input: catalog.GetAccountInput, options?: CallOptions): Promise<catalog.Account>;
  /**
   * **Find Accounts by Domain**: Finds accounts whose domain name contains the given text (case-insensitive), newest first.
   *
   * `POST /api/v1/public/accounts/search` · Permission: `accounts:read` (Accounts Read).
   */
  search(input: catalog.SearchAccountsInput, options?: CallOptions): Promise<catalog.Account[]>;
  /**
   * Every record of Find Accounts by Domain, fetched page by page (limit/offset, 100 a page unless `pageSize`) as you iterate, until a short page or `maxItems`.
   *
   * **Find Accounts by Domain**: Finds accounts whose domain name contains the given text (case-insensitive), newest first.
   *
   * `POST /api/v1/public/accounts/search` · Permission: `accounts:read` (Accounts Read).
   */
  searchAll(input: Omit<catalog.SearchAccountsInput, 'limit' | 'offset'>, options?: PageOptions & CallOptions): AsyncGenerator<catalog.Account, void, undefined>;
}

/** The Contacts methods: one per endpoint. */
export interface ContactsMethods {
  /**
   * **Get Contact**: Retrieves one contact by its ID, with its owner, custom fields and links to its account and opportunities.
   *
   * `GET /api/v1/public/contacts/{contact_id}` · Permission: `contacts:read` (Contacts Read).
   */
  get(input: catalog.GetContactInput, options?: CallOptions): Promise<catalog.Contact>;
  /**
   * **Find Contacts**: Finds contacts by their email, by their owner's email, or both (at least one is required), newest first.
   *
   * `POST /api/v1/public/contacts/search` · Permission: `contacts:read` (Contacts Read).
   */
  search(input?: catalog.SearchContactsInput, options?: CallOptions): Promise<catalog.Contact[]>;
  /**
   * Every record of Find Contacts, fetched page by page (limit/offset, 50 a page unless `pageSize`) as you iterate, until a short page or `maxItems`.
   *
   * **Find Contacts**: Finds contacts by their email, by their owner's email, or both (at least one is required), newest first.
   *
   * `POST /api/v1/public/contacts/search` · Permission: `contacts:read` (Contacts Read).
   */
  searchAll(input: Omit<catalog.SearchContactsInput, 'limit' | 'offset'>, options?: PageOptions & CallOptions): AsyncGenerator<catalog.Contact, void, undefined>;
}

/** The Opportunities methods: one per endpoint. */
export interface OpportunitiesMethods {
  /**
   * **Create Opportunity**: Creates an opportunity on an existing account, in the first stage of the named (or default) pipeline.
   *
   * `POST /api/v1/public/opportunities` · Permission: `opportunities:write` (Opportunities Write).
   */
  create(input: catalog.CreateOpportunityInput, options?: CallOptions): Promise<catalog.Opportunity>;
  /**
   * **Update Opportunity**: Updates an opportunity by its ID. Fields you leave out stay unchanged. The stage cannot change here: use Shift Stage.
   *
   * `PATCH /api/v1/public/opportunities/{opportunity_id}` · Permission: `opportunities:write` (Opportunities Write).
   */
  update(input: catalog.UpdateOpportunityInput, options?: CallOptions): Promise<catalog.Opportunity>;
  /**
   * **Get Opportunity**: Retrieves one opportunity by its ID.
   *
   * `GET /api/v1/public/opportunities/{opportunity_id}` · Permission: `opportunities:read` (Opportunities Read).
   */
  get(input: catalog.GetOpportunityInput, options?: CallOptions): Promise<catalog.Opportunity>;
  /**
   * **Find Opportunities**: Finds opportunities by name (contains), account, owner, status or stage; every filter is optional and they combine with AND. Newest first.
   *
   * `POST /api/v1/public/opportunities/search` · Permission: `opportunities:read` (Opportunities Read).
   */
  search(input?: catalog.SearchOpportunitiesInput, options?: CallOptions): Promise<catalog.Opportunity[]>;
  /**
   * Every record of Find Opportunities, fetched page by page (limit/offset, 50 a page unless `pageSize`) as you iterate, until a short page or `maxItems`.
   *
   * **Find Opportunities**: Finds opportunities by name (contains), account, owner, status or stage; every filter is optional and they combine with AND. Newest first.
   *
   * `POST /api/v1/public/opportunities/search` · Permission: `opportunities:read` (Opportunities Read).
   */
  searchAll(input: Omit<catalog.SearchOpportunitiesInput, 'limit' | 'offset'>, options?: PageOptions & CallOptions): AsyncGenerator<catalog.Opportunity, void, undefined>;
  /**
   * **Shift Opportunity Stage**: Moves an opportunity to another stage of its pipeline. Moving to a closed won or lost stage needs at least one closed reason; the stage decides whether they are won or lost reasons.
   *
   * `POST /api/v1/public/opportunities/{opportunity_id}/shift_stage` · Permission: `opportunities:write` (Opportunities Write).
   */
  shiftStage(input: catalog.ShiftOpportunityStageInput, options?: CallOptions): Promise<catalog.Opportunity>;
}

/** The Tasks methods: one per endpoint. */
export interface TasksMethods {
  /**
   * **Create Task**: Creates a task for a Reevo user, optionally tied to an account, contacts or an opportunity. It appears in the user's task list.
   *
   * `POST /api/v1/public/tasks` · Permission: `tasks:write` (Tasks Write).
   */
  create(input: catalog.CreateTaskInput, options?: CallOptions): Promise<catalog.Task>;
}

/** The Activities methods: one per endpoint. */
export interface ActivitiesMethods {
  /**
   * **Log Activity**: Logs a touch that happened outside Reevo (an SMS, a LinkedIn message, a call, an event) against an account, contacts, an opportunity or a sequence.
   *
   * `POST /api/v1/public/manual_activities` · Permission: `activities:write` (Activities Write).
   */
  log(input: catalog.LogManualActivityInput, options?: CallOptions): Promise<catalog.Activity>;
}

/** The Users methods: one per endpoint. */
export interface UsersMethods {
  /**
   * **Find User**: Finds the workspace user with the given email (exact, case-insensitive). Answers an empty list when there is none.
   *
   * `POST /api/v1/public/users/search` · Permission: `users:read` (Users Read).
   */
  search(input: catalog.SearchUsersInput, options?: CallOptions): Promise<catalog.User[]>;
}

/** The Mailboxes methods: one per endpoint. */
export interface MailboxesMethods {
  /**
   * **Find Mailboxes**: Lists the mailboxes that belong to a workspace user, found by the user's email.
   *
   * `POST /api/v1/public/mailboxes/search` · Permission: `mailbox:read` (Mailbox Read).
   */
  search(input: catalog.SearchMailboxesInput, options?: CallOptions): Promise<catalog.Mailbox[]>;
}

/** The Sequence Enrollments methods: one per endpoint. */
export interface SequenceEnrollmentsMethods {
  /**
   * **Enroll Contact in Sequence**: Enrolls an existing contact (by email) in a sequence. Without a mailbox, the sequence sends from a mailbox of the contact's owner. A contact already in an active sequence cannot be enrolled again.
   *
   * `POST /api/v1/public/sequence_enrollments` · Permission: `sequence_enrollment:write` (Sequence Enrollment Write).
   */
  enroll(input: catalog.EnrollInSequenceInput, options?: CallOptions): Promise<catalog.SequenceEnrollment>;
}

/** The Webhooks methods: one per endpoint. */
export interface WebhooksMethods {
  /**
   * **Create Webhook Subscription**: Subscribes a URL to events. The key also needs read access to each event's resource. The answer holds the signing secret, shown only once.
   *
   * `POST /api/v1/public/webhooks` · Permission: `webhooks:write` (Webhooks Write).
   */
  create(input: catalog.CreateWebhookInput, options?: CallOptions): Promise<catalog.CreatedWebhookSubscription>;
  /**
   * **List Webhook Subscriptions**: Lists every webhook subscription of the workspace, newest first. Secrets are never shown again.
   *
   * `GET /api/v1/public/webhooks` · Permission: `webhooks:read` (Webhooks Read).
   */
  list(input?: catalog.ListWebhooksInput, options?: CallOptions): Promise<catalog.WebhookSubscription[]>;
  /**
   * **Get Webhook Subscription**: Retrieves one webhook subscription by its ID, without its secret.
   *
   * `GET /api/v1/public/webhooks/{webhook_id}` · Permission: `webhooks:read` (Webhooks Read).
   */
  get(input: catalog.GetWebhookInput, options?: CallOptions): Promise<catalog.WebhookSubscription>;
  /**
   * **Delete Webhook Subscription**: Unsubscribes: deliveries to this subscription stop at once.
   *
   * `DELETE /api/v1/public/webhooks/{webhook_id}` · Permission: `webhooks:write` (Webhooks Write).
   */
  delete(input: catalog.DeleteWebhookInput, options?: CallOptions): Promise<void>;
}

/** One method per catalog operation, grouped as in the catalog. */
export interface ReevoClientMethods {
  /** Account & Contact: Upsert Account and Contact, Find Account and Contacts. */
  accountContact: AccountContactMethods;
  /** Accounts: Create Account, Update Account, Get Account, Find Accounts by Domain. */
  accounts: AccountsMethods;
  /** Contacts: Get Contact, Find Contacts. */
  contacts: ContactsMethods;
  /** Opportunities: Create Opportunity, Update Opportunity, Get Opportunity, Find Opportunities, Shift Opportunity Stage. */
  opportunities: OpportunitiesMethods;
  /** Tasks: Create Task. */
  tasks: TasksMethods;
  /** Activities: Log Activity. */
  activities: ActivitiesMethods;
  /** Users: Find User. */
  users: UsersMethods;
  /** Mailboxes: Find Mailboxes. */
  mailboxes: MailboxesMethods;
  /** Sequence Enrollments: Enroll Contact in Sequence. */
  sequenceEnrollments: SequenceEnrollmentsMethods;
  /** Webhooks: Create Webhook Subscription, List Webhook Subscriptions, Get Webhook Subscription, Delete Webhook Subscription. */
  webhooks: WebhooksMethods;
}
