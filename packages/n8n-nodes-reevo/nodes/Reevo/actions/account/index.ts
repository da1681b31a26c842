import { resourceDescription, type OperationChoice } from '../operation';
import * as create from './create.operation';
import * as update from './update.operation';
import * as get from './get.operation';
import * as search from './search.operation';

export const operations: Record<string, OperationChoice> = {
	create: { name: 'Create', action: 'Create an account', module: create },
	update: { name: 'Update', action: 'Update an account', module: update },
	get: { name: 'Get', action: 'Get an account', module: get },
	search: { name: 'Search', action: 'Search accounts by domain', module: search },
};

export const description = resourceDescription('account', operations);
