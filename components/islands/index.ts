import type { ComponentType } from 'react';
import type { ISLANDS } from '@/lib/islands/manifest';
import { ClinicLinkBuilder } from './ClinicLinkBuilder';

type ComponentIslandName = { [N in keyof typeof ISLANDS]: (typeof ISLANDS)[N]['runtime'] extends 'preact' ? N : never }[keyof typeof ISLANDS];

/**
 * The components the server renders for the component islands of
 * lib/islands/manifest.ts, by the same names (the type makes the two agree).
 * Islands whose runtime is "dom" have their markup written by their route.
 */
export const islandComponents = {
  'clinic-builder': ClinicLinkBuilder,
} satisfies Record<ComponentIslandName, ComponentType<never>>;

export type { ComponentIslandName };
