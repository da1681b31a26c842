import { defineEventTrigger } from '../reevo';
import { TRIGGER_KEYS } from '../keys';

// Reevo has no endpoint that reads tasks, so the sample stands in for recent ones.
export default defineEventTrigger({ key: TRIGGER_KEYS.newTask, noun: 'Task', event: 'task.created' });
