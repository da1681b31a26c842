/** The app reads a Zap's inputData by the same value rules as the n8n node (`@integration-pack/core/forms`). */
import { catalog } from '@integration-pack/core/reevo/api';
import { operationFields } from '../src/reevo';

describe("a Zap's input values", () => {
  const task = operationFields(catalog.tasks.create);

  it('splits a list typed as text at line breaks as well as commas', () => {
    const input = task.inputOf({ inputData: { title: 'Call Jane', owner_email: 'o@acme.com', contact_emails: 'jane@acme.com\njohn@acme.com, ann@acme.com' } });
    expect(input.contact_emails).toEqual(['jane@acme.com', 'john@acme.com', 'ann@acme.com']);
  });

  it('leaves fields left blank out, and nests flat keys back under their object', () => {
    const activity = operationFields(catalog.activities.log);
    const input = activity.inputOf({ inputData: { metadata__subject: 'Texted', metadata__description: '  ', metadata__activity_time: '2026-11-22T15:30:00Z', account_id: '' } });
    expect(input).toEqual({ metadata: { subject: 'Texted', activity_time: '2026-11-22T15:30:00Z' } });
  });

  it('labels each API field path with the label the Zap shows, overrides included', () => {
    const update = operationFields(catalog.accounts.update, { overrides: { account_id: { label: 'Account' } } });
    expect(update.labels.account_id).toBe('Account');
  });
});
