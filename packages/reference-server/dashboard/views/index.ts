/**
 * Every view of the dashboard, in the order of the nav: its hash route, its title (nav link, page heading and
 * document title) and its component. A new view is one entry here.
 */
import type { ComponentType } from 'preact';
import { ControlsView } from './controls';
import { DataView } from './data';
import { DocsView } from './docs';
import { StartView } from './start';
import { TrafficView } from './traffic';
import { WebhooksView } from './webhooks';

export interface ViewEntry {
  path: `#/${string}`;
  title: string;
  component: ComponentType;
}

export const VIEWS: readonly ViewEntry[] = [
  { path: '#/start', title: 'Start', component: StartView },
  { path: '#/traffic', title: 'Traffic', component: TrafficView },
  { path: '#/webhooks', title: 'Webhooks', component: WebhooksView },
  { path: '#/data', title: 'Data', component: DataView },
  { path: '#/controls', title: 'Controls', component: ControlsView },
  { path: '#/docs', title: 'Docs', component: DocsView },
];
