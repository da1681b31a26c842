import { defineConformanceSuite } from './suite';

// Requests travel over real HTTP on 127.0.0.1 through the client's default axios transport.
defineConformanceSuite('loopback');
