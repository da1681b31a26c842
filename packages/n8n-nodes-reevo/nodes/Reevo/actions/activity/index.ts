import { resourceDescription, type OperationChoice } from '../operation';
import * as log from './log.operation';

export const operations: Record<string, OperationChoice> = {
	log: { name: 'Log', action: 'Log an activity', module: log },
};

export const description = resourceDescription('activity', operations);
