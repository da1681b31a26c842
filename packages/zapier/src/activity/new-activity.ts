import { defineEventTrigger } from '../reevo';
import { TRIGGER_KEYS } from '../keys';

// Reevo has no endpoint that reads activities, so the sample stands in for recent ones.
export default defineEventTrigger({ key: TRIGGER_KEYS.newActivity, noun: 'Activity', event: 'activity.created' });
