import { AppointmentInstructions } from './AppointmentInstructions';
import { ClinicLinkBuilder } from './ClinicLinkBuilder';
import { SiteSearch } from './SiteSearch';

/**
 * Every island a page can carry, by the name the build and the browser use.
 * The server renders them into the page's HTML; components/islands/mount.tsx
 * starts them in the browser with React alone, without Next's client runtime.
 */
export const islands = {
  search: SiteSearch,
  'clinic-builder': ClinicLinkBuilder,
  appointment: AppointmentInstructions,
};

export type IslandName = keyof typeof islands;
