/**
 * The one list that turns the words patients type into the words this site
 * uses, for site search (lib/search/query.ts). Each entry's `words` are lay
 * words, abbreviations or misspellings, matched as whole words or phrases
 * (case, punctuation and hyphens ignored); `means` is what the search looks
 * for instead. Entries marked `misspelling` also offer "Did you mean ...?".
 *
 * Add a line when a real question misses its page because of a word: see
 * tests/fixtures/patient-questions.json and `npm run bench`.
 */
export type SearchTerm = { words: string[]; means: string; misspelling?: true };

export const searchTerms: SearchTerm[] = [
  // Misspellings seen in real questions, and common ones of the site's own words.
  { words: ['fluroscopy', 'flouroscopy', 'floroscopy', 'fluoroscophy', 'fluroscope', 'flouroscope'], means: 'fluoroscopy', misspelling: true },
  { words: ['myelagram', 'myleogram', 'mylogram', 'myelogramme', 'milogram'], means: 'myelogram', misspelling: true },
  { words: ['small bowell follow thru', 'small bowel follow thru', 'small bowell follow through', 'small bowel follow-thru'], means: 'small bowel follow-through', misspelling: true },
  { words: ['bowell'], means: 'bowel', misspelling: true },
  { words: ['barium swollow', 'barium swallo', 'barrium swallow', 'barium swallowe'], means: 'barium swallow', misspelling: true },
  { words: ['barrium', 'bariam', 'baruim'], means: 'barium', misspelling: true },
  { words: ['hysterosalpinogram', 'hysterosalpingiogram', 'histerosalpingogram', 'hysterosalpingagram'], means: 'hysterosalpingogram', misspelling: true },
  { words: ['arthogram', 'arthrogramm', 'athrogram'], means: 'arthrogram', misspelling: true },
  { words: ['angiagram', 'angeogram', 'angiogramme'], means: 'angiogram', misspelling: true },
  { words: ['pacemacker', 'pace maker', 'peacemaker'], means: 'pacemaker', misspelling: true },
  { words: ['lumber puncture', 'lumbar punture', 'lumbar punction'], means: 'lumbar puncture', misspelling: true },
  { words: ['pyleogram', 'pylogram', 'pielogram'], means: 'pyelogram', misspelling: true },
  { words: ['cystourethragram', 'cystourethogram'], means: 'cystourethrogram', misspelling: true },
  { words: ['catheterisation', 'catherization', 'cathetarization'], means: 'catheterization', misspelling: true },
  { words: ['pregnet', 'pregant', 'pregnat'], means: 'pregnant', misspelling: true },
  { words: ['radation', 'raditation'], means: 'radiation', misspelling: true },
  { words: ['contrest', 'constrast'], means: 'contrast', misspelling: true },

  // Everyday names and abbreviations of the tests.
  { words: ['heart cath', 'cardiac cath', 'heart catheterization', 'heart catheter', 'cardiac catheterization', 'cath lab', 'coronary angiogram', 'heart angiogram', 'angioplasty'], means: 'coronary angiography' },
  { words: ['spinal tap', 'spinal fluid test', 'lp'], means: 'lumbar puncture' },
  { words: ['barium meal', 'upper gi', 'upper gastrointestinal', 'ugi'], means: 'upper gi series' },
  { words: ['sbft', 'small bowel series', 'small intestine x-ray'], means: 'small bowel follow-through' },
  { words: ['barium enema', 'lower gi', 'colon x-ray'], means: 'contrast enema' },
  { words: ['esophagram', 'oesophagram', 'swallow x-ray'], means: 'barium swallow' },
  { words: ['modified barium swallow', 'mbs', 'mbss', 'vfss', 'video fluoroscopy', 'videofluoroscopy', 'video fluoroscopic', 'videofluoroscopic', 'cookie swallow', 'swallowing test'], means: 'swallow study' },
  { words: ['peg', 'peg tube', 'rig', 'g tube', 'gastrostomy', 'stomach tube'], means: 'feeding tube' },
  { words: ['vcug', 'mcug', 'bladder x-ray', 'reflux test'], means: 'voiding cystourethrogram' },
  { words: ['hsg', 'tube test', 'dye test for tubes'], means: 'hysterosalpingogram' },
  { words: ['epidural steroid injection', 'epidural injection', 'steroid injection', 'facet injection', 'facet joint injection', 'nerve block', 'cortisone shot', 'esi', 'epidural'], means: 'spinal injection' },
  { words: ['pm', 'icd', 'defibrillator', 'heart device'], means: 'pacemaker' },
  { words: ['retrograde', 'ureter x-ray'], means: 'retrograde pyelogram' },
  { words: ['joint injection x-ray', 'mr arthrogram', 'mri arthrogram'], means: 'arthrogram' },
  { words: ['live x-ray', 'x-ray video', 'moving x-ray'], means: 'fluoroscopy' },

  // Everyday words for what the site talks about.
  { words: ['dye', 'x-ray dye', 'contrast dye'], means: 'dye' },
  { words: ['iodine allergy', 'allergic to iodine', 'shellfish', 'seafood', 'allergy to dye'], means: 'allergic dye' },
  { words: ['fetus', 'foetus', 'embryo', 'unborn'], means: 'pregnant' },
  { words: ['child', 'children', 'kid', 'kids', 'son', 'daughter', 'toddler'], means: 'child children' },
  { words: ['pregnancy'], means: 'pregnant' },
  { words: ['pain relief', 'painkiller', 'painkillers', 'pain killers'], means: 'pain relief' },
  // Kept as they are, so the general rule for "pain" below does not change them.
  { words: ['back pain'], means: 'back pain' },
  { words: ['neck pain'], means: 'neck pain' },
  { words: ['joint pain'], means: 'joint pain' },
  { words: ['chest pain'], means: 'chest pain' },
  { words: ['pain', 'painful', 'hurts', 'sore', 'discomfort'], means: 'hurt' },
  { words: ['dangerous', 'danger', 'harmful', 'side effects', 'side effect', 'complications'], means: 'risks' },
  { words: ['paralysis', 'paralyzed', 'paralysed', 'paralyze', 'paralyse'], means: 'spinal cord' },
  { words: ['radioactive', 'radiation residue'], means: 'radioactive' },
  { words: ['performed', 'carried out', 'what is involved', 'involved in', 'how is it done'], means: 'happens during' },
  { words: ['back to normal', 'recovery', 'recover', 'recovering'], means: 'afterwards' },
  { words: ['asleep', 'knocked out'], means: 'awake' },
  { words: ['sedate', 'sedated', 'put to sleep'], means: 'sedation' },
  { words: ['exposure', 'x-ray exposure', 'effective dose'], means: 'radiation dose' },
  { words: ['poop', 'poo', 'stool', 'stools'], means: 'poop' },
];
