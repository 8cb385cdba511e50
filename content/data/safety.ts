import type { DataSourceId } from './sources';

/*
 * The one source of "when to get help" advice. Every warning sign on the site,
 * on screen and on paper, comes from here: a procedure page, the After guide,
 * the patient's appointment page and the printed handout all compose their
 * cards from these signs, so a sign has one wording and one level everywhere.
 * lib/safety/ validates this file with zod when the site builds.
 *
 * Levels follow the NHS care cards:
 * - emergency: call the local emergency number, or go to the emergency department, now
 * - urgent: get advice the same day (the hospital on your letter, your doctor, an urgent care service)
 * - non-urgent: contact your care team or doctor when you can
 * Where sources give different levels for a sign, the more cautious one is used.
 */

export type CareLevel = 'emergency' | 'urgent' | 'non-urgent';

export type WarningSign = {
  level: CareLevel;
  /** What the reader notices, finishing "Call ... if:". Lower case, no full stop. */
  text: string;
  /** What to do besides making the call, when there is something (press on it, stop feeding). */
  action?: string;
  sources: DataSourceId[];
};

export type SafetyRule = {
  /** A short heading, e.g. "After sedation". */
  title: string;
  /** Plain sentences, each a full sentence. */
  text: string[];
  sources: DataSourceId[];
};

export const signs = {
  // ---- emergency ----
  'severe-allergy': {
    level: 'emergency',
    text: 'you find it hard to breathe or swallow, or your face, lips, tongue or throat swell',
    sources: ['ukhcDelayedContrast', 'nhsAngiographyComplications'],
  },
  'puncture-bleeding': {
    level: 'emergency',
    text: 'the place where the tube went in bleeds and will not stop with pressure, or swells up fast',
    action: 'Lie down and press firmly on it until help comes.',
    sources: ['northernCareCoronary', 'hullCoronaryDischarge'],
  },
  'limb-cold': {
    level: 'emergency',
    text: 'the arm or leg that was used turns cold, pale, blue or numb, or becomes very painful',
    sources: ['northernCareCoronary', 'nhsCoronaryRecovery'],
  },
  'chest-pain': {
    level: 'emergency',
    text: 'you have chest pain or tightness that lasts more than a few minutes',
    action: 'Sit down and rest while you wait. If you have a GTN spray, use it as your heart team showed you.',
    sources: ['leedsCoronary', 'royalFreeAngiogram'],
  },
  stroke: {
    level: 'emergency',
    text: 'one side of your face drops, you cannot lift both arms, or your speech is slurred (a stroke)',
    action: 'Call even if you are not sure, and note the time the signs started.',
    sources: ['nwasStroke', 'nhsInformCoronary'],
  },
  'breathless-faint': {
    level: 'emergency',
    text: 'you are suddenly very short of breath, have chest pain, or faint',
    sources: ['hullPacemakerAdvice', 'nhsPacemakerRisks'],
  },
  'device-exposed': {
    level: 'emergency',
    text: 'the skin over your device breaks open and you can see the device or a wire',
    action: 'Cover it loosely with a clean dressing. Do not push anything back in.',
    sources: ['chelwestPacemaker'],
  },
  'icd-shock-unwell': {
    level: 'emergency',
    text: 'your ICD gives you a shock and you feel unwell afterwards, or it shocks you 2 or more times',
    sources: ['lhchShockPlan'],
  },
  'spine-nerves': {
    level: 'emergency',
    text: 'you have new weakness or numbness in your legs, or you cannot control your bladder or bowels',
    sources: ['uiHealthPain', 'rutherfordMyelogram', 'sussexLumbarPuncture'],
  },
  'spine-infection': {
    level: 'emergency',
    text: 'you have a fever or chills with a stiff neck, a bad headache or a rash',
    sources: ['uiHealthPain', 'sussexLumbarPuncture', 'blackpoolEpidural'],
  },
  'painful-eye': {
    level: 'emergency',
    text: 'your eye hurts or turns red, or your sight is blurred and painful',
    action: 'Tell them you had a Buscopan (hyoscine butylbromide) injection to relax your bowel.',
    sources: ['dorsetBuscopan', 'kingEdwardBuscopan'],
  },

  // ---- urgent ----
  fever: {
    level: 'urgent',
    text: 'you have a high temperature (fever), or you feel hot and shivery',
    // Each factor that brings this sign names the sources for its own kind of test (see factors).
    sources: ['nhsCoronaryRecovery', 'royalFreeDischarge'],
  },
  'puncture-infection': {
    level: 'urgent',
    text: 'the place where the tube or needle went in becomes red, hot, swollen or more painful, or leaks pus',
    sources: ['nhsCoronaryRecovery', 'royalFreeDischarge'],
  },
  'puncture-lump': {
    level: 'urgent',
    text: 'a growing lump appears where the tube went in, or painkillers do not help the pain there',
    sources: ['hullCoronaryDischarge', 'nhsCoronaryRecovery'],
  },
  'icd-shock-well': {
    level: 'urgent',
    text: 'your ICD gives you one shock and you feel well afterwards',
    action: 'Call your device clinic the same day. Out of hours, call the hospital and ask for the heart doctor on call.',
    sources: ['lhchShockPlan'],
  },
  'device-wound': {
    level: 'urgent',
    text: 'the wound over your device becomes red, hot, swollen or more painful, or leaks fluid',
    sources: ['hullPacemakerAdvice', 'chelwestPacemaker'],
  },
  'device-symptoms': {
    level: 'urgent',
    text: 'you feel dizzy or light-headed, you have hiccups that go on and on, or your arms or legs swell',
    sources: ['hullPacemakerAdvice', 'nhsPacemakerRisks'],
  },
  'headache-severe': {
    level: 'urgent',
    text: 'your headache is very bad, even lying flat, or you keep being sick (vomiting)',
    sources: ['sussexLumbarPuncture', 'rutherfordMyelogram'],
  },
  'belly-pain-severe': {
    level: 'urgent',
    text: 'you have severe pain in your belly that does not settle',
    sources: ['eshtBariumEnema', 'yeovilBariumEnema'],
  },
  'blurred-vision': {
    level: 'urgent',
    text: 'your sight is still blurred more than an hour after the injection to relax your bowel',
    sources: ['leedsBuscopan', 'dorsetBuscopan'],
  },
  'tube-out': {
    level: 'urgent',
    text: 'the feeding tube comes out',
    action:
      'Cover the opening with a clean dressing and note the time. Then call your team or go to the hospital straight away. The opening can start to close within a few hours.',
    sources: ['rchGastrostomy', 'kentGastrostomy'],
  },
  'tube-leak': {
    level: 'urgent',
    text: 'feed or stomach fluid leaks around the tube, or the skin around it becomes very red, sore and painful',
    action: 'Stop feeding until you have spoken to your team.',
    sources: ['nbtGastrostomy', 'rightDecisionsGtube', 'northernCareRig'],
  },
  'cannot-pee': {
    level: 'urgent',
    text: 'you cannot pee, or only a few drops come out',
    sources: ['providenceStent', 'hullStentRemoval'],
  },
  'blood-in-pee': {
    level: 'urgent',
    text: 'your pee has blood clots in it, or the blood in your pee is getting worse instead of less',
    sources: ['providenceStent', 'hullStentRemoval'],
  },
  'pee-infection': {
    level: 'urgent',
    text: 'your pee is cloudy or smells bad, or your side or back hurts (signs of a urine infection)',
    sources: ['hullStentRemoval', 'royalFreeStent'],
  },
  'pelvic-pain': {
    level: 'urgent',
    text: 'your belly pain gets worse instead of better',
    sources: ['floridaXrayHsg', 'cuhHsg'],
  },
  'vaginal-bleeding': {
    level: 'urgent',
    text: 'you bleed heavily from your vagina',
    sources: ['floridaXrayHsg'],
  },
  'vaginal-bleeding-lasting': {
    level: 'urgent',
    text: 'the bleeding from your vagina goes on for more than 3 days',
    sources: ['webmdHsg'],
  },
  'vaginal-discharge': {
    level: 'urgent',
    text: 'you have a smelly discharge from your vagina (a sign of infection)',
    sources: ['cuhHsg'],
  },
  'joint-infection': {
    level: 'urgent',
    text: 'the joint becomes hot, red, and more swollen or painful in the days after',
    sources: ['summitArthrogram', 'chelwestArthrogram'],
  },
  'child-no-pee': {
    level: 'urgent',
    text: 'your child has not peed 4 hours after the tube came out (6 to 8 hours if older than 2)',
    sources: ['aboutKidsHealthVcug'],
  },
  'child-pee-blood': {
    level: 'urgent',
    text: 'your child has bright red pee, or still has blood in their pee after 2 days',
    sources: ['aboutKidsHealthVcug', 'albertaVcug'],
  },
  'child-belly-pain': {
    level: 'urgent',
    text: 'your child has bad pain in their belly, or in their back just below the ribs',
    sources: ['aboutKidsHealthVcug', 'albertaVcug'],
  },

  // ---- non-urgent ----
  'late-rash': {
    level: 'non-urgent',
    text: 'you get an itchy rash in the week after the X-ray dye',
    sources: ['esurLateReactions'],
  },
  constipation: {
    level: 'non-urgent',
    text: 'you are still constipated 2 days after the test, even with extra fluids',
    sources: ['cancerNorthBarium', 'blackpoolBarium'],
  },
  'skin-changes': {
    level: 'non-urgent',
    text: 'you see a red or dark patch of skin where the X-ray was aimed, in the weeks after',
    action: 'It may itch, or hair may fall out there. It is often on your back. Tell them you had a long X-ray procedure.',
    sources: ['cuhSkin', 'allinaSkin'],
  },
  bruising: {
    level: 'non-urgent',
    text: 'the bruise where the tube went in is not getting better after a few days',
    sources: ['nhsInformCoronary', 'nhsCoronaryRecovery'],
  },
  'headache-lasting': {
    level: 'non-urgent',
    text: 'your headache is not getting better after 2 or 3 days',
    sources: ['sussexLumbarPuncture', 'nhsLumbarPuncture'],
  },
  'joint-swelling-lasting': {
    level: 'non-urgent',
    text: 'swelling or pain in the joint lasts longer than 2 days',
    sources: ['tidewaterArthrogram', 'chelwestArthrogram'],
  },
  'tube-blocked': {
    level: 'non-urgent',
    text: 'the feeding tube seems blocked',
    sources: ['nbtGastrostomy', 'plymouthRig'],
  },
  'steroid-sugar': {
    level: 'non-urgent',
    text: 'you have diabetes and your blood sugar stays higher than usual for more than 2 days',
    sources: ['southTeesEpidural', 'hullFacet'],
  },
  'injection-sore': {
    level: 'non-urgent',
    text: 'the sore spot where the needle went in has not settled after a few days',
    sources: ['southTeesEpidural', 'hullFacet'],
  },
  'child-pee-burning': {
    level: 'non-urgent',
    text: 'your child still has burning when they pee after 24 hours',
    sources: ['aboutKidsHealthVcug'],
  },
  'swallow-advice': {
    level: 'non-urgent',
    text: 'you are not sure how to follow the food and drink advice you were given',
    sources: ['asha'],
  },
} satisfies Record<string, WarningSign>;

export type SignId = keyof typeof signs;

/**
 * A kind of thing a test involves. `sources` names, for a shared sign such as
 * fever, the sources that back it for this kind of test; without it the sign's
 * own sources are cited.
 */
export type Factor = {
  label: string;
  signs: SignId[];
  rule?: string;
  sources?: Partial<Record<SignId, DataSourceId[]>>;
};

/**
 * What a procedure can declare about itself. Each brings its warning signs,
 * and some bring a rule (what to do about driving, being alone, medicines).
 */
export const factors = {
  'iodine-dye': { label: 'iodine-based X-ray dye', signs: ['severe-allergy', 'late-rash'] },
  gadolinium: { label: 'gadolinium dye (for an MRI scan after)', signs: ['severe-allergy'] },
  'artery-catheter': {
    label: 'a catheter in an artery',
    signs: ['puncture-bleeding', 'limb-cold', 'puncture-infection', 'puncture-lump', 'fever', 'bruising'],
  },
  heart: { label: 'the heart and its arteries', signs: ['chest-pain', 'stroke'] },
  'brain-vessels': { label: 'blood vessels that lead to the brain', signs: ['stroke'] },
  'long-procedure': { label: 'a long X-ray procedure', signs: ['skin-changes'] },
  'device-implant': {
    label: 'a device placed under the skin',
    signs: ['breathless-faint', 'device-exposed', 'device-wound', 'fever', 'device-symptoms'],
    sources: { fever: ['nhsPacemakerRisks', 'chelwestPacemaker'] },
  },
  icd: { label: 'an ICD (a device that can give a shock)', signs: ['icd-shock-unwell', 'icd-shock-well'] },
  'spine-needle': {
    label: 'a needle in the spine',
    signs: ['spine-nerves', 'spine-infection', 'headache-severe', 'headache-lasting', 'puncture-infection'],
    sources: { 'puncture-infection': ['blackpoolEpidural', 'rutherfordMyelogram'] },
  },
  'spine-steroid': { label: 'a steroid injection', signs: ['steroid-sugar', 'injection-sore'] },
  sedation: { label: 'sedation or a general anesthetic', signs: [], rule: 'sedation' },
  'barium-mouth': { label: 'barium by mouth', signs: ['constipation'] },
  enema: { label: 'barium or dye by enema', signs: ['belly-pain-severe', 'constipation'] },
  'bowel-relaxant': {
    label: 'an injection to relax the bowel (hyoscine butylbromide, Buscopan)',
    signs: ['painful-eye', 'blurred-vision'],
    rule: 'bowel-relaxant',
  },
  'ureter-scope': {
    label: 'a telescope and tubes in the bladder and ureter',
    signs: ['cannot-pee', 'blood-in-pee', 'pee-infection', 'fever'],
    sources: { fever: ['providenceStent', 'hullStentRemoval'] },
  },
  'child-bladder-catheter': {
    label: "a catheter in a child's bladder",
    signs: ['fever', 'child-no-pee', 'child-pee-blood', 'child-belly-pain', 'child-pee-burning'],
    sources: { fever: ['aboutKidsHealthVcug', 'albertaVcug'] },
  },
  'womb-instruments': {
    label: 'instruments in the womb',
    signs: ['fever', 'pelvic-pain', 'vaginal-bleeding', 'vaginal-bleeding-lasting', 'vaginal-discharge'],
    sources: { fever: ['floridaXrayHsg', 'cuhHsg'] },
  },
  'joint-needle': {
    label: 'a needle in a joint',
    signs: ['joint-infection', 'fever', 'joint-swelling-lasting'],
    sources: { fever: ['summitArthrogram'] },
  },
  'feeding-tube': {
    label: 'a feeding tube',
    signs: ['tube-out', 'tube-leak', 'fever', 'tube-blocked'],
    sources: { fever: ['nbtGastrostomy'] },
  },
  stent: { label: 'a stent in a heart artery', signs: [], rule: 'antiplatelets' },
  'swallow-advice': { label: 'advice on what to eat and drink', signs: ['swallow-advice'] },
} satisfies Record<string, Factor>;

export type FactorId = keyof typeof factors;

/** Rules several pages share, written once. */
export const rules = {
  sedation: {
    title: 'After sedation or a general anesthetic (anaesthetic)',
    text: [
      'An adult should take you home and stay with you for 24 hours.',
      'For 24 hours, do not drive, drink alcohol, use machines or sign important papers.',
      'If your hospital gives you a longer time, follow their advice.',
    ],
    sources: ['guysSedationEd', 'guysSedation', 'glosSedation'],
  },
  'bowel-relaxant': {
    title: 'After the injection to relax your bowel',
    text: [
      'The injection can make your sight blurred for a short time, usually less than an hour.',
      'Do not drive or use machines until your sight is clear.',
    ],
    sources: ['dorsetBuscopan', 'leedsBuscopan'],
  },
  antiplatelets: {
    title: 'If you have a stent',
    text: [
      'If you have a stent, you will take medicines to stop blood clots.',
      'Examples are aspirin, clopidogrel, ticagrelor or prasugrel.',
      'Never stop taking them unless your heart team tells you to.',
    ],
    sources: ['clevelandStent'],
  },
} satisfies Record<string, SafetyRule>;

export type RuleId = keyof typeof rules;

/**
 * Serious problems a "What are the risks?" section can name, and the signs that
 * let a reader notice each one. A test reads every procedure page's risks
 * section and fails when it names one of these and the page's cards carry
 * none of its signs.
 */
export const complications: { name: string; pattern: RegExp; signs: SignId[] }[] = [
  { name: 'stroke', pattern: /\bstroke\b/i, signs: ['stroke'] },
  { name: 'heart attack', pattern: /heart attack/i, signs: ['chest-pain'] },
  { name: 'serious allergic reaction', pattern: /(allergic|serious) reaction/i, signs: ['severe-allergy'] },
  {
    name: 'infection',
    pattern: /infect/i,
    signs: ['fever', 'puncture-infection', 'device-wound', 'tube-leak', 'joint-infection', 'spine-infection', 'pee-infection'],
  },
  { name: 'damage to a blood vessel', pattern: /damage to (a blood vessel|the artery)/i, signs: ['puncture-bleeding', 'limb-cold'] },
  { name: 'bleeding', pattern: /\bbleed/i, signs: ['puncture-bleeding', 'blood-in-pee', 'vaginal-bleeding', 'tube-leak', 'joint-infection', 'spine-nerves', 'child-pee-blood'] },
  { name: 'a tear in the bowel', pattern: /tear in the (wall of the )?bowel/i, signs: ['belly-pain-severe', 'tube-leak'] },
  { name: 'a blockage in the gut', pattern: /blockage in the gut/i, signs: ['belly-pain-severe'] },
  { name: 'a blood clot in an arm vein', pattern: /clot in an arm vein/i, signs: ['device-symptoms'] },
  { name: 'an air leak from the lung', pattern: /air leak/i, signs: ['breathless-faint'] },
  { name: 'bleeding or nerve damage at the spine', pattern: /(clot around the spine|bleeding inside the head|nerve damage)/i, signs: ['spine-nerves'] },
  { name: 'leaking around a tube', pattern: /leak(ing|s)? around the tube/i, signs: ['tube-leak'] },
];

/** Every card, on every page and on paper, in this order: the most urgent first. */
export const levelOrder: CareLevel[] = ['emergency', 'urgent', 'non-urgent'];

/**
 * What each card says to do and where to go. An emergency card names the
 * local emergency number and carries no links, so nothing leads a reader away.
 */
export const levelText: Record<CareLevel, { heading: string; where: string; child?: string }> = {
  emergency: {
    heading: 'Call your local emergency number now if:',
    where: 'For example, call 911 in the US, 999 in the UK or 112 in Europe. Or go straight to the emergency room (A&E).',
  },
  urgent: {
    heading: 'Get medical help today if:',
    where:
      'Call the hospital number on your letter, or your doctor. If you cannot reach them, use an urgent care service, such as NHS 111 in England.',
  },
  'non-urgent': {
    heading: 'Contact your care team if:',
    where: 'Call the number on your letter, or your doctor (GP). Call them too if anything else worries you.',
  },
};

/**
 * The cards for a page that is not about one test (a guide, or a clinic link
 * that names no test): the signs that matter after the most common tests.
 */
export const generalSigns: SignId[] = [
  'severe-allergy',
  'puncture-bleeding',
  'limb-cold',
  'fever',
  'puncture-infection',
  'late-rash',
  'constipation',
];
