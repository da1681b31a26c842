import { resourceDescription, type OperationChoice } from '../operation';
import * as enroll from './enroll.operation';

export const operations: Record<string, OperationChoice> = {
	enroll: { name: 'Enroll', action: 'Enroll a contact in a sequence', module: enroll },
};

export const description = resourceDescription('sequenceEnrollment', operations);
