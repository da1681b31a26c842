import { resourceDescription, type OperationChoice } from '../operation';
import * as getAll from './getAll.operation';

export const operations: Record<string, OperationChoice> = {
	getAll: { name: 'Get Many', action: "Get a user's mailboxes", module: getAll },
};

export const description = resourceDescription('mailbox', operations);
