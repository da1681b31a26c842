/*
 * Generated from the catalog by `npm run generate -w @reevo/client` (shared/scripts/generated-types.ts): do not edit.
 * The input of every operation and the data of every event, with the catalog's words on every field.
 */

import type * as catalog from './index';
import type { OperationInput } from './operation';

/** What Upsert Account and Contact takes: its path, query and body fields in one object. */
export interface UpsertAccountContactInput {
  /** The contact's email. An existing contact with this email is updated; otherwise one is created. */
  email: OperationInput<typeof catalog.upsertAccountContact>['email'];
  /** The contact's first name. */
  first_name?: OperationInput<typeof catalog.upsertAccountContact>['first_name'];
  /** The contact's last name. */
  last_name?: OperationInput<typeof catalog.upsertAccountContact>['last_name'];
  /** The contact's middle name. */
  middle_name?: OperationInput<typeof catalog.upsertAccountContact>['middle_name'];
  /** The contact's phone number, ideally in E.164 form (+14151234567). */
  phone_number?: OperationInput<typeof catalog.upsertAccountContact>['phone_number'];
  /** The company name. Used to find or create the account when no website is given. */
  company?: OperationInput<typeof catalog.upsertAccountContact>['company'];
  /** The contact's job title. */
  title?: OperationInput<typeof catalog.upsertAccountContact>['title'];
  /** The contact's department. */
  department?: OperationInput<typeof catalog.upsertAccountContact>['department'];
  /** The contact's LinkedIn profile. */
  contact_linkedin_url?: OperationInput<typeof catalog.upsertAccountContact>['contact_linkedin_url'];
  /** The contact's Facebook profile. */
  contact_facebook_url?: OperationInput<typeof catalog.upsertAccountContact>['contact_facebook_url'];
  /** The contact's ZoomInfo profile. */
  contact_zoominfo_url?: OperationInput<typeof catalog.upsertAccountContact>['contact_zoominfo_url'];
  /** The contact's X (Twitter) profile. */
  contact_x_url?: OperationInput<typeof catalog.upsertAccountContact>['contact_x_url'];
  /** Email of the Reevo user who owns the contact. It must belong to a user of your workspace. */
  contact_owner_email?: OperationInput<typeof catalog.upsertAccountContact>['contact_owner_email'];
  /** The company's LinkedIn page. */
  account_linkedin_url?: OperationInput<typeof catalog.upsertAccountContact>['account_linkedin_url'];
  /** The company's Facebook page. */
  account_facebook_url?: OperationInput<typeof catalog.upsertAccountContact>['account_facebook_url'];
  /** The company's ZoomInfo profile. */
  account_zoominfo_url?: OperationInput<typeof catalog.upsertAccountContact>['account_zoominfo_url'];
  /** The company's X (Twitter) profile. */
  account_x_url?: OperationInput<typeof catalog.upsertAccountContact>['account_x_url'];
  /** Email of the Reevo user who owns the account. It must belong to a user of your workspace. */
  account_owner_email?: OperationInput<typeof catalog.upsertAccountContact>['account_owner_email'];
  /** The company's website. Its domain is how the account is matched. */
  account_website?: OperationInput<typeof catalog.upsertAccountContact>['account_website'];
  /** Custom account fields, keyed by the field's API name (or its UUID). A value is text or a list of texts. */
  account_custom_fields?: OperationInput<typeof catalog.upsertAccountContact>['account_custom_fields'];
  /** Custom contact fields, keyed by the field's API name (or its UUID). A value is text or a list of texts. */
  contact_custom_fields?: OperationInput<typeof catalog.upsertAccountContact>['contact_custom_fields'];
}

/** What Find Account and Contacts takes: its path, query and body fields in one object. */
export interface RetrieveAccountAndContactsInput {
  /** The email of a contact. */
  contact_email?: OperationInput<typeof catalog.retrieveAccountAndContacts>['contact_email'];
  /** The phone number of a contact, e.g. +14151234567 (matched after normalising to E.164). */
  contact_phone_number?: OperationInput<typeof catalog.retrieveAccountAndContacts>['contact_phone_number'];
  /** The domain of an account, e.g. acme.com. */
  account_domain?: OperationInput<typeof catalog.retrieveAccountAndContacts>['account_domain'];
}

/** What Create Account takes: its path, query and body fields in one object. */
export interface CreateAccountInput {
  /** The company name. */
  name: OperationInput<typeof catalog.createAccount>['name'];
  /** Email of the Reevo user who will own the account. It must belong to a user of your workspace. */
  owner_email?: OperationInput<typeof catalog.createAccount>['owner_email'];
  /** The company's website URL. */
  official_website?: OperationInput<typeof catalog.createAccount>['official_website'];
  /** The company domain, without protocol or www (e.g. acme.com). */
  domain_name?: OperationInput<typeof catalog.createAccount>['domain_name'];
  /** The company's LinkedIn page. */
  linkedin_url?: OperationInput<typeof catalog.createAccount>['linkedin_url'];
  /** The company's Facebook page. */
  facebook_url?: OperationInput<typeof catalog.createAccount>['facebook_url'];
  /** The company's ZoomInfo profile. */
  zoominfo_url?: OperationInput<typeof catalog.createAccount>['zoominfo_url'];
  /** The company's X (Twitter) profile. */
  x_url?: OperationInput<typeof catalog.createAccount>['x_url'];
  /** Custom account fields, keyed by the field's API name (or its UUID). A value is text or a list of texts. */
  custom_fields?: OperationInput<typeof catalog.createAccount>['custom_fields'];
}

/** What Update Account takes: its path, query and body fields in one object. */
export interface UpdateAccountInput {
  /** The UUID of the account. Find it with Find Accounts by Domain, or in the account URL in Reevo. */
  account_id: OperationInput<typeof catalog.updateAccount>['account_id'];
  /** The company name. */
  name?: OperationInput<typeof catalog.updateAccount>['name'];
  /** Email of the Reevo user who will own the account. It must belong to a user of your workspace. */
  owner_email?: OperationInput<typeof catalog.updateAccount>['owner_email'];
  /** The company's website URL; null clears it. */
  official_website?: OperationInput<typeof catalog.updateAccount>['official_website'];
  /** The company's LinkedIn page; null clears it. */
  linkedin_url?: OperationInput<typeof catalog.updateAccount>['linkedin_url'];
  /** The company's Facebook page; null clears it. */
  facebook_url?: OperationInput<typeof catalog.updateAccount>['facebook_url'];
  /** The company's ZoomInfo profile; null clears it. */
  zoominfo_url?: OperationInput<typeof catalog.updateAccount>['zoominfo_url'];
  /** The company's X (Twitter) profile; null clears it. */
  x_url?: OperationInput<typeof catalog.updateAccount>['x_url'];
  /** Custom account fields to change, keyed by API name or UUID. Keys you leave out stay as they are; a null value clears that field. */
  custom_fields?: OperationInput<typeof catalog.updateAccount>['custom_fields'];
}

/** What Get Account takes: its path, query and body fields in one object. */
export interface GetAccountInput {
  /** The UUID of the account. Find it with Find Accounts by Domain, or in the account URL in Reevo. */
  account_id: OperationInput<typeof catalog.getAccount>['account_id'];
}

/** What Find Accounts by Domain takes: its path, query and body fields in one object. */
export interface SearchAccountsInput {
  /** Text the account domain must contain, e.g. acme.com. */
  domain_name: OperationInput<typeof catalog.searchAccounts>['domain_name'];
  /** How many records to return in one page (1–200, default 100). */
  limit?: OperationInput<typeof catalog.searchAccounts>['limit'];
  /** How many matching records to skip, for paging (default 0). */
  offset?: OperationInput<typeof catalog.searchAccounts>['offset'];
}

/** What Get Contact takes: its path, query and body fields in one object. */
export interface GetContactInput {
  /** The UUID of the contact. Find it with Find Contacts, or in the contact URL in Reevo. */
  contact_id: OperationInput<typeof catalog.getContact>['contact_id'];
}

/** What Find Contacts takes: its path, query and body fields in one object. */
export interface SearchContactsInput {
  /** The exact email of the contact (case-insensitive). */
  contact_email?: OperationInput<typeof catalog.searchContacts>['contact_email'];
  /** Email of the Reevo user who owns the contacts. */
  owner_email?: OperationInput<typeof catalog.searchContacts>['owner_email'];
  /** How many records to return in one page (1–200, default 50). */
  limit?: OperationInput<typeof catalog.searchContacts>['limit'];
  /** How many matching records to skip, for paging (default 0). */
  offset?: OperationInput<typeof catalog.searchContacts>['offset'];
}

/** What Create Opportunity takes: its path, query and body fields in one object. */
export interface CreateOpportunityInput {
  /** The opportunity name. */
  display_name: OperationInput<typeof catalog.createOpportunity>['display_name'];
  /** The account the opportunity is on. It must already exist (use Find Accounts by Domain or Create Account). */
  account_id: OperationInput<typeof catalog.createOpportunity>['account_id'];
  /** Email of the Reevo user who owns the opportunity. It must belong to a user of your workspace. */
  owner_email?: OperationInput<typeof catalog.createOpportunity>['owner_email'];
  /** Email of an existing contact who is the main person on the deal. */
  primary_contact_email?: OperationInput<typeof catalog.createOpportunity>['primary_contact_email'];
  /** The deal value. */
  amount?: OperationInput<typeof catalog.createOpportunity>['amount'];
  /** The pipeline to put it in; the workspace default when left out. */
  pipeline_name?: OperationInput<typeof catalog.createOpportunity>['pipeline_name'];
  /** Custom opportunity fields, keyed by the field's API name (or its UUID). A value is text or a list of texts. */
  custom_fields?: OperationInput<typeof catalog.createOpportunity>['custom_fields'];
}

/** What Update Opportunity takes: its path, query and body fields in one object. */
export interface UpdateOpportunityInput {
  /** The UUID of the opportunity. Find it with Find Opportunities, or in the opportunity URL in Reevo. */
  opportunity_id: OperationInput<typeof catalog.updateOpportunity>['opportunity_id'];
  /** The opportunity name. */
  display_name?: OperationInput<typeof catalog.updateOpportunity>['display_name'];
  /** Move the opportunity to another existing account. */
  account_id?: OperationInput<typeof catalog.updateOpportunity>['account_id'];
  /** Email of the Reevo user who owns the opportunity. It must belong to a user of your workspace. */
  owner_email?: OperationInput<typeof catalog.updateOpportunity>['owner_email'];
  /** Email of an existing contact who is the main person on the deal; null clears it. */
  primary_contact_email?: OperationInput<typeof catalog.updateOpportunity>['primary_contact_email'];
  /** Emails of other existing contacts on the deal; replaces the current list. */
  additional_contact_emails?: OperationInput<typeof catalog.updateOpportunity>['additional_contact_emails'];
  /** The deal value; null clears it. */
  amount?: OperationInput<typeof catalog.updateOpportunity>['amount'];
  /** What happens next on the deal; null clears it. */
  next_step_details?: OperationInput<typeof catalog.updateOpportunity>['next_step_details'];
  /** When the next step is due (ISO 8601); null clears it. */
  next_step_due_at?: OperationInput<typeof catalog.updateOpportunity>['next_step_due_at'];
  /** Custom opportunity fields to change, keyed by API name or UUID. Keys you leave out stay as they are; a null value clears that field. */
  custom_fields?: OperationInput<typeof catalog.updateOpportunity>['custom_fields'];
}

/** What Get Opportunity takes: its path, query and body fields in one object. */
export interface GetOpportunityInput {
  /** The UUID of the opportunity. Find it with Find Opportunities, or in the opportunity URL in Reevo. */
  opportunity_id: OperationInput<typeof catalog.getOpportunity>['opportunity_id'];
}

/** What Find Opportunities takes: its path, query and body fields in one object. */
export interface SearchOpportunitiesInput {
  /** Text the opportunity name must contain (case-insensitive). */
  display_name?: OperationInput<typeof catalog.searchOpportunities>['display_name'];
  /** Only opportunities on this account. */
  account_id?: OperationInput<typeof catalog.searchOpportunities>['account_id'];
  /** Only opportunities owned by this Reevo user. */
  owner_email?: OperationInput<typeof catalog.searchOpportunities>['owner_email'];
  /** PROSPECT or DEAL. */
  status?: OperationInput<typeof catalog.searchOpportunities>['status'];
  /** Only opportunities in this pipeline stage. */
  stage_name?: OperationInput<typeof catalog.searchOpportunities>['stage_name'];
  /** How many records to return in one page (1–200, default 50). */
  limit?: OperationInput<typeof catalog.searchOpportunities>['limit'];
  /** How many matching records to skip, for paging (default 0). */
  offset?: OperationInput<typeof catalog.searchOpportunities>['offset'];
}

/** What Shift Opportunity Stage takes: its path, query and body fields in one object. */
export interface ShiftOpportunityStageInput {
  /** The UUID of the opportunity. Find it with Find Opportunities, or in the opportunity URL in Reevo. */
  opportunity_id: OperationInput<typeof catalog.shiftOpportunityStage>['opportunity_id'];
  /** The name of the stage to move to. */
  target_stage_name: OperationInput<typeof catalog.shiftOpportunityStage>['target_stage_name'];
  /** Required when the target stage is closed won or lost: the names of the won or lost reasons. */
  closed_reason_names?: OperationInput<typeof catalog.shiftOpportunityStage>['closed_reason_names'];
  /** Free text about why the deal closed. */
  closed_reason_custom_detail?: OperationInput<typeof catalog.shiftOpportunityStage>['closed_reason_custom_detail'];
}

/** What Create Task takes: its path, query and body fields in one object. */
export interface CreateTaskInput {
  /** What needs doing. */
  title: OperationInput<typeof catalog.createTask>['title'];
  /** Email of the Reevo user the task is for. It must belong to a user of your workspace. */
  owner_email: OperationInput<typeof catalog.createTask>['owner_email'];
  /** Where the task stands (default OPEN). */
  status?: OperationInput<typeof catalog.createTask>['status'];
  /** How urgent the task is (default MEDIUM). */
  priority?: OperationInput<typeof catalog.createTask>['priority'];
  /** The kind of task (default REMINDER). */
  type?: OperationInput<typeof catalog.createTask>['type'];
  /** When the task is due (ISO 8601). */
  due_at?: OperationInput<typeof catalog.createTask>['due_at'];
  /** Details for the assignee. */
  note?: OperationInput<typeof catalog.createTask>['note'];
  /** An existing account the task is about. */
  account_id?: OperationInput<typeof catalog.createTask>['account_id'];
  /** Emails of existing contacts the task is about. */
  contact_emails?: OperationInput<typeof catalog.createTask>['contact_emails'];
  /** The exact name of an existing opportunity the task is about. */
  opportunity_name?: OperationInput<typeof catalog.createTask>['opportunity_name'];
}

/** What Log Activity takes: its path, query and body fields in one object. */
export interface LogManualActivityInput {
  /** When, what and through which channel. */
  metadata: {
    /** When the touch happened (ISO 8601). */
    activity_time: OperationInput<typeof catalog.logManualActivity>['metadata']['activity_time'];
    /** A one-line summary. */
    subject: OperationInput<typeof catalog.logManualActivity>['metadata']['subject'];
    /** What happened. */
    description: OperationInput<typeof catalog.logManualActivity>['metadata']['description'];
    /** The channel of the touch (default OTHER). */
    category?: OperationInput<typeof catalog.logManualActivity>['metadata']['category'];
  };
  /** An existing account the touch was with. */
  account_id?: OperationInput<typeof catalog.logManualActivity>['account_id'];
  /** Existing contacts the touch was with. */
  contact_ids?: OperationInput<typeof catalog.logManualActivity>['contact_ids'];
  /** An existing opportunity's ID (Reevo names this field pipeline_id). */
  pipeline_id?: OperationInput<typeof catalog.logManualActivity>['pipeline_id'];
  /** An existing sequence the touch belongs to. */
  sequence_id?: OperationInput<typeof catalog.logManualActivity>['sequence_id'];
}

/** What Find User takes: its path, query and body fields in one object. */
export interface SearchUsersInput {
  /** The user's email. */
  email: OperationInput<typeof catalog.searchUsers>['email'];
}

/** What Find Mailboxes takes: its path, query and body fields in one object. */
export interface SearchMailboxesInput {
  /** Email of the Reevo user whose mailboxes to list. */
  owner_user_email: OperationInput<typeof catalog.searchMailboxes>['owner_user_email'];
}

/** What Enroll Contact in Sequence takes: its path, query and body fields in one object. */
export interface EnrollInSequenceInput {
  /** Email of an existing contact. */
  contact_email: OperationInput<typeof catalog.enrollInSequence>['contact_email'];
  /** The UUID of the sequence, from its URL in Reevo. */
  sequence_id: OperationInput<typeof catalog.enrollInSequence>['sequence_id'];
  /** The mailbox to send from; a mailbox of the contact's owner when left out. */
  mailbox_email?: OperationInput<typeof catalog.enrollInSequence>['mailbox_email'];
}

/** What Create Webhook Subscription takes: its path, query and body fields in one object. */
export interface CreateWebhookInput {
  /** Where to POST deliveries: https, or http on a loopback address. */
  url: OperationInput<typeof catalog.createWebhook>['url'];
  /** The event types to deliver. */
  events: OperationInput<typeof catalog.createWebhook>['events'];
  /** A note on what the subscription is for. */
  description?: OperationInput<typeof catalog.createWebhook>['description'];
}

/** What List Webhook Subscriptions takes: its path, query and body fields in one object. */
export type ListWebhooksInput = Record<string, never>;

/** What Get Webhook Subscription takes: its path, query and body fields in one object. */
export interface GetWebhookInput {
  /** The UUID of the subscription. */
  webhook_id: OperationInput<typeof catalog.getWebhook>['webhook_id'];
}

/** What Delete Webhook Subscription takes: its path, query and body fields in one object. */
export interface DeleteWebhookInput {
  /** The UUID of the subscription. */
  webhook_id: OperationInput<typeof catalog.deleteWebhook>['webhook_id'];
}

/** Every named object of the catalog, by name, for code that maps over them. */
export interface CatalogObjects {
  AccountContactUpsertResult: catalog.AccountContactUpsertResult;
  Account: catalog.Account;
  Contact: catalog.Contact;
  AccountAndContacts: catalog.AccountAndContacts;
  Opportunity: catalog.Opportunity;
  Task: catalog.Task;
  Activity: catalog.Activity;
  User: catalog.User;
  Mailbox: catalog.Mailbox;
  SequenceEnrollment: catalog.SequenceEnrollment;
  CreatedWebhookSubscription: catalog.CreatedWebhookSubscription;
  WebhookSubscription: catalog.WebhookSubscription;
}

/** What the `data` of each webhook event holds. */
export interface EventData {
  /** Triggers when an account is created. */
  'account.created': catalog.Account;
  /** Triggers when an account changes. */
  'account.updated': catalog.Account;
  /** Triggers when a contact is created. */
  'contact.created': catalog.Contact;
  /** Triggers when a contact changes. */
  'contact.updated': catalog.Contact;
  /** Triggers when an opportunity is created. */
  'opportunity.created': catalog.Opportunity;
  /** Triggers when an opportunity changes, its stage included. */
  'opportunity.updated': catalog.Opportunity;
  /** Triggers when an opportunity moves to another stage. */
  'opportunity.stage_changed': catalog.Opportunity;
  /** Triggers when a task is created. */
  'task.created': catalog.Task;
  /** Triggers when an activity is logged. */
  'activity.created': catalog.Activity;
  /** Triggers when a contact is enrolled in a sequence. */
  'sequence_enrollment.created': catalog.SequenceEnrollment;
}
