/**
 * Controls: set the scene. Reevo workspaces, keys (permissions from the permission table; a new key is shown once)
 * and quotas; Reeve users, brands and sessions (masked once made); the fake providers' behaviour and their events;
 * the clock; faults and latency per route; reset.
 */
import { ClockControls } from './controls/clock';
import { FaultControls } from './controls/faults';
import { ProviderControls } from './controls/providers';
import { ReeveControls } from './controls/reeve';
import { ReevoControls } from './controls/reevo';
import { ResetControl } from './controls/reset';

export function ControlsView() {
  return (
    <>
      <ClockControls />
      <ReevoControls />
      <ReeveControls />
      <ProviderControls />
      <FaultControls />
      <ResetControl />
    </>
  );
}
