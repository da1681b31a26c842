import { resourceDescription, type OperationChoice } from '../operation';
import * as get from './get.operation';

export const operations: Record<string, OperationChoice> = {
	get: { name: 'Get', action: 'Get a user by email', module: get },
};

export const description = resourceDescription('user', operations);
