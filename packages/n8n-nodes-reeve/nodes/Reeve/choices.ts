/**
 * Reeve's providers and event types as choices in Reeve's own words ("GitHub", "Meta Ads", "New Stripe Payment"):
 * the catalog's values would read "Github", "Meta" and "Stripe.payment.succeeded" as words.
 */
import type { INodePropertyOptions } from 'n8n-workflow';
import type { Choice } from '@integration-pack/core/forms';
import { PROVIDER_SLUGS, REEVE_EVENTS, REEVE_EVENT_TYPES, REEVE_PROVIDERS, type ProviderKind } from '@integration-pack/core/reeve/api';
import { byName } from '../../../n8n-nodes-reevo/platform/fields/by-name';

/** The providers connected one of these ways (`oauth`: Authorize then Callback; `api_key`, `service_account`: Connect), or all. */
export function providerChoices(...kinds: ProviderKind[]): Choice[] {
	return PROVIDER_SLUGS.filter((slug) => !kinds.length || kinds.includes(REEVE_PROVIDERS[slug].kind)).map((slug) => ({
		value: slug,
		label: REEVE_PROVIDERS[slug].name,
	}));
}

export const EVENT_CHOICES: Choice[] = REEVE_EVENT_TYPES.map((type) => ({ value: type, label: REEVE_EVENTS[type].label }));

/** Choices as n8n options, sorted by name as n8n's lint wants. */
export function asOptions(choices: readonly Choice[]): INodePropertyOptions[] {
	return choices.map(({ value, label }) => ({ name: label, value })).sort(byName);
}
