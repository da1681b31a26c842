/** The Reeve client's version, read from its package.json so the User-Agent and the published package never disagree. */
import { version } from '../../package.json';

export const REEVE_CLIENT_VERSION: string = version;
