import { inProcessReeveReferenceServer } from './reference-targets';
import { defineReeveConformanceSuite } from './suite';

// Every section, with requests through fastify's inject: no socket.
defineReeveConformanceSuite(inProcessReeveReferenceServer);
