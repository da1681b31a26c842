/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- Test code, never shipped: it finds the package's folder. */
import path from 'node:path';
import { describePublishedPackage } from '../../../../test-support/n8n/published-package';

describePublishedPackage({
	dir: path.join(__dirname, '..', '..'),
	assets: ['dist/icons/reeve.svg', 'dist/icons/reeve.dark.svg', 'dist/nodes/Reeve/Reeve.node.json', 'dist/nodes/ReeveTrigger/ReeveTrigger.node.json'],
	registeredName: /^reeve(Trigger|Api)?$/,
});
