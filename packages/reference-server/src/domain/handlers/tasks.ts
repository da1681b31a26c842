import { catalog, type Opportunity, type Task } from '@integration-pack/core/reevo/api';
import type { WorkspaceState } from '../model';
import { badRequest, notFound } from '../rules/errors';
import { requireAccount, requireUserEmail } from '../rules/lookups';
import { resolveContactEmails } from '../rules/opportunity-contacts';
import { commitCreate, timestampNow } from '../rules/records';
import { defineHandler } from './define';

/** Tasks name their opportunity by its exact name (case aside); a name several opportunities share is ambiguous. */
function requireOpportunityNamed(state: WorkspaceState, name: string): Opportunity {
  const wanted = name.trim().toLowerCase();
  const matches = [...state.opportunities.values()].filter((opportunity) => opportunity.display_name.trim().toLowerCase() === wanted);
  const [match] = matches;
  if (!match) throw notFound('Opportunity', name, 'name');
  if (matches.length > 1) {
    throw badRequest(
      `opportunity_name: ${matches.length} opportunities are named "${name}" (${matches.map((opportunity) => opportunity.id).join(', ')}). Rename one with Update Opportunity so the name is unique, then retry.`,
      { field: 'opportunity_name', opportunity_ids: matches.map((opportunity) => opportunity.id) },
    );
  }
  return match;
}

export const createTask = defineHandler(catalog.tasks.create, (state, context, { body }) => {
  const ownerEmail = requireUserEmail(state, body.owner_email, 'owner_email');
  if (body.account_id !== undefined) requireAccount(state, body.account_id);
  const contactEmails = resolveContactEmails(state, body.contact_emails ?? []);
  const opportunity = body.opportunity_name === undefined ? null : requireOpportunityNamed(state, body.opportunity_name);
  const now = timestampNow(context);
  const task: Task = {
    id: context.newId(),
    title: body.title,
    owner_email: ownerEmail,
    status: body.status,
    priority: body.priority,
    type: body.type,
    due_at: body.due_at ?? null,
    note: body.note ?? null,
    account_id: body.account_id ?? null,
    contact_emails: contactEmails,
    opportunity_id: opportunity?.id ?? null,
    created_at: now,
    updated_at: now,
  };
  return commitCreate(state.tasks, context, task, 'task.created');
});
