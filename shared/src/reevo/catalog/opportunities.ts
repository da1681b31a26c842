import * as z from 'zod';
import { EXAMPLE } from './examples';
import {
  createdAt,
  customFieldsInput,
  customFieldsOutput,
  customFieldsPatch,
  email,
  field,
  nullableText,
  pagingFields,
  timestamp,
  updatedAt,
  uuid,
} from './common';
import { defineOperation, type KnownOutput } from './operation';

const tag = 'Opportunities';
const BASE = '/api/v1/public/opportunities';

export const OPPORTUNITY_STATUSES = ['PROSPECT', 'DEAL'] as const;
const OpportunityStatus = z.enum(OPPORTUNITY_STATUSES);

export const Opportunity = z
  .looseObject({
    id: field(uuid(), { title: 'Opportunity ID', description: 'The UUID of the opportunity.' }),
    display_name: field(z.string(), { title: 'Name', description: 'The opportunity name.' }),
    account_id: field(uuid(), { title: 'Account ID', description: 'The account the opportunity is on.', ref: 'account' }),
    owner_email: field(email().nullable(), { title: 'Owner Email', description: 'Email of the Reevo user who owns the opportunity.', ref: 'user' }),
    primary_contact_email: field(email().nullable(), { title: 'Primary Contact Email', description: 'Email of the main contact on the deal.', ref: 'contact' }),
    additional_contact_emails: field(z.array(email()), { title: 'Additional Contact Emails', description: 'Emails of other contacts on the deal.' }),
    amount: field(z.number().nullable(), { title: 'Amount', description: 'The deal value.' }),
    pipeline_name: field(z.string(), { title: 'Pipeline', description: 'The pipeline the opportunity moves through.', ref: 'pipeline' }),
    stage_name: field(z.string(), { title: 'Stage', description: 'The current pipeline stage.', ref: 'stage' }),
    status: field(OpportunityStatus, { title: 'Status', description: 'PROSPECT before the deal is qualified, DEAL after.' }),
    next_step_details: nullableText('Next Step', 'What happens next on the deal.'),
    next_step_due_at: field(timestamp().nullable(), { title: 'Next Step Due At', description: 'When the next step is due.' }),
    closed_reason_names: field(z.array(z.string()), { title: 'Closed Reasons', description: 'Why the deal was won or lost (closed stages only).', ref: 'closed_reason' }),
    closed_reason_custom_detail: nullableText('Closed Reason Detail', 'Free text about why the deal closed.'),
    custom_fields: customFieldsOutput(),
    created_at: createdAt(),
    updated_at: updatedAt(),
  })
  .meta({ id: 'Opportunity', title: 'Opportunity', description: 'A deal on an account, moving through a pipeline.' });
// @generated:start Opportunity: the type of the schema above, written by `npm run generate -w @reevo/client`
/** A deal on an account, moving through a pipeline. */
export type Opportunity = {
  /** The UUID of the opportunity. */
  id: KnownOutput<typeof Opportunity>['id'];
  /** The opportunity name. */
  display_name: KnownOutput<typeof Opportunity>['display_name'];
  /** The account the opportunity is on. */
  account_id: KnownOutput<typeof Opportunity>['account_id'];
  /** Email of the Reevo user who owns the opportunity. */
  owner_email: KnownOutput<typeof Opportunity>['owner_email'];
  /** Email of the main contact on the deal. */
  primary_contact_email: KnownOutput<typeof Opportunity>['primary_contact_email'];
  /** Emails of other contacts on the deal. */
  additional_contact_emails: KnownOutput<typeof Opportunity>['additional_contact_emails'];
  /** The deal value. */
  amount: KnownOutput<typeof Opportunity>['amount'];
  /** The pipeline the opportunity moves through. */
  pipeline_name: KnownOutput<typeof Opportunity>['pipeline_name'];
  /** The current pipeline stage. */
  stage_name: KnownOutput<typeof Opportunity>['stage_name'];
  /** PROSPECT before the deal is qualified, DEAL after. */
  status: KnownOutput<typeof Opportunity>['status'];
  /** What happens next on the deal. */
  next_step_details: KnownOutput<typeof Opportunity>['next_step_details'];
  /** When the next step is due. */
  next_step_due_at: KnownOutput<typeof Opportunity>['next_step_due_at'];
  /** Why the deal was won or lost (closed stages only). */
  closed_reason_names: KnownOutput<typeof Opportunity>['closed_reason_names'];
  /** Free text about why the deal closed. */
  closed_reason_custom_detail: KnownOutput<typeof Opportunity>['closed_reason_custom_detail'];
  /** Custom field values keyed by API name. */
  custom_fields: KnownOutput<typeof Opportunity>['custom_fields'];
  /** When the record was created. */
  created_at: KnownOutput<typeof Opportunity>['created_at'];
  /** When the record last changed. */
  updated_at: KnownOutput<typeof Opportunity>['updated_at'];
};
// @generated:end Opportunity

export const EXAMPLE_OPPORTUNITY: Opportunity = {
  id: EXAMPLE.opportunityId,
  display_name: 'Acme - Annual Plan',
  account_id: EXAMPLE.accountId,
  owner_email: EXAMPLE.ownerEmail,
  primary_contact_email: EXAMPLE.contactEmail,
  additional_contact_emails: [],
  amount: 95000,
  pipeline_name: 'Sales',
  stage_name: 'Qualified',
  status: 'DEAL',
  next_step_details: 'Send final proposal and contract for review',
  next_step_due_at: '2026-12-01T10:00:00Z',
  closed_reason_names: [],
  closed_reason_custom_detail: null,
  custom_fields: {},
  created_at: EXAMPLE.createdAt,
  updated_at: EXAMPLE.updatedAt,
};

const opportunityIdParams = z.strictObject({
  opportunity_id: field(uuid(), {
    title: 'Opportunity ID',
    description: 'The UUID of the opportunity. Find it with Find Opportunities, or in the opportunity URL in Reevo.',
    example: EXAMPLE.opportunityId,
    ref: 'opportunity',
  }),
});

const ownerEmail = field(email(), {
  title: 'Owner Email',
  description: 'Email of the Reevo user who owns the opportunity. It must belong to a user of your workspace.',
  example: EXAMPLE.ownerEmail,
  ref: 'user',
}).optional();
const primaryContactEmail = field(email(), {
  title: 'Primary Contact Email',
  description: 'Email of an existing contact who is the main person on the deal.',
  example: EXAMPLE.contactEmail,
  ref: 'contact',
}).optional();
const accountId = (description: string) =>
  field(uuid(), { title: 'Account ID', description, example: EXAMPLE.accountId, ref: 'account' });

export const createOpportunity = defineOperation({
  operationId: 'createOpportunity',
  tag,
  method: 'POST',
  path: BASE,
  permissions: ['opportunities:write'],
  summary: 'Create Opportunity',
  description: 'Creates an opportunity on an existing account, in the first stage of the named (or default) pipeline.',
  source: 'R',
  body: z.strictObject({
    display_name: field(z.string().min(1), { title: 'Name', description: 'The opportunity name.', example: 'Acme - Annual Plan' }),
    account_id: accountId('The account the opportunity is on. It must already exist (use Find Accounts by Domain or Create Account).'),
    owner_email: ownerEmail,
    primary_contact_email: primaryContactEmail,
    amount: field(z.number().min(0), { title: 'Amount', description: 'The deal value.', example: 95000 }).optional(),
    pipeline_name: field(z.string().min(1), { title: 'Pipeline', description: 'The pipeline to put it in; the workspace default when left out.', example: 'Sales', ref: 'pipeline' }).optional(),
    custom_fields: customFieldsInput('opportunity'),
  }),
  response: Opportunity,
  successStatus: 200,
  // Naming a contact adds the opportunity to that contact's opportunity_ids, which is a contact update.
  emits: ['opportunity.created', 'contact.updated'],
  safeToRetry: false,
  examples: [
    {
      name: 'on-account',
      summary: 'Open an opportunity on Acme',
      request: { body: { display_name: 'Acme - Annual Plan', account_id: EXAMPLE.accountId, amount: 95000 } },
      response: { status: 200, body: { ...EXAMPLE_OPPORTUNITY, stage_name: 'Discovery', status: 'PROSPECT', next_step_details: null, next_step_due_at: null } },
    },
  ],
});

// The operation is Shift Stage wherever opportunities are the context (n8n's Opportunity → Shift Stage, the client's
// opportunities.shiftStage); its summary adds the noun for lists of every operation.
const STAGE_IN_PATCH = 'The stage cannot change with Update Opportunity. Use Shift Stage (POST /opportunities/{opportunity_id}/shift_stage) instead.';

export const updateOpportunity = defineOperation({
  operationId: 'updateOpportunity',
  tag,
  method: 'PATCH',
  path: `${BASE}/{opportunity_id}`,
  permissions: ['opportunities:write'],
  summary: 'Update Opportunity',
  description: 'Updates an opportunity by its ID. Fields you leave out stay unchanged. The stage cannot change here: use Shift Stage.',
  source: 'R',
  params: opportunityIdParams,
  body: z.strictObject({
    display_name: field(z.string().min(1), { title: 'Name', description: 'The opportunity name.' }).optional(),
    account_id: accountId('Move the opportunity to another existing account.').optional(),
    owner_email: ownerEmail,
    primary_contact_email: field(email().nullable(), { title: 'Primary Contact Email', description: 'Email of an existing contact who is the main person on the deal; null clears it.', ref: 'contact' }).optional(),
    additional_contact_emails: field(z.array(email()), { title: 'Additional Contact Emails', description: 'Emails of other existing contacts on the deal; replaces the current list.', ref: 'contact' }).optional(),
    amount: field(z.number().min(0).nullable(), { title: 'Amount', description: 'The deal value; null clears it.', example: 95000 }).optional(),
    next_step_details: field(z.string().nullable(), { title: 'Next Step', description: 'What happens next on the deal; null clears it.', example: 'Send final proposal and contract for review' }).optional(),
    next_step_due_at: field(timestamp().nullable(), { title: 'Next Step Due At', description: 'When the next step is due (ISO 8601); null clears it.', example: '2026-12-01T10:00:00Z' }).optional(),
    custom_fields: customFieldsPatch('opportunity'),
  }),
  rejectedBodyFields: { stage_name: STAGE_IN_PATCH, target_stage_name: STAGE_IN_PATCH },
  response: Opportunity,
  successStatus: 200,
  emits: ['opportunity.updated', 'contact.updated'],
  safeToRetry: false,
  examples: [
    {
      name: 'next-step',
      summary: 'Set the amount and next step (the page\'s own example)',
      request: {
        params: { opportunity_id: EXAMPLE.opportunityId },
        body: { amount: 95000, next_step_details: 'Send final proposal and contract for review', next_step_due_at: '2026-12-01T10:00:00Z' },
      },
      response: { status: 200, body: EXAMPLE_OPPORTUNITY },
    },
  ],
});

export const getOpportunity = defineOperation({
  operationId: 'getOpportunity',
  tag,
  method: 'GET',
  path: `${BASE}/{opportunity_id}`,
  permissions: ['opportunities:read'],
  summary: 'Get Opportunity',
  description: 'Retrieves one opportunity by its ID.',
  source: 'R',
  params: opportunityIdParams,
  response: Opportunity,
  successStatus: 200,
  emits: [],
  safeToRetry: true,
  examples: [
    {
      name: 'by-id',
      summary: 'Get the Acme opportunity',
      request: { params: { opportunity_id: EXAMPLE.opportunityId } },
      response: { status: 200, body: EXAMPLE_OPPORTUNITY },
    },
  ],
});

export const searchOpportunities = defineOperation({
  operationId: 'searchOpportunities',
  tag,
  method: 'POST',
  path: `${BASE}/search`,
  permissions: ['opportunities:read'],
  summary: 'Find Opportunities',
  description: 'Finds opportunities by name (contains), account, owner, status or stage; every filter is optional and they combine with AND. Newest first.',
  source: 'R',
  body: z.strictObject({
    display_name: field(z.string().min(1), { title: 'Name', description: 'Text the opportunity name must contain (case-insensitive).', example: 'Annual Plan', source: 'T' }).optional(),
    account_id: accountId('Only opportunities on this account.').optional(),
    owner_email: field(email(), { title: 'Owner Email', description: 'Only opportunities owned by this Reevo user.', example: EXAMPLE.ownerEmail, ref: 'user', source: 'T' }).optional(),
    status: field(OpportunityStatus, { title: 'Status', description: 'PROSPECT or DEAL.', example: 'DEAL', source: 'T' }).optional(),
    stage_name: field(z.string().min(1), { title: 'Stage', description: 'Only opportunities in this pipeline stage.', example: 'Qualified', ref: 'stage', source: 'T' }).optional(),
    ...pagingFields(50),
  }),
  response: z.array(Opportunity),
  successStatus: 200,
  emits: [],
  safeToRetry: true,
  pagination: { defaultLimit: 50, maxLimit: 200 },
  examples: [
    {
      name: 'by-account',
      summary: 'Find the deals on Acme',
      request: { body: { account_id: EXAMPLE.accountId, status: 'DEAL' } },
      response: { status: 200, body: [EXAMPLE_OPPORTUNITY] },
    },
  ],
});

export const shiftOpportunityStage = defineOperation({
  operationId: 'shiftOpportunityStage',
  tag,
  method: 'POST',
  path: `${BASE}/{opportunity_id}/shift_stage`,
  permissions: ['opportunities:write'],
  summary: 'Shift Opportunity Stage',
  description:
    'Moves an opportunity to another stage of its pipeline. Moving to a closed won or lost stage needs at least one closed reason; the stage decides whether they are won or lost reasons.',
  source: 'R',
  params: opportunityIdParams,
  body: z.strictObject({
    target_stage_name: field(z.string().min(1), { title: 'Target Stage', description: 'The name of the stage to move to.', example: 'Qualified', ref: 'stage', source: 'R' }),
    closed_reason_names: field(z.array(z.string().min(1)), { title: 'Closed Reasons', description: 'Required when the target stage is closed won or lost: the names of the won or lost reasons.', example: ['Price'], ref: 'closed_reason', source: 'R' }).optional(),
    closed_reason_custom_detail: field(z.string(), { title: 'Closed Reason Detail', description: 'Free text about why the deal closed.', example: 'Chose a cheaper competitor.', source: 'T' }).optional(),
  }),
  response: Opportunity,
  successStatus: 200,
  emits: ['opportunity.stage_changed', 'opportunity.updated'],
  safeToRetry: false,
  examples: [
    {
      name: 'qualify',
      summary: 'Move the deal to Qualified (the page\'s own example)',
      request: { params: { opportunity_id: EXAMPLE.opportunityId }, body: { target_stage_name: 'Qualified' } },
      response: { status: 200, body: EXAMPLE_OPPORTUNITY },
    },
  ],
});

export const opportunityOperations = {
  create: createOpportunity,
  update: updateOpportunity,
  get: getOpportunity,
  search: searchOpportunities,
  shiftStage: shiftOpportunityStage,
};
