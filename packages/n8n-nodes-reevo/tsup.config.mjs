import { n8nPackageBuild } from './platform/package-build.mjs';

export default n8nPackageBuild('Reevo');
