import type { Source } from '@/lib/content/schema';
import type { FactorId } from './safety';
import { dataSources } from './sources';

/**
 * "Before your appointment" on the appointment page and its printed handout.
 * An item with `for` shows only for a test that involves one of those things
 * (see the factors of content/data/safety.ts); a link that names no test
 * shows every item. Every item names where its facts come from;
 * lib/clinic/checklist.test.ts checks each has a source and reads at grade 8
 * or below. Preparation differs between tests and hospitals, so items point to
 * the clinic's own instructions rather than give times.
 */
export type ChecklistItem = { id: string; text: string; sources: Source[]; for?: FactorId[] };

const sources = {
  lifeBridge: {
    publisher: 'LifeBridge Health',
    title: 'Fluoroscopy',
    url: 'https://www.lifebridgehealth.org/diagnostics/fluoroscopy',
  },
  ucDavis: {
    publisher: 'UC Davis Health',
    title: 'Interventional radiology: comfort and safety',
    url: 'https://health.ucdavis.edu/radiology/mymri/myexam/myir/comfort/IRcomfort.html',
  },
} satisfies Record<string, Source>;

export const beforeYourAppointment: ChecklistItem[] = [
  {
    id: 'medicines',
    text: 'Tell your care team if you take blood thinners or medicine for diabetes. Do not stop any medicine unless they tell you to.',
    sources: [dataSources.nhsInformCoronary],
  },
  {
    id: 'contrast-reaction',
    text: 'Tell them if you ever had a reaction to X-ray dye (contrast).',
    sources: [dataSources.nhsAngiography],
    for: ['iodine-dye', 'gadolinium'],
  },
  {
    id: 'pregnancy',
    text: 'Tell the staff before the test if you are pregnant or might be.',
    sources: [dataSources.ucsfHsg],
  },
  {
    id: 'eating',
    text: 'Your stomach may need to be empty. Check your letter for when to stop eating and drinking.',
    sources: [dataSources.blackpoolBarium, dataSources.radiologyAssociatesUgi],
    for: ['barium-mouth', 'sedation', 'artery-catheter', 'feeding-tube', 'device-implant'],
  },
  {
    id: 'bowel-prep',
    text: 'Follow the steps in your letter to empty your bowel. This is often a special diet and a laxative the day before.',
    sources: [dataSources.mayoBariumEnema, dataSources.hseBariumEnema],
    for: ['enema'],
  },
  {
    id: 'sedation',
    text: 'Will you have sedation or a general anesthetic? Then ask an adult to take you home and stay with you for 24 hours. Do not drive for 24 hours.',
    sources: [dataSources.guysSedationEd, dataSources.guysSedation],
    for: ['sedation'],
  },
  {
    id: 'metal',
    text: 'You will take off jewelry and other metal. You may change into a gown.',
    sources: [sources.lifeBridge, sources.ucDavis],
  },
  {
    id: 'company',
    text: 'You can usually bring someone with you. A parent can usually stay with a child during the test.',
    sources: [dataSources.royalFreeDischarge, dataSources.rileyVcug],
  },
];
