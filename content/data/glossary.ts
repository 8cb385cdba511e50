/**
 * The glossary: one plain sentence for each medical word the guides use.
 * `<Term id="...">` in an article must name an entry here, and every entry here
 * must be used by at least one article (tests/unit/glossary.test.ts).
 */
export type GlossaryEntry = { term: string; definition: string; alsoCalled?: string[] };

export const glossary = {
  angiogram: {
    term: 'Angiogram',
    definition: 'An X-ray picture of blood vessels, taken after X-ray dye is put into them through a thin tube.',
    alsoCalled: ['angiography'],
  },
  'background-radiation': {
    term: 'Background radiation',
    definition: 'The natural radiation we all get every day from the ground, the air, space and food.',
  },
  cardiologist: {
    term: 'Cardiologist',
    definition: 'A doctor who is an expert in the heart and blood vessels.',
  },
  enema: {
    term: 'Enema',
    definition: 'Liquid put into your back passage (rectum) through a small, soft tube.',
  },
  esophagus: {
    term: 'Esophagus',
    definition: 'The food pipe: the tube that carries food from your mouth to your stomach.',
    alsoCalled: ['oesophagus', 'gullet'],
  },
  'general-anesthetic': {
    term: 'General anesthetic',
    definition: 'Medicine that puts you into a deep sleep, so you are not aware of anything during a procedure.',
    alsoCalled: ['general anaesthetic'],
  },
  'iv-line': {
    term: 'IV line',
    definition: 'A thin, soft tube put into a vein, usually in your hand or arm, to give fluids or medicine.',
    alsoCalled: ['cannula', 'drip'],
  },
  pacemaker: {
    term: 'Pacemaker',
    definition: 'A small device put under the skin of your chest that helps your heart beat at a steady rate.',
  },
  stent: {
    term: 'Stent',
    definition: 'A small tube put inside a narrow part of the body, such as an artery, to hold it open.',
  },
  icd: {
    term: 'ICD (implantable cardioverter defibrillator)',
    definition: 'A small device put under the skin of your chest. It can give your heart a shock to fix a dangerous heartbeat.',
  },
  'speech-language-pathologist': {
    term: 'Speech-language pathologist',
    definition: 'A health worker who is an expert in speech and swallowing. In the UK, they are called speech and language therapists.',
    alsoCalled: ['speech and language therapist', 'SLP'],
  },
  ureter: {
    term: 'Ureter',
    definition: 'One of the 2 thin tubes that carry pee (urine) from your kidneys down to your bladder.',
  },
  barium: {
    term: 'Barium',
    definition: 'A chalky white liquid you swallow, or that is put into your bowel, so your gut shows up on X-ray.',
  },
  'c-arm': {
    term: 'C-arm',
    definition: 'An X-ray machine shaped like the letter C. The X-ray tube is at one end and the camera at the other.',
  },
  catheter: {
    term: 'Catheter',
    definition: 'A thin, soft tube that a doctor guides into a blood vessel, the bladder or another part of the body.',
  },
  contrast: {
    term: 'Contrast',
    definition: 'A liquid that shows up clearly on X-ray, so parts of the body that are hard to see stand out.',
    alsoCalled: ['contrast agent', 'X-ray dye'],
  },
  'iodine-contrast': {
    term: 'Iodine-based contrast',
    definition: 'A clear X-ray dye that contains iodine. It is injected into a vein, artery, joint, the bladder or the womb.',
    alsoCalled: ['iodinated contrast'],
  },
  fluoroscopy: {
    term: 'Fluoroscopy',
    definition: 'X-ray imaging that shows a moving picture on a screen, like a video, while the test happens.',
  },
  interventional: {
    term: 'Interventional',
    definition: 'A treatment done through a needle or thin tube, guided by live pictures, instead of open surgery.',
  },
  'local-anesthetic': {
    term: 'Local anesthetic',
    definition: 'A medicine injected into the skin to numb a small area, so you feel pressure but not sharp pain.',
    alsoCalled: ['local anaesthetic'],
  },
  msv: {
    term: 'mSv (millisievert)',
    definition: 'The unit used to compare radiation doses. People get about 3 mSv a year from nature in the US.',
  },
  radiographer: {
    term: 'Radiographer',
    definition: 'A trained health worker who positions you and runs the X-ray machine. In the US, the usual name is radiologic technologist.',
    alsoCalled: ['radiologic technologist', 'X-ray tech'],
  },
  radiologist: {
    term: 'Radiologist',
    definition: 'A doctor who is an expert in medical images. A radiologist reads your pictures and writes the report.',
  },
  sedation: {
    term: 'Sedation',
    definition: 'Medicine, often given through a drip, that makes you relaxed and sleepy while you still breathe on your own.',
  },
} satisfies Record<string, GlossaryEntry>;

export type GlossaryId = keyof typeof glossary;
