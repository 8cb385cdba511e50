import type { Section } from '@/content/schema/outline';
import { contrastKinds, settings, type Glance } from '@/content/schema/procedure';

// An article's h2 sections come from its compile (outline.sections); this adds the card that is not in the MDX.
export type { Section };

/** The "At a glance" card of a procedure as labelled sentences (numbers come from the data files and are left out). */
export function glanceSection(glance: Glance): Section {
  const text = [
    `What it is for: ${glance.purpose}`,
    `Getting ready: ${glance.preparation}`,
    `Contrast (X-ray dye): ${contrastKinds[glance.contrast]}`,
    `Pain relief: ${glance.painRelief}`,
    `In hospital: ${settings[glance.setting]}`,
    `Who does it: ${glance.performedBy}`,
    `Driving home: ${glance.driving}`,
  ].join(' ');
  return { id: 'at-a-glance', title: 'At a glance', text, prose: text, components: [] };
}
