import { catalog } from '@integration-pack/core/reevo/api';
import { describeFields } from '@integration-pack/core/machine';

describe('describeFields', () => {
  it('derives UI fields with choices, defaults and required flags from a body schema', () => {
    const fields = describeFields(catalog.tasks.create.body);
    const byKey = Object.fromEntries(fields.map((field) => [field.key, field]));
    expect(byKey.title).toMatchObject({ title: 'Title', required: true, type: 'string' });
    expect(byKey.owner_email).toMatchObject({ title: 'Assignee Email', required: true, format: 'email', ref: 'user' });
    expect(byKey.priority).toMatchObject({ required: false, default: 'MEDIUM', enum: ['URGENT', 'HIGH', 'MEDIUM', 'LOW'] });
    expect(byKey.contact_emails).toMatchObject({ type: 'array', items: { type: 'string', format: 'email' } });
    expect(byKey.due_at).toMatchObject({ format: 'date-time', example: '2026-11-30T17:00:00Z' });
  });

  it('describes nested objects and nullable PATCH fields', () => {
    const activity = describeFields(catalog.activities.log.body);
    const metadata = activity.find((field) => field.key === 'metadata');
    expect(metadata?.type).toBe('object');
    expect(metadata?.properties?.map((field) => field.key)).toEqual(['activity_time', 'subject', 'description', 'category']);
    const patch = describeFields(catalog.opportunities.update.body);
    expect(patch.find((field) => field.key === 'amount')).toMatchObject({ type: 'number', nullable: true, required: false });
  });

  it('describes response objects for output field labels', () => {
    const fields = describeFields(catalog.contacts.get.response, 'output');
    expect(fields.find((field) => field.key === 'first_name')).toMatchObject({ title: 'First Name', nullable: true });
  });

  it('describes each schema once per direction and shares the result, frozen so no caller can change it for others', () => {
    const schema = catalog.accounts.create.body;
    const first = describeFields(schema);
    expect(describeFields(schema)).toBe(first);
    expect(describeFields(schema, 'output')).not.toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first[0])).toBe(true);
    expect(() => {
      (first as unknown as unknown[]).push('x');
    }).toThrow(TypeError);
  });
});

