/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- Test code, never shipped: it finds the package's folder. */
import path from 'node:path';
import { describePublishedPackage } from '../../../../test-support/n8n/published-package';

describePublishedPackage({
	dir: path.join(__dirname, '..', '..'),
	assets: ['dist/icons/reevo.svg', 'dist/icons/reevo.dark.svg', 'dist/nodes/Reevo/Reevo.node.json', 'dist/nodes/ReevoTrigger/ReevoTrigger.node.json'],
	registeredName: /^reevo(Trigger|Api)?$/,
});
