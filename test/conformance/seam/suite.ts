/**
 * What every API's conformance suite shares: a suite is a list of sections written once against a target, and
 * registered by each entry file for the target it chooses. A section needs either only the target's credentials, or
 * the reference server's admin API as well; on a target without admin (the real API) each admin section shows one
 * test saying why it does not apply.
 */

/** A target or session that may carry an admin API. */
export interface MaybeAdmin {
  admin?: unknown;
}

/** The same, with its admin API present. */
export type WithAdmin<T extends MaybeAdmin> = T & { admin: NonNullable<T['admin']> };

/** Where a run gets its target. `admin` is known before the target starts, since jest registers tests first. */
export type TargetSource<T extends MaybeAdmin> =
  | { admin: true; start(): Promise<StartedTarget<WithAdmin<T>>> }
  | { admin: false; start(): Promise<StartedTarget<T>> };

export interface StartedTarget<T> {
  target: T;
  /** Stops what `start` started (a local server). */
  close?: () => Promise<void>;
}

export type Section<S extends MaybeAdmin> =
  | { name: string; needs: 'credentials'; register: (session: () => S) => void }
  | {
      name: string;
      needs: 'admin';
      /** What the section uses the admin API for: the reason it does not apply to a target without one. */
      adminFor: string;
      register: (session: () => WithAdmin<S>) => void;
    };

/** Registers every section against the source's target, opened once for the whole file by `open`. */
export function defineSuite<T extends MaybeAdmin, S extends MaybeAdmin>(source: TargetSource<T>, sections: readonly Section<S>[], open: (target: T) => S) {
  let session: S | undefined;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const started = await source.start();
    close = started.close;
    session = open(started.target);
  });
  afterAll(async () => {
    await close?.();
  });
  const opened = (): S => {
    if (!session) throw new Error('The conformance target did not start (see the beforeAll error).');
    return session;
  };

  for (const section of sections) {
    describe(section.name, () => {
      if (section.needs === 'credentials') section.register(opened);
      else if (source.admin) section.register(() => withAdmin(opened()));
      else {
        it(`does not apply: this target has no admin API, and the section needs it for ${section.adminFor}`, () => {
          // Fails when a target that has the admin API is run as one without: its admin sections would be left out for nothing.
          expect(opened().admin).toBeUndefined();
        });
      }
    });
  }
}

function withAdmin<S extends MaybeAdmin>(session: S): WithAdmin<S> {
  if (session.admin === undefined || session.admin === null) throw new Error('This section needs the admin API, and the target has none.');
  return session as WithAdmin<S>;
}
