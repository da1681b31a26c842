import { inProcessReferenceServer } from './reference-targets';
import { defineConformanceSuite } from './suite';

// Every section, with requests through fastify's inject: no socket, the fastest full run of the suite.
defineConformanceSuite(inProcessReferenceServer);
