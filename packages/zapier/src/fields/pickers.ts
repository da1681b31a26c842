/**
 * Which hidden list trigger (dynamic dropdown) and which search (search connector) fill a field that identifies a
 * record, by the catalog's `ref` and whether the field holds an id, an email or a name. Sequences have none:
 * Reevo has no way to list or read them (see the README).
 */
import { isRecordRef, type FieldDescriptor, type RecordRef } from '@integration-pack/core/reevo/api';
import { LIST_KEYS, SEARCH_KEYS } from '../keys';

export interface Picker {
  dynamic: string;
  search?: string;
}

type ValueKind = 'id' | 'email' | 'name';

const PICKERS: Partial<Record<RecordRef, Partial<Record<ValueKind, Picker>>>> = {
  user: { email: { dynamic: `${LIST_KEYS.users}.id.label`, search: `${SEARCH_KEYS.findUser}.email` } },
  account: { id: { dynamic: `${LIST_KEYS.accounts}.id.label`, search: `${SEARCH_KEYS.findAccount}.id` } },
  contact: {
    id: { dynamic: `${LIST_KEYS.contacts}.id.label`, search: `${SEARCH_KEYS.findContact}.id` },
    email: { dynamic: `${LIST_KEYS.contacts}.email.label`, search: `${SEARCH_KEYS.findContact}.email` },
  },
  opportunity: {
    id: { dynamic: `${LIST_KEYS.opportunities}.id.label`, search: `${SEARCH_KEYS.findOpportunity}.id` },
    name: { dynamic: `${LIST_KEYS.opportunities}.display_name.label`, search: `${SEARCH_KEYS.findOpportunity}.display_name` },
  },
  mailbox: { email: { dynamic: `${LIST_KEYS.mailboxes}.id.label`, search: `${SEARCH_KEYS.findMailbox}.email` } },
  stage: { name: { dynamic: `${LIST_KEYS.stages}.id.label` } },
  pipeline: { name: { dynamic: `${LIST_KEYS.pipelines}.id.label` } },
  closed_reason: { name: { dynamic: `${LIST_KEYS.closedReasons}.id.label` } },
};

export function pickerFor(descriptor: FieldDescriptor): Picker | undefined {
  if (!isRecordRef(descriptor.ref)) return undefined;
  const format = descriptor.items?.format ?? descriptor.format;
  const kind: ValueKind = format === 'uuid' ? 'id' : format === 'email' ? 'email' : 'name';
  return PICKERS[descriptor.ref]?.[kind];
}
