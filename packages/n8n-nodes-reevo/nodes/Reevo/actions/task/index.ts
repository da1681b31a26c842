import { resourceDescription, type OperationChoice } from '../operation';
import * as create from './create.operation';

export const operations: Record<string, OperationChoice> = {
	create: { name: 'Create', action: 'Create a task', module: create },
};

export const description = resourceDescription('task', operations);
