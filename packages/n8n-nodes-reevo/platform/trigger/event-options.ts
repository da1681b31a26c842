/** The trigger's Events choices: every event type of the definition, in its words, sorted by name as n8n's lint wants. */
import type { INodePropertyOptions } from 'n8n-workflow';
import type { EventDefinition } from '@integration-pack/core/machine';
import { byName } from '../fields/by-name';

export function eventOptions(events: Readonly<Record<string, EventDefinition>>): INodePropertyOptions[] {
	return Object.entries(events)
		.map(([type, event]) => ({ name: event.label, value: type, description: event.description }))
		.sort(byName);
}
