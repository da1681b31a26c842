import { resourceDescription, type OperationChoice } from '../operation';
import * as get from './get.operation';
import * as search from './search.operation';

export const operations: Record<string, OperationChoice> = {
	get: { name: 'Get', action: 'Get a contact', module: get },
	search: { name: 'Search', action: 'Search contacts by email or owner', module: search },
};

export const description = resourceDescription('contact', operations);
