/**
 * The compile-time checks behind each product's generated.types.ts: the generated declarations
 * (shared/scripts/generated-types.ts) must name and document the catalog's types without changing one. Each
 * `...Mismatches` type is `never` when nothing differs and otherwise names what differs, so `Verdict` makes the
 * proof's `= true` fail to compile with that name in the message.
 */
import type * as z from 'zod';
import type { KnownOutput } from '@integration-pack/core/machine';

/** True when each is assignable to the other (what the generated files promise; their words differ, not their types). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** `true` when there is no mismatch; the mismatches themselves otherwise. */
export type Verdict<Mismatches> = [Mismatches] extends [never] ? true : Mismatches;

type GroupMismatches<G extends string, Derived, Generated> = {
  [M in keyof Derived | keyof Generated]: M extends keyof Derived & keyof Generated
    ? Derived[M] extends (...args: infer P) => infer R
      ? Generated[M] extends (...args: infer GP) => infer GR
        ? Same<P, GP> extends true
          ? Same<R, GR> extends true
            ? never
            : `${G}.${M & string} returns another type`
          : `${G}.${M & string} takes other arguments`
        : `${G}.${M & string} is not a method`
      : never
    : `${G}.${M & string} is in only one of the two`;
}[keyof Derived | keyof Generated];

/** Every method of every group the catalog derives against the generated client's. */
export type MethodMismatches<Derived, Generated> = {
  [G in keyof Derived]: G extends keyof Generated ? GroupMismatches<G & string, Derived[G], Generated[G]> : `${G & string} is in only one of the two`;
}[keyof Derived];

/** Every generated object type against the output of the catalog schema of the same name. */
export type ObjectMismatches<Objects, Schemas> = {
  [K in keyof Objects]: K extends keyof Schemas
    ? Schemas[K] extends z.ZodType
      ? Same<Objects[K], KnownOutput<Schemas[K]>> extends true
        ? never
        : K
      : K
    : K;
}[keyof Objects];

/** Every event's generated data type against the output of the event's `data` schema. */
export type EventDataMismatches<Data, Events> = {
  [T in keyof Events]: T extends keyof Data
    ? Events[T] extends { data: infer S extends z.ZodType }
      ? Same<Data[T], KnownOutput<S>> extends true
        ? never
        : T
      : T
    : T;
}[keyof Events];
