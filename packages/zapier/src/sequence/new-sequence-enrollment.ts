import { defineEventTrigger } from '../reevo';
import { TRIGGER_KEYS } from '../keys';

// Reevo has no endpoint that reads enrollments, so the sample stands in for recent ones.
export default defineEventTrigger({ key: TRIGGER_KEYS.newSequenceEnrollment, noun: 'Sequence Enrollment', event: 'sequence_enrollment.created' });
