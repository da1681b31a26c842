#!/usr/bin/env node
// Runs the bundled CLI; build it first with `npm run build -w @integration-pack/mcp-server`.
import { createRequire } from 'node:module';

createRequire(import.meta.url)('../dist/cli.js');
