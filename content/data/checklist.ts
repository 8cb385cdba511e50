import type { Source } from '@/lib/content/schema';
import { dataSources } from './sources';

/**
 * The general advice on the appointment page and its printed handout: what to
 * do before any fluoroscopy test, and when to get help afterwards. Every item
 * names where its facts come from; lib/clinic/checklist.test.ts checks each
 * item has a source and reads at grade 8 or below, in sentences of 20 words
 * or fewer. Preparation differs between tests and hospitals, so items point
 * to the clinic's own instructions rather than give times.
 */
export type ChecklistItem = { id: string; text: string; sources: Source[] };

export type HelpCard = {
  level: 'non-urgent' | 'urgent' | 'emergency';
  heading: string;
  signs: string[];
  sources: Source[];
};

const sources = {
  uwSedation: {
    publisher: 'UW Health',
    title: 'Moderate sedation (patient information)',
    url: 'https://patient.uwhealth.org/healthfacts/5821.html',
  },
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
  royalFree: {
    publisher: 'Royal Free London NHS Foundation Trust',
    title: 'Coronary angiogram: discharge advice',
    url: 'https://www.royalfree.nhs.uk/services/services-a-z/cardiology/coronary-angiogram/discharge-advice/',
  },
  nhsRecovery: {
    publisher: 'NHS',
    title: 'Coronary angiography: recovery',
    url: 'https://www.nhs.uk/conditions/coronary-angiography/recovery/',
  },
  northernCare: {
    publisher: 'Northern Care Alliance NHS Foundation Trust',
    title: 'Discharge information following your coronary angiogram',
    url: 'https://northerncarealliance.nhs.uk/patient-information/patient-leaflets/cardiology-discharge-information-following-your-coronary-angiogram',
  },
  esurLateReactions: {
    publisher: 'European Radiology (European Society of Urogenital Radiology)',
    title: 'Late adverse reactions to intravascular iodine-based contrast media (2011)',
    url: 'https://link.springer.com/article/10.1007/s00330-011-2200-9',
  },
} satisfies Record<string, Source>;

/** "Before your appointment": FACTS §7 (across all exams) and §12. */
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
  },
  {
    id: 'pregnancy',
    text: 'Tell the staff before the test if you are pregnant or might be.',
    sources: [dataSources.ucsfHsg],
  },
  {
    id: 'eating',
    text: 'Some tests need an empty stomach. Check your letter for when to stop eating and drinking.',
    sources: [dataSources.blackpoolBarium, dataSources.radiologyAssociatesUgi],
  },
  {
    id: 'sedation',
    text: 'Will you have medicine to make you sleepy (sedation)? Then do not drive until the next morning. Ask an adult to take you home and stay with you for at least 6 hours.',
    sources: [sources.uwSedation],
  },
  {
    id: 'metal',
    text: 'You will take off jewelry and other metal. You may change into a gown.',
    sources: [sources.lifeBridge, sources.ucDavis],
  },
  {
    id: 'company',
    text: 'You can usually bring someone with you. A parent can usually stay with a child during the test.',
    sources: [sources.royalFree, dataSources.rileyVcug],
  },
];

/** "When to get help" after the test: warning signs from FACTS §10, most urgent first. */
export const whenToGetHelp: HelpCard[] = [
  {
    level: 'emergency',
    heading: 'Call 911 or 999 now if:',
    signs: [
      'you find it hard to breathe or your face swells after X-ray dye',
      'there is heavy bleeding where the needle or tube went in (press hard on it while you wait)',
      'your arm or leg turns cold, blue or numb',
    ],
    sources: [sources.esurLateReactions, sources.northernCare],
  },
  {
    level: 'urgent',
    heading: 'Ask for urgent medical help if:',
    signs: [
      'bleeding does not stop after a few minutes of firm pressure',
      'you have severe pain, or a large lump, where the needle or tube went in',
      'that spot gets red, hot and swollen, or you have a fever',
    ],
    sources: [sources.nhsRecovery, dataSources.nhsAngiography, sources.royalFree],
  },
  {
    level: 'non-urgent',
    heading: 'Contact your care team if:',
    signs: [
      'you get a rash or itching in the week after X-ray dye',
      'you still find it hard to poo 2 days after barium',
    ],
    sources: [sources.esurLateReactions, dataSources.blackpoolBarium],
  },
];

/** Every source behind this advice, once each, for the page's source list. */
export function checklistSources(): Source[] {
  const all = [...beforeYourAppointment, ...whenToGetHelp].flatMap((item) => item.sources);
  return [...new Map(all.map((source) => [source.url, source])).values()];
}
