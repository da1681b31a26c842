import { resourceDescription, type OperationChoice } from '../operation';
import * as upsert from './upsert.operation';
import * as get from './get.operation';

export const operations: Record<string, OperationChoice> = {
	upsert: { name: 'Upsert', action: 'Create or update a contact and its account', module: upsert },
	get: { name: 'Get', action: 'Get an account and its contacts', module: get },
};

export const description = resourceDescription('accountContact', operations);
