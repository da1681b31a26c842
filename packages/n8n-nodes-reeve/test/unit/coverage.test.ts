/** Fails when an endpoint or event of the Reeve definition has no step in the package (issue 16's coverage test). */
import { REEVE_EVENT_TYPES, reeveCatalogEntries } from '@integration-pack/core/reeve/api';
import type { INodeProperties } from 'n8n-workflow';
import { Reeve } from '../../nodes/Reeve/Reeve.node';
import { resources } from '../../nodes/Reeve/actions/resources';
import { ReeveTrigger } from '../../nodes/ReeveTrigger/ReeveTrigger.node';
import { reeveWebhooks } from '../../nodes/ReeveTrigger/deliveries';

const n8nOperations = Object.entries(resources).flatMap(([resource, { operations }]) =>
	Object.entries(operations).map(([operation, choice]) => ({ resource, operation, spec: choice.module.call.spec })),
);

describe('coverage of the Reeve definition', () => {
	it('gives every endpoint but the webhook ones an n8n operation, and no operation calls anything else', () => {
		const documented = reeveCatalogEntries.filter((entry) => entry.group !== 'webhooks').map((entry) => entry.operation.operationId);
		const covered = new Set(n8nOperations.map(({ spec }) => spec.operationId));
		expect([...covered].sort()).toEqual([...documented].sort());
		expect(documented).toHaveLength(6);
	});

	it('offers the operations issue 16 names, keyed as workflows save them', () => {
		expect(n8nOperations.map(({ resource, operation }) => `${resource}:${operation}`).sort()).toEqual(
			[
				'connection:completeAuthorization',
				'connection:connect',
				'connection:get',
				'connection:getAll',
				'connection:getAuthorizationUrl',
				'connection:disconnect',
				'event:getAll',
			].sort(),
		);
	});

	it('keeps every webhook endpoint inside the trigger', () => {
		const webhookOperations = reeveCatalogEntries.filter((entry) => entry.group === 'webhooks').map((entry) => entry.operation.operationId);
		const { list, create, delete: remove } = reeveWebhooks.subscriptions;
		expect([list, create, remove].map((spec) => spec.operationId).sort()).toEqual([...webhookOperations].sort());
		expect(n8nOperations.some(({ spec }) => spec.tag === 'Webhooks')).toBe(false);
	});

	it('offers every event of the definition in the trigger: the 9 provider events and the 4 lifecycle events', () => {
		const events = new ReeveTrigger().description.properties.find((property) => property.name === 'events');
		expect((events?.options ?? []).map((option) => (option as { value: string }).value).sort()).toEqual([...REEVE_EVENT_TYPES].sort());
		expect(REEVE_EVENT_TYPES).toHaveLength(13);
	});

	it('describes every operation for AI agents with the catalog words, and marks the node usable as a tool', () => {
		const description = new Reeve().description;
		expect(description.usableAsTool).toBe(true);
		const options = description.properties
			.filter((property) => property.name === 'operation')
			.flatMap((picker) => picker.options as Array<{ description: string; action: string }>);
		expect(options).toHaveLength(7);
		for (const option of options) expect(option.description.length).toBeGreaterThan(20);
	});

	it('lists the options of every dropdown alphabetically, as a person reading them expects', () => {
		const dropdowns = [...new Reeve().description.properties, ...new ReeveTrigger().description.properties].flatMap(function optionLists(property: INodeProperties): string[][] {
			const options = (property.options ?? []) as Array<{ name: string; options?: unknown; values?: unknown }>;
			const nested = options.flatMap((option) => [...((option.options ?? []) as []), ...((option.values ?? []) as [])]).flatMap(optionLists);
			return property.type === 'options' || property.type === 'multiOptions' ? [options.map((option) => option.name), ...nested] : nested;
		});
		expect(dropdowns.length).toBeGreaterThan(5);
		for (const names of dropdowns) expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	});
});
