import { catalog, type Opportunity } from '@integration-pack/core/reevo/api';
import { requireAccount, requireOpportunity, requireUserEmail, sameEmail } from '../rules/lookups';
import { resolveContactEmails, syncContactLinks } from '../rules/opportunity-contacts';
import { firstStage, resolvePipeline, statusForStage } from '../rules/pipelines';
import { commitCreate, commitUpdate, mergeCustomFields, patchFields, timestampNow } from '../rules/records';
import { containsText, matchesAll, newestFirst, page } from '../rules/search';
import { defineHandler } from './define';

const operations = catalog.opportunities;

/** The plain fields a PATCH sets as given, read from the catalog's body (custom fields merge instead). */
const PATCHED_FIELDS = Object.keys(operations.update.body.shape).filter((field) => field !== 'custom_fields') as (keyof Opportunity & string)[];

const ownerOrUndefined = (state: Parameters<typeof requireUserEmail>[0], email: string | undefined) =>
  email === undefined ? undefined : requireUserEmail(state, email, 'owner_email');

export const createOpportunity = defineHandler(operations.create, (state, context, { body }) => {
  const account = requireAccount(state, body.account_id);
  const ownerEmail = ownerOrUndefined(state, body.owner_email) ?? null;
  const [primaryContactEmail = null] = body.primary_contact_email === undefined ? [] : resolveContactEmails(state, [body.primary_contact_email]);
  const pipeline = resolvePipeline(state, body.pipeline_name);
  const stage = firstStage(pipeline);
  const now = timestampNow(context);
  const opportunity: Opportunity = {
    id: context.newId(),
    display_name: body.display_name,
    account_id: account.id,
    owner_email: ownerEmail,
    primary_contact_email: primaryContactEmail,
    additional_contact_emails: [],
    amount: body.amount ?? null,
    pipeline_name: pipeline.name,
    stage_name: stage.name,
    status: statusForStage(pipeline, stage),
    next_step_details: null,
    next_step_due_at: null,
    closed_reason_names: [],
    closed_reason_custom_detail: null,
    custom_fields: body.custom_fields ?? {},
    created_at: now,
    updated_at: now,
  };
  commitCreate(state.opportunities, context, opportunity, 'opportunity.created');
  syncContactLinks(state, context, null, opportunity);
  return opportunity;
});

export const updateOpportunity = defineHandler(operations.update, (state, context, { params, body }) => {
  const before = requireOpportunity(state, params.opportunity_id);
  if (body.account_id !== undefined) requireAccount(state, body.account_id);
  const primaryContactEmail =
    body.primary_contact_email == null ? body.primary_contact_email : resolveContactEmails(state, [body.primary_contact_email])[0];
  const additionalContactEmails =
    body.additional_contact_emails === undefined ? undefined : resolveContactEmails(state, body.additional_contact_emails);
  const given = {
    ...body,
    owner_email: ownerOrUndefined(state, body.owner_email),
    primary_contact_email: primaryContactEmail,
    additional_contact_emails: additionalContactEmails,
  };
  const after: Opportunity = {
    ...patchFields(before, given, PATCHED_FIELDS),
    custom_fields: mergeCustomFields(before.custom_fields, body.custom_fields),
  };
  const { record } = commitUpdate(state.opportunities, context, before, after, ['opportunity.updated']);
  if (record !== before) syncContactLinks(state, context, before, record);
  return record;
});

export const getOpportunity = defineHandler(operations.get, (state, _context, { params }) => requireOpportunity(state, params.opportunity_id));

export const searchOpportunities = defineHandler(operations.search, (state, _context, { body }) =>
  page(
    newestFirst(state.opportunities.values()).filter((opportunity) =>
      matchesAll([
        body.display_name === undefined ? undefined : containsText(opportunity.display_name, body.display_name),
        body.account_id === undefined ? undefined : opportunity.account_id === body.account_id,
        body.owner_email === undefined ? undefined : sameEmail(opportunity.owner_email, body.owner_email),
        body.status === undefined ? undefined : opportunity.status === body.status,
        body.stage_name === undefined ? undefined : opportunity.stage_name.toLowerCase() === body.stage_name.trim().toLowerCase(),
      ]),
    ),
    body,
  ),
);
