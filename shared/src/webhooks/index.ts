export * from './signature';
export * from './verify';
