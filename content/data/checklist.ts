import type { Source } from '../schema/source';
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


const BARIUM: FactorId[] = ['barium-mouth', 'enema'];
const NEEDLE: FactorId[] = [
  'artery-catheter',
  'device-implant',
  'spine-needle',
  'joint-needle',
  'womb-instruments',
  'ureter-scope',
  'feeding-tube',
];

/*
 * An item's sources must back it for every test it shows on, so an item that
 * only one kind of source supports shows only for that kind of test: a barium
 * swallow handout never cites a heart leaflet.
 */
export const beforeYourAppointment: ChecklistItem[] = [
  {
    id: 'medicines',
    text: 'Tell your care team if you take blood thinners or medicine for diabetes. Do not stop any medicine unless they tell you to.',
    sources: [dataSources.nhsInformCoronary, dataSources.nhsAngiography],
    for: NEEDLE,
  },
  {
    id: 'medicines-barium',
    text: 'Keep taking your usual medicines unless your letter says not to. If you have diabetes, tell the X-ray department before the day.',
    sources: [dataSources.blackpoolBarium],
    for: BARIUM,
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
    sources: [dataSources.fdaFluoroscopy],
  },
  {
    id: 'eating-barium',
    text: 'Your stomach needs to be empty. Check your letter for when to stop eating and drinking.',
    sources: [dataSources.blackpoolBarium, dataSources.radiologyAssociatesUgi],
    for: ['barium-mouth'],
  },
  {
    id: 'eating',
    text: 'You may need to stop eating and drinking a few hours before. Your letter will say when.',
    sources: [dataSources.nhsAngiography, dataSources.nhsInformCoronary],
    for: ['sedation', 'artery-catheter', 'device-implant', 'feeding-tube'],
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
    sources: [dataSources.lifebridgeFluoroscopy, dataSources.ucInterventionalRadiology],
  },
  {
    id: 'company',
    text: 'You can usually bring one person with you. They may be able to sit with you while you rest afterwards.',
    sources: [dataSources.royalFreeDischarge],
    for: ['artery-catheter'],
  },
  {
    id: 'company-child',
    text: 'A parent can usually stay with a child during the test.',
    sources: [dataSources.rileyVcug],
    for: ['child-bladder-catheter'],
  },
];
