/**
 * The webhook events of API.md §6: what each one carries, and the envelope every delivery shares.
 * Reevo documents no subscription API; these names follow its workflow triggers [C].
 */
import * as z from 'zod';
import { Account, EXAMPLE_ACCOUNT } from './accounts';
import { Activity, EXAMPLE_ACTIVITY } from './activities';
import { Contact, EXAMPLE_CONTACT } from './contacts';
import { EXAMPLE_OPPORTUNITY, Opportunity } from './opportunities';
import { EXAMPLE_ENROLLMENT, SequenceEnrollment } from './sequence-enrollments';
import { EXAMPLE_TASK, Task } from './tasks';
import { field, timestamp } from './common';
import type { EventData } from './types.generated';
import type { KnownOutput } from './operation';
import { readAccessFor, type Permission, type PermissionResource } from './permissions';

interface EventSpec {
  /** A UI label in the words of a trigger, e.g. "New Account". */
  label: string;
  description: string;
  /** The resource whose read access a key needs to subscribe. */
  resource: PermissionResource;
  data: z.ZodType;
  /** Whether deliveries carry `changes` (updates and stage changes). */
  hasChanges: boolean;
  sample: unknown;
}

export const EVENTS = {
  'account.created': { label: 'New Account', description: 'Triggers when an account is created.', resource: 'accounts', data: Account, hasChanges: false, sample: EXAMPLE_ACCOUNT },
  'account.updated': { label: 'Updated Account', description: 'Triggers when an account changes.', resource: 'accounts', data: Account, hasChanges: true, sample: EXAMPLE_ACCOUNT },
  'contact.created': { label: 'New Contact', description: 'Triggers when a contact is created.', resource: 'contacts', data: Contact, hasChanges: false, sample: EXAMPLE_CONTACT },
  'contact.updated': { label: 'Updated Contact', description: 'Triggers when a contact changes.', resource: 'contacts', data: Contact, hasChanges: true, sample: EXAMPLE_CONTACT },
  'opportunity.created': { label: 'New Opportunity', description: 'Triggers when an opportunity is created.', resource: 'opportunities', data: Opportunity, hasChanges: false, sample: EXAMPLE_OPPORTUNITY },
  'opportunity.updated': { label: 'Updated Opportunity', description: 'Triggers when an opportunity changes, its stage included.', resource: 'opportunities', data: Opportunity, hasChanges: true, sample: EXAMPLE_OPPORTUNITY },
  'opportunity.stage_changed': { label: 'Opportunity Stage Changed', description: 'Triggers when an opportunity moves to another stage.', resource: 'opportunities', data: Opportunity, hasChanges: true, sample: EXAMPLE_OPPORTUNITY },
  'task.created': { label: 'New Task', description: 'Triggers when a task is created.', resource: 'tasks', data: Task, hasChanges: false, sample: EXAMPLE_TASK },
  'activity.created': { label: 'New Activity', description: 'Triggers when an activity is logged.', resource: 'activities', data: Activity, hasChanges: false, sample: EXAMPLE_ACTIVITY },
  'sequence_enrollment.created': { label: 'New Sequence Enrollment', description: 'Triggers when a contact is enrolled in a sequence.', resource: 'sequence_enrollment', data: SequenceEnrollment, hasChanges: false, sample: EXAMPLE_ENROLLMENT },
} as const satisfies Record<string, EventSpec>;

export type EventType = keyof typeof EVENTS;
export const EVENT_TYPES = Object.keys(EVENTS) as EventType[];
export const EventTypeSchema = field(z.enum(EVENT_TYPES as [EventType, ...EventType[]]), {
  title: 'Event',
  description: 'A webhook event type, e.g. contact.created.',
  example: 'contact.created',
});

/** The permission a key needs to subscribe to an event: read on its resource (write where read does not exist). */
export function eventPermission(type: EventType): Permission {
  return readAccessFor(EVENTS[type].resource);
}

/** `changes` of an update: for each field that changed, its value before and after. */
export const EventChanges = z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() }));

function envelope<T extends EventType>(type: T) {
  const spec: EventSpec = EVENTS[type];
  return z.looseObject({
    id: field(z.string().startsWith('evt_'), { title: 'Event ID', description: 'Unique per event; the same on every retry, so use it to drop duplicates.' }),
    type: z.literal(type),
    created_at: field(timestamp(), { title: 'Occurred At', description: 'When the change happened.' }),
    data: spec.data as (typeof EVENTS)[T]['data'],
    ...(spec.hasChanges ? { changes: EventChanges } : {}),
  });
}

const eventSchemas = Object.fromEntries(EVENT_TYPES.map((type) => [type, envelope(type)])) as {
  [T in EventType]: ReturnType<typeof envelope<T>>;
};

/** Every event a webhook can deliver, told apart by `type`. */
export const WebhookEvent = z
  .discriminatedUnion('type', Object.values(eventSchemas) as unknown as [ReturnType<typeof envelope>, ...ReturnType<typeof envelope>[]])
  .meta({ id: 'WebhookEvent', title: 'Webhook Event', description: 'The body of a webhook delivery.' });

/** One delivery of an event type (of each, for a union); its `data` is the catalog's object, with its words. */
export type WebhookEventOf<T extends EventType> = T extends EventType
  ? Omit<KnownOutput<(typeof eventSchemas)[T]>, 'data'> & {
      data: EventData[T];
      changes?: Record<string, { from: unknown; to: unknown }>;
    }
  : never;
export type WebhookEvent = { [T in EventType]: WebhookEventOf<T> }[EventType];

export function eventSchema<T extends EventType>(type: T) {
  return eventSchemas[type];
}

/** A complete delivery body for an event, built from the event's sample record, for docs and trigger samples. */
export function sampleEvent<T extends EventType>(type: T): WebhookEventOf<T> {
  const spec: EventSpec = EVENTS[type];
  return {
    id: 'evt_2b3c4d5e6f7a8b9c0d1e2f3a',
    type,
    created_at: '2026-11-23T10:05:00Z',
    data: spec.sample,
    ...(spec.hasChanges ? { changes: sampleChanges(type) } : {}),
  } as unknown as WebhookEventOf<T>;
}

function sampleChanges(type: EventType): Record<string, { from: unknown; to: unknown }> {
  if (type.startsWith('opportunity.')) return { stage_name: { from: 'Discovery', to: 'Qualified' } };
  return { title: { from: 'Director of Operations', to: 'VP Operations' } };
}
