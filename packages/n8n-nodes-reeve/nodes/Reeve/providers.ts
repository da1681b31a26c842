/** Reeve's providers as n8n options, in the catalog's words, for the parameters the catalog does not derive. */
import type { INodePropertyOptions } from 'n8n-workflow';
import { reeveCatalog } from '@integration-pack/core/reeve/api';
import { operationFormFields } from '@integration-pack/core/forms';
import { byName } from '../../../n8n-nodes-reevo/platform/fields/by-name';

// The words of the catalog's provider field, from an endpoint that takes one (Disconnect).
const providerField = operationFormFields(reeveCatalog.connections.disconnect).find((field) => field.key === 'provider');

/** Every provider, sorted by name as n8n's lint wants. */
export function providerOptions(): INodePropertyOptions[] {
	return (providerField?.choices ?? []).map((choice) => ({ name: choice.label, value: choice.value })).sort(byName);
}
