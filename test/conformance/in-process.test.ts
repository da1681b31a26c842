import { defineConformanceSuite } from './suite';

// Requests go through fastify's inject: no socket, the fastest full run of the suite.
defineConformanceSuite('in-process');
