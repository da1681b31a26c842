import {
  ALL_PERMISSIONS,
  EVENTS,
  EVENT_TYPES,
  eventPermission,
  eventSchema,
  grants,
  missingPermissions,
  permissionLabel,
  sampleEvent,
} from '@integration-pack/core/reevo/api';

describe('permissions (docs/reevo-api.md §2)', () => {
  it('offers exactly the levels of the settings page', () => {
    expect(ALL_PERMISSIONS).toEqual([
      'accounts:read', 'accounts:write', 'contacts:read', 'contacts:write', 'opportunities:read', 'opportunities:write',
      'tasks:read', 'tasks:write', 'activities:write', 'users:read', 'mailbox:read',
      'sequence_enrollment:read', 'sequence_enrollment:write', 'webhooks:read', 'webhooks:write',
    ]);
  });

  it('names permissions in the UI words', () => {
    expect(permissionLabel('contacts:write')).toBe('Contacts Write');
    expect(permissionLabel('sequence_enrollment:read')).toBe('Sequence Enrollment Read');
    expect(permissionLabel('mailbox:read')).toBe('Mailbox Read');
  });

  it('lets write imply read on the same resource only', () => {
    expect(grants(['contacts:write'], 'contacts:read')).toBe(true);
    expect(grants(['contacts:read'], 'contacts:write')).toBe(false);
    expect(grants(['accounts:write'], 'contacts:read')).toBe(false);
    expect(missingPermissions(['accounts:write'], ['accounts:read', 'contacts:write', 'contacts:read'])).toEqual(['contacts:write', 'contacts:read']);
  });
});

describe('events (docs/reevo-api.md §6)', () => {
  it('lists the ten events', () => {
    expect(EVENT_TYPES).toEqual([
      'account.created', 'account.updated', 'contact.created', 'contact.updated', 'opportunity.created',
      'opportunity.updated', 'opportunity.stage_changed', 'task.created', 'activity.created', 'sequence_enrollment.created',
    ]);
  });

  it('needs read access on the resource to subscribe, or write where there is no read', () => {
    expect(eventPermission('contact.created')).toBe('contacts:read');
    expect(eventPermission('activity.created')).toBe('activities:write');
    expect(eventPermission('sequence_enrollment.created')).toBe('sequence_enrollment:read');
  });

  it.each(EVENT_TYPES)('%s has a sample delivery that its schema accepts, with changes only on updates', (type) => {
    const sample = sampleEvent(type);
    expect(eventSchema(type).parse(sample)).toMatchObject({ type });
    expect('changes' in sample).toBe(EVENTS[type].hasChanges);
  });
});
