/** The app's visible and hidden definitions as lists, for the checks that walk the whole app. */
import App from '../../src/index';
import type { Create, Search, Trigger } from 'zapier-platform-core';

export { App };
export type Definition = Trigger | Create | Search;

export const triggers = Object.values(App.triggers ?? {}) as Trigger[];
export const creates = Object.values(App.creates ?? {}) as Create[];
export const searches = Object.values(App.searches ?? {}) as Search[];
export const allDefinitions: Definition[] = [...triggers, ...creates, ...searches];
export const hookTriggers = triggers.filter((trigger) => trigger.operation.type === 'hook');
