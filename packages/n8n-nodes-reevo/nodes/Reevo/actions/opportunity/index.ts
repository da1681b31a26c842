import { resourceDescription, type OperationChoice } from '../operation';
import * as create from './create.operation';
import * as update from './update.operation';
import * as get from './get.operation';
import * as search from './search.operation';
import * as shiftStage from './shiftStage.operation';

export const operations: Record<string, OperationChoice> = {
	create: { name: 'Create', action: 'Create an opportunity', module: create },
	update: { name: 'Update', action: 'Update an opportunity', module: update },
	get: { name: 'Get', action: 'Get an opportunity', module: get },
	search: { name: 'Search', action: 'Search opportunities', module: search },
	shiftStage: { name: 'Shift Stage', action: 'Move an opportunity to another stage', module: shiftStage },
};

export const description = resourceDescription('opportunity', operations);
