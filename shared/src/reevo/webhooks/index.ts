export * from '../../machine/webhook-signature';
export * from './verify';
