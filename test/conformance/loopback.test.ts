import { loopbackReferenceServer } from './reference-targets';
import { defineConformanceSuite } from './suite';

// Every section, with requests over real HTTP on 127.0.0.1 through the client's default axios transport.
defineConformanceSuite(loopbackReferenceServer);
