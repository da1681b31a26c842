import { catalog, type Activity } from '@integration-pack/core/reevo/api';
import { requireAccount, requireContact, requireOpportunity, requireSequence } from '../rules/lookups';
import { commitCreate, timestampNow } from '../rules/records';
import { defineHandler } from './define';

export const logManualActivity = defineHandler(catalog.activities.log, (state, context, { body }) => {
  if (body.account_id !== undefined) requireAccount(state, body.account_id);
  const contactIds = [...new Set(body.contact_ids ?? [])];
  contactIds.forEach((id) => requireContact(state, id));
  // Reevo calls the opportunity's id `pipeline_id`.
  if (body.pipeline_id !== undefined) requireOpportunity(state, body.pipeline_id);
  if (body.sequence_id !== undefined) requireSequence(state, body.sequence_id);
  const activity: Activity = {
    id: context.newId(),
    metadata: body.metadata,
    account_id: body.account_id ?? null,
    contact_ids: contactIds,
    pipeline_id: body.pipeline_id ?? null,
    sequence_id: body.sequence_id ?? null,
    created_at: timestampNow(context),
  };
  return commitCreate(state.activities, context, activity, 'activity.created');
});
