import { n8nPackageBuild } from '../n8n-nodes-reevo/platform/package-build.mjs';

export default n8nPackageBuild('Reeve');
