import type { Source } from '../schema/source';

/**
 * The one registry of sources: one entry per publisher page, referenced by key
 * from front matter (`sources:`), from in-text citations (`<Cite src="key" />`)
 * and from the typed data files, so a moved page is fixed here once.
 */
export const dataSources = {
  mettler2008: {
    publisher: 'Radiology (Radiological Society of North America)',
    title: 'Effective doses in radiology and diagnostic nuclear medicine: a catalog (Mettler and others, 2008)',
    url: 'https://pubs.rsna.org/doi/10.1148/radiol.2481071451',
  },
  msdTypicalDoses: {
    publisher: 'MSD Manual Professional Version',
    title: 'Typical radiation doses',
    url: 'https://www.msdmanuals.com/professional/multimedia/table/typical-radiation-doses',
  },
  ukPatientDose: {
    publisher: 'GOV.UK (UK Health Security Agency)',
    title: 'Patient dose information: guidance',
    url: 'https://www.gov.uk/government/publications/medical-radiation-patient-doses/patient-dose-information-guidance',
  },
  ibdDoseTable: {
    publisher: 'Canadian Journal of Gastroenterology and Hepatology',
    title: 'Diagnostic radiation exposure in patients with inflammatory bowel disease (2019), table 1',
    url: 'https://www.hindawi.com/journals/cjgh/2019/2030735/tab1/',
  },
  perisinakisHsg: {
    publisher: 'European Radiology (via PubMed)',
    title: 'Patient exposure and associated radiation risks from fluoroscopically guided hysterosalpingography (Perisinakis and others, 2003)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/12835963/',
  },
  msdAnnualExposure: {
    publisher: 'MSD Manual Consumer Version',
    title: 'Annual radiation exposure in the United States',
    url: 'https://www.msdmanuals.com/home/multimedia/table/annual-radiation-exposure-in-the-united-states',
  },
  blackpoolBarium: {
    publisher: 'Blackpool Teaching Hospitals NHS Foundation Trust',
    title: 'Barium swallow and meal (patient leaflet)',
    url: 'https://blackpoolteachinghospitals.nhs.uk/patients/patient-leaflets/PL-1272',
  },
  cancerIeBarium: {
    publisher: 'Irish Cancer Society',
    title: 'Barium X-rays',
    url: 'https://www.cancer.ie/cancer-information-and-support/cancer-information/about-cancer/cancer-tests/barium-x-rays',
  },
  radiologyAssociatesUgi: {
    publisher: 'Radiology Associates, Little Rock',
    title: 'Exam preparation: upper GI',
    url: 'https://rapaxray.com/patients/exam-prep-upper-gi',
  },
  peaceHealthSbft: {
    publisher: 'PeaceHealth',
    title: 'Small bowel follow through',
    url: 'https://www.peacehealth.org/peace-harbor/services/imaging-services/radiology/Pages/small-bowel-follow-through',
  },
  mayoBariumEnema: {
    publisher: 'Mayo Clinic',
    title: 'Barium enema: what you can expect',
    url: 'https://www.mayoclinic.org/tests-procedures/barium-enema/basics/what-you-can-expect/prc-20019174',
  },
  hseBariumEnema: {
    publisher: 'HSE (Health Service Executive, Ireland)',
    title: 'Barium enema',
    url: 'https://www.hse.ie/eng/health/az/b/barium-enema/introduction.html',
  },
  ucsfHsg: {
    publisher: 'UCSF Radiology',
    title: 'How to prepare for a hysterosalpingogram',
    url: 'https://radiology.ucsf.edu/patient-care/prepare/hysterosalpingogram',
  },
  rileyVcug: {
    publisher: "Riley Children's Health",
    title: 'Pediatric voiding cystourethrogram',
    url: 'https://www.rileychildrens.org/health-info/pediatric-voiding-cystourethrogram',
  },
  waltonMyelogram: {
    publisher: 'The Walton Centre NHS Foundation Trust',
    title: 'Fluoroscopy (including myelogram)',
    url: 'https://www.thewaltoncentre.nhs.uk/departments-and-services/fluoroscopy/416817',
  },
  nhsAngiography: {
    publisher: 'NHS',
    title: 'Angiography',
    url: 'https://www.nhs.uk/conditions/angiography/',
  },
  nhsInformCoronary: {
    publisher: 'NHS inform',
    title: 'Coronary angiography',
    url: 'https://www.nhsinform.scot/tests-and-treatments/scans-and-x-rays/coronary-angiography',
  },
  hullPacemaker: {
    publisher: 'Hull University Teaching Hospitals NHS Trust',
    title: 'Pacemaker implantation (patient leaflet)',
    url: 'https://www.hey.nhs.uk/patient-leaflet/pacemaker-implantation/',
  },
  sghPacemaker: {
    publisher: 'Singapore General Hospital',
    title: 'Pacemaker: treatment',
    url: 'https://www.sgh.com.sg/patient-care/conditions-treatments/pacemaker/treatment',
  },
  tidewaterArthrogram: {
    publisher: 'Tidewater Diagnostic Imaging',
    title: 'Arthrography',
    url: 'https://tidewaterdiagnostic.com/procedures/orthopedic-injections/arthrography/',
  },
  oregonImagingHsg: {
    publisher: 'Oregon Imaging Centers',
    title: 'Hysterosalpingogram',
    url: 'https://oregonimaging.com/Services/Fluoroscopy/Types-of-Scans/Hysterosalpingogram',
  },
  webmdHsg: {
    publisher: 'WebMD',
    title: 'Hysterosalpingogram',
    url: 'https://www.webmd.com/infertility-and-reproduction/guide/hysterosalpingogram',
  },
  stLukesArthrogram: {
    publisher: "St. Luke's University Health Network",
    title: 'Arthrography',
    url: 'https://www.slhn.org/~/link.aspx?_id=BB9A2E01E15440CDBC4804ED0BC42155&_z=z',
  },
  // Behind the warning signs and shared rules of content/data/safety.ts.
  nhsCoronaryRecovery: {
    publisher: 'NHS',
    title: 'Recovery - Cardiac catheterisation and coronary angiography',
    url: 'https://www.nhs.uk/conditions/coronary-angiography/recovery/',
  },
  nhsAngiographyRisks: {
    publisher: 'NHS',
    title: 'Angiography - Risks',
    url: 'https://www.nhs.uk/conditions/angiography/risks/',
  },
  northernCareCoronary: {
    publisher: 'Northern Care Alliance NHS Foundation Trust',
    title: 'Cardiology - discharge information following your coronary angiogram',
    url: 'https://northerncarealliance.nhs.uk/patient-information/patient-leaflets/cardiology-discharge-information-following-your-coronary-angiogram',
  },
  royalFreeDischarge: {
    publisher: 'Royal Free London NHS Foundation Trust',
    title: 'Coronary angiogram - discharge advice',
    url: 'https://www.royalfree.nhs.uk/services/services-a-z/cardiology/coronary-angiogram/discharge-advice/',
  },
  esurLateReactions: {
    publisher: 'European Radiology (ESUR Contrast Media Safety Committee)',
    title: 'Late adverse reactions to intravascular iodine-based contrast media (2011)',
    url: 'https://link.springer.com/article/10.1007/s00330-011-2200-9',
  },
  guysSedation: {
    publisher: "Guy's and St Thomas' NHS Foundation Trust",
    title: 'Instructions after anaesthetic or sedation',
    url: 'https://www.guysandstthomas.nhs.uk/health-information/anaesthetic/instructions-after-anaesthetic-or-sedation',
  },
  nhsPacemakerRisks: {
    publisher: 'NHS',
    title: 'Pacemaker implantation - risks',
    url: 'https://www.nhs.uk/conditions/pacemaker-implantation/risks/',
  },
  hullPacemakerAdvice: {
    publisher: 'Hull University Teaching Hospitals NHS Trust',
    title: 'Advice following pacemaker implantation',
    url: 'https://www.hey.nhs.uk/patient-leaflet/advice-following-pacemaker-implantation/',
  },
  hullIcd: {
    publisher: 'Hull University Teaching Hospitals NHS Trust',
    title: 'Defibrillator (ICD) implantation',
    url: 'https://www.hey.nhs.uk/patient-leaflet/defibrillator-icd-implantation/',
  },
  cuhHsg: {
    publisher: 'Cambridge University Hospitals NHS Foundation Trust',
    title: 'Hysterosalpingogram (HSG) - information for patients',
    url: 'https://www.cuh.nhs.uk/patient-information/hysterosalpingogram-hsg-information-for-patients/',
  },
  dudleyHsg: {
    publisher: 'The Dudley Group NHS Foundation Trust',
    title: 'Hysterosalpingogram',
    url: 'https://www.dgft.nhs.uk/leaflet/hysterosalpingogram',
  },
  cuhSkin: {
    publisher: 'Cambridge University Hospitals NHS Foundation Trust',
    title: 'Interventional radiology and cardiology - possible radiation side effects',
    url: 'https://cuh.nhs.uk/patient-information/interventional-radiology-possible-side-effects',
  },
  allinaSkin: {
    publisher: 'Allina Health',
    title: 'Fluoroscopy',
    url: 'https://account.allinahealth.org/services/880',
  },
  nhsLumbarPuncture: {
    publisher: 'NHS',
    title: 'Side effects of a lumbar puncture',
    url: 'https://www.nhs.uk/Conditions/Lumbar-puncture/Pages/Side-effects.aspx',
  },
  waltonLumbarPuncture: {
    publisher: 'The Walton Centre NHS Foundation Trust',
    title: 'Lumbar puncture (patient leaflet)',
    url: 'https://www.thewaltoncentre.nhs.uk/patient-leaflets/lumbar-puncture/631553',
  },
  southTeesEpidural: {
    publisher: 'South Tees Hospitals NHS Foundation Trust',
    title: 'Epidural steroid injection',
    url: 'https://www.southtees.nhs.uk/services/pain-management/interventions/epidural-steroid-injection/',
  },
  hullFacet: {
    publisher: 'Hull University Teaching Hospitals NHS Trust',
    title: 'Facet joint injection',
    url: 'https://www.hey.nhs.uk/patient-leaflet/facet-joint-injection/',
  },
  urologyCareRetrograde: {
    publisher: 'Urology Care Foundation (American Urological Association)',
    title: 'What happens during retrograde pyelography?',
    url: 'https://www.urologyhealth.org/urologic-conditions/retrograde-pyelography/procedure',
  },
  bausStent: {
    publisher: 'British Association of Urological Surgeons',
    title: 'Ureteric stent insertion',
    url: 'https://www.baus.org.uk/patients/information_leaflets/183/ureteric_stent_insertion',
  },
  mayoCystoscopy: {
    publisher: 'Mayo Clinic',
    title: 'Cystoscopy - risks',
    url: 'https://www.mayoclinic.org/tests-procedures/cystoscopy/about/risks/cmc-20393690',
  },
  aboutKidsHealthVcug: {
    publisher: 'AboutKidsHealth (The Hospital for Sick Children)',
    title: 'Voiding cystourethrogram (VCUG) - caring for your child at home after the procedure',
    url: 'https://www.aboutkidshealth.ca/En/HealthAZ/TestsAndTreatments/Tests/Pages/Voiding-Cystourethrogram-VCUG-Caring-for-Your-Child-at-Home-After-the-Procedure.aspx',
  },
  eshtBariumEnema: {
    publisher: 'East Sussex Healthcare NHS Trust',
    title: 'Barium studies, barium and water-soluble enema',
    url: 'https://www.esht.nhs.uk/leaflet/barium-studies-barium-water-soluble-enema/',
  },
  cancerNorthBarium: {
    publisher: 'Cancer North (NHS)',
    title: 'Barium enema, what about afterwards?',
    url: 'https://www.cancernorth.nhs.uk/Tests/Commontests/Bariumenema/Whataboutafterwards',
  },
  // Guides and site pages.
  ukPopulationExposure2010: {
    publisher: 'GOV.UK (Public Health England, now UK Health Security Agency)',
    title: 'Ionising radiation exposure of the UK population: 2010 review',
    url: 'https://www.gov.uk/government/publications/ionising-radiation-exposure-of-the-uk-population-2010-review',
  },
  waDoseLimits: {
    publisher: 'Government of Western Australia, Department of Health (Imaging Pathways)',
    title: 'Radiation dose limits',
    url: 'https://www.imagingpathways.health.wa.gov.au/radiation/pages/ric_limits.html',
  },
  crpaPregnantXray: {
    publisher: 'Canadian Radiation Protection Association',
    title: 'I got an X-ray not knowing that I was pregnant. Should I get an abortion?',
    url: 'https://crpa-acrp.org/home/?wp_super_faq=i-got-an-x-ray-not-knowing-that-i-was-pregnant-should-i-get-an-abortion',
  },
  esurPregnancyLactation: {
    publisher: 'European Radiology (European Society of Urogenital Radiology, Contrast Media Safety Committee)',
    title: 'The use of iodinated and gadolinium contrast media during pregnancy and lactation (Webb and others, 2005)',
    url: 'https://doi.org/10.1007/s00330-004-2583-y',
  },
  canadianCancerErcp: {
    publisher: 'Canadian Cancer Society',
    title: 'Endoscopic retrograde cholangiopancreatography (ERCP)',
    url: 'https://cancer.ca/en/cancer-information/resources/glossary/e/endoscopic-retrograde-cholangiopancreatography-ercp',
  },
  msdContrastReactions: {
    publisher: 'MSD Manual Professional Version',
    title: 'Radiographic contrast agents and contrast reactions',
    url: 'https://www.msdmanuals.com/professional/special-subjects/principles-of-radiologic-imaging/radiographic-contrast-agents-and-contrast-reactions',
  },
  balterSkinReactions: {
    publisher: 'American Journal of Roentgenology',
    title: 'Patient skin reactions from interventional fluoroscopy procedures (Balter and Miller, 2014)',
    url: 'https://www.ajronline.org/doi/10.2214/AJR.13.12029',
  },
  nbtGastrostomy: {
    publisher: 'North Bristol NHS Trust',
    title: 'Gastrostomy',
    url: 'https://www.nbt.nhs.uk/our-services/a-z-services/imaging-x-ray/imaging-patient-information/gastrostomy',
  },
  plymouthRig: {
    publisher: 'University Hospitals Plymouth NHS Trust',
    title: 'Radiologically inserted gastrostomy (RIG)',
    url: 'https://www.plymouthhospitals.nhs.uk/display-pil/pil-radiologically-inserted-gastrostomy-rig-7922',
  },
  chelwestArthrogram: {
    publisher: 'Chelsea and Westminster Hospital NHS Foundation Trust',
    title: 'Arthrogram and joint injection',
    url: 'https://chelwest.nhs.uk/your-visit/patient-leaflets/imaging/arthrogram-and-joint-injection',
  },
  plymouthFluoroscopy: {
    publisher: 'University Hospitals Plymouth NHS Trust',
    title: 'Fluoroscopy (including barium swallow and enemas)',
    url: 'https://www.plymouthhospitals.nhs.uk/fluoroscopy',
  },
  asha: {
    publisher: 'American Speech-Language-Hearing Association (ASHA)',
    title: 'Videofluoroscopic swallow study (VFSS)',
    url: 'https://asha.org/practice-portal/resources/videofluoroscopic-swallow-study',
  },
  ucsfMyelogram: {
    publisher: 'UCSF Radiology',
    title: 'Myelogram: overview, preparation tips and side effects',
    url: 'https://radiology.ucsf.edu/node/6629',
  },
  yeovilBariumEnema: {
    publisher: 'Yeovil District Hospital NHS Foundation Trust',
    title: 'Having a barium enema',
    url: 'https://yeovilhospital.co.uk/having-a-barium-enema/',
  },
  leedsCoronary: {
    publisher: 'Leeds Teaching Hospitals NHS Trust',
    title: 'Understanding coronary angiography and coronary intervention',
    url: 'https://www.leedsth.nhs.uk/patients/resources/understanding-coronary-angiography-and-coronary-intervention/',
  },
  hullCoronaryDischarge: {
    publisher: 'Hull University Teaching Hospitals NHS Trust',
    title: 'After a coronary angiogram or angioplasty procedure: discharge information for patients',
    url: 'https://www.hey.nhs.uk/patient-leaflet/coronary-angiogram-angioplasty-procedure-discharge-information-patients/',
  },
  royalFreeAngiogram: {
    publisher: 'Royal Free London NHS Foundation Trust',
    title: 'Coronary angiogram',
    url: 'https://www.royalfree.nhs.uk/services/services-a-z/cardiology/coronary-angiogram/',
  },
  clevelandStent: {
    publisher: 'Cleveland Clinic',
    title: 'In-stent restenosis: outlook and prognosis',
    url: 'https://my.clevelandclinic.org/health/diseases/17132-cad-in-stent-restenosis/outlook--prognosis',
  },
  nwasStroke: {
    publisher: 'North West Ambulance Service NHS Trust',
    title: 'Recognising stroke in other people',
    url: 'https://www.nwas.nhs.uk/our-services/managing-clinical-conditions/recognising-a-stroke/recognising-stroke-in-other-people/',
  },
  lhchShockPlan: {
    publisher: 'Liverpool Heart and Chest Hospital NHS Foundation Trust',
    title: 'Implantable cardioverter defibrillator (ICD): shock plan',
    url: 'https://www.lhch.nhs.uk/implantable-cardioverter-defibrillator-icd---shock-plan',
  },
  chelwestPacemaker: {
    publisher: 'Chelsea and Westminster Hospital NHS Foundation Trust',
    title: 'Post pacemaker implant',
    url: 'https://www.chelwest.nhs.uk/your-visit/patient-leaflets/medicine-services/post-pacemaker-implant',
  },
  blackpoolDriving: {
    publisher: 'Blackpool Teaching Hospitals NHS Foundation Trust',
    title: 'Lancashire Cardiac Centre: driving',
    url: 'https://www.bfwh.nhs.uk/our-services/lancashire-cardiac-centre/information-for-patients/faq/driving/',
  },
  rchGastrostomy: {
    publisher: "The Royal Children's Hospital Melbourne",
    title: 'Gastrostomy: acute replacement of displaced tubes (clinical guideline)',
    url: 'https://www.rch.org.au/clinicalguide/guideline_index/Gastrostomy_acute_replacement_of_displaced_tubes/',
  },
  kentGastrostomy: {
    publisher: 'Kent Community Health NHS Foundation Trust',
    title: 'What to do if your gastrostomy feeding tube comes out',
    url: 'https://www.kentcht.nhs.uk/leaflet/what-do-to-if-your-gastrostomy-feeding-tube-comes-out',
  },
  rightDecisionsGtube: {
    publisher: 'NHS Scotland (Right Decisions)',
    title: 'G-tube and Monarch gastrostomy tube: frequently asked questions',
    url: 'https://www.rightdecisions.scot.nhs.uk/paediatric-guidelines-in-development/gastroenterology/g-tube-and-monarch-gastrostomy-tube/frequently-asked-questions-faqs',
  },
  northernCareRig: {
    publisher: 'Northern Care Alliance NHS Foundation Trust',
    title: 'Radiology: radiologically inserted gastrostomy (RIG)',
    url: 'https://www.northerncarealliance.nhs.uk/patient-information/patient-leaflets/radiology-radiologically-inserted-gastrostomy-rig',
  },
  dorsetBuscopan: {
    publisher: 'Dorset County Hospital NHS Foundation Trust',
    title: 'Buscopan (patient information)',
    url: 'https://dchft.nhs.uk/?p=178130',
  },
  leedsBuscopan: {
    publisher: 'Leeds Teaching Hospitals NHS Trust',
    title: 'The use of hyoscine butylbromide in radiotherapy MRI planning scans',
    url: 'https://www.leedsth.nhs.uk/patients/resources/the-use-of-hyoscine%E2%80%91n-butylbromide-in-radiotherapy-mri-planning-scans/',
  },
  kingEdwardBuscopan: {
    publisher: "King Edward VII's Hospital",
    title: 'Buscopan: patient information',
    url: 'https://www.kingedwardvii.co.uk/services/diagnostic-imaging/buscopan-patient-information',
  },
  guysSedationEd: {
    publisher: "Guy's and St Thomas' NHS Foundation Trust",
    title: 'Sedation in the emergency department',
    url: 'https://www.guysandstthomas.nhs.uk/health-information/sedation-emergency-department',
  },
  glosSedation: {
    publisher: 'Gloucestershire Hospitals NHS Foundation Trust',
    title: 'Instructions for going home after having received sedation',
    url: 'https://www.gloshospitals.nhs.uk/your-visit/patient-information-leaflets/instructions-going-home-after-having-received-sedation/',
  },
  sussexLumbarPuncture: {
    publisher: 'University Hospitals Sussex NHS Foundation Trust',
    title: 'Lumbar puncture aftercare (patient information leaflet)',
    url: 'https://www.uhsussex.nhs.uk/news/resources_type/patient-information-leaflet',
  },
  rutherfordMyelogram: {
    publisher: 'Rutherford Regional Health System',
    title: 'Myelogram',
    url: 'https://www.myrutherfordregional.com/services/outpatient-and-surgery-center/myelogram',
  },
  uiHealthPain: {
    publisher: 'University of Illinois Hospital and Health Sciences System',
    title: 'Pain management: after your procedure',
    url: 'https://www.hospital.uillinois.edu/primary-and-specialty-care/pain-management/after-your-procedure',
  },
  blackpoolEpidural: {
    publisher: 'Blackpool Teaching Hospitals NHS Foundation Trust',
    title: 'Post epidural discharge advice',
    url: 'https://blackpoolteachinghospitals.nhs.uk/patients/patient-leaflets/post-epidural-discharge-advice',
  },
  floridaXrayHsg: {
    publisher: 'Florida X-Ray',
    title: 'Hysterosalpingography',
    url: 'https://floridaxray.com/services/hysterosalpingography/',
  },
  summitArthrogram: {
    publisher: 'Summit Healthcare',
    title: 'Arthrogram',
    url: 'https://summithealthcare.net/diagnostic-imaging/arthrogram/',
  },
  albertaVcug: {
    publisher: 'MyHealth.Alberta.ca (Alberta Health Services)',
    title: 'Voiding cystourethrogram (VCUG) in children: what to expect at home',
    url: 'https://myhealth.alberta.ca/health/AfterCareInformation/pages/conditions.aspx?hwid=abk9122',
  },
  royalFreeStent: {
    publisher: 'Royal Free London NHS Foundation Trust',
    title: 'Ureteric stent insertion',
    url: 'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/ureteric-stent-insertion',
  },
  hullStentRemoval: {
    publisher: 'Hull University Teaching Hospitals NHS Trust',
    title: 'Ureteric stent removal under local anaesthetic: discharge advice',
    url: 'https://www.hey.nhs.uk/patient-leaflet/ureteric-stent-removal-local-anaesthetic-discharge-advice/',
  },
  providenceStent: {
    publisher: 'Providence',
    title: 'Ureteral stent',
    url: 'https://www.providence.org/treatments/ureteral-stent',
  },
  ukhcDelayedContrast: {
    publisher: 'UK HealthCare (University of Kentucky)',
    title: 'Delayed reaction to IV contrast',
    url: 'https://ukhcib.staywellsolutionsonline.com/Library/Encyclopedia/22,339',
  },
  nhsAngiographyComplications: {
    publisher: 'NHS',
    title: 'Angiography: complications',
    url: 'https://www.nhs.uk/Conditions/Angiography/Pages/Complications.aspx',
  },
  fdaFluoroscopy: {
    publisher: 'US Food and Drug Administration',
    title: 'Fluoroscopy',
    url: 'https://www.fda.gov/radiation-emitting-products/medical-x-ray-imaging/fluoroscopy',
  },
  royalCoronaryAngiogram: {
    publisher: 'Royal Free London NHS Foundation Trust',
    title: 'Coronary angiogram, after your angiogram',
    url: 'https://www.royalfree.nhs.uk/services/services-a-z/cardiology/coronary-angiogram/after-your-angiogram/',
  },
  blackpoolDischargeAdvice: {
    publisher: 'Blackpool Teaching Hospitals NHS Foundation Trust',
    title: 'Discharge advice after coronary angioplasty (femoral and radial)',
    url: 'https://blackpoolteachinghospitals.nhs.uk/patients/patient-leaflets/discharge-advice-coronary-angioplasty-femoral-and-radial',
  },
  northSkinCare: {
    publisher: 'North Bristol NHS Trust',
    title: 'Skin care advice following radiology procedures',
    url: 'https://nbt.nhs.uk/our-services/a-z-services/imaging-x-ray/imaging-patient-information/skin-care-advice-following-radiology-procedures',
  },
  americanInterviewStephen: {
    publisher: 'American Roentgen Ray Society (AJR InBrief)',
    title: 'Interview with Stephen Balter on patient skin reactions (2014)',
    url: 'https://arrs.org/AJR/InBriefArchive/1404InBrief.aspx',
  },
  uwModerateSedation: {
    publisher: 'UW Health',
    title: 'Moderate sedation',
    url: 'https://patient.uwhealth.org/healthfacts/5821.html',
  },
  oghFluoroscopyArthrograms: {
    publisher: 'OGH Imaging',
    title: 'Fluoroscopy and arthrograms',
    url: 'https://www.oghimaging.com/fluoroscopy',
  },
  torranceXRay: {
    publisher: 'Torrance Memorial Medical Center',
    title: 'X-ray and fluoroscopy',
    url: 'https://torrancememorial.org/medical-services/radiology/tests/xray-fluoroscopy',
  },
  americanImagingRadiology: {
    publisher: 'American Cancer Society',
    title: 'Imaging (radiology) tests for cancer',
    url: 'https://www.cancer.org/cancer/diagnosis-staging/tests/imaging-tests/imaging-radiology-tests-for-cancer.html',
  },
  dartfordCoronaryAngiography: {
    publisher: 'Dartford and Gravesham NHS Trust',
    title: 'Coronary angiography',
    url: 'https://www.dgt.nhs.uk/services/a-z-services/cardiology/coronary-angiography',
  },
  usReduceRadiation: {
    publisher: 'US Department of Health and Human Services',
    title: 'How can I reduce radiation exposure from X-rays?',
    url: 'https://hhs.gov/answers/public-health-and-safety/how-can-i-reduce-radiation-exposure-from-x-rays/index.html',
  },
  // Digestive, bladder, kidney and womb tests.
  perisinakisVcug: {
    publisher: 'European Radiology (via PubMed)',
    title: 'Fluoroscopy-controlled voiding cystourethrography in infants and children: are the radiation risks trivial? (Perisinakis and others, 2006)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/16328446/',
  },
  hkmjVoidingUrosonography: {
    publisher: 'Hong Kong Medical Journal',
    title: 'Paediatric vesicoureteric reflux imaging: novel ultrasound-based voiding urosonography (Tse and others, 2014)',
    url: 'https://www.hkmj.org/abstracts/v20n5/437.htm',
  },
  crawleySwallowDose: {
    publisher: 'British Journal of Radiology (via PubMed)',
    title: 'Patient and operator dose during fluoroscopic examination of swallow mechanism (Crawley and others, 2004)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/15326042/',
  },
  blakeboroughBariumEnema: {
    publisher: 'Clinical Radiology (via PubMed)',
    title: 'Complications of barium enema examinations: a survey of UK consultant radiologists 1992 to 1994 (Blakeborough and others, 1997)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/9043049/',
  },
  stJamesBariumMeal: {
    publisher: "St James's Hospital, Dublin",
    title: 'Barium meal',
    url: 'https://www.stjames.ie/services/diagim/bariumimagingfluoroscopy/bariummeal/',
  },
  perthBariumMeal: {
    publisher: 'Perth Radiological Clinic',
    title: 'Barium meal',
    url: 'https://perthradclinic.com.au/service/barium-meal',
  },
  jolimontColonoscopyPrep: {
    publisher: 'Jolimont Endoscopy',
    title: 'Preparation for colonoscopy',
    url: 'https://jolimont.com.au/index.php?menu=patient-information//&content=preparation-colonoscopy',
  },
  northernCareHsg: {
    publisher: 'Northern Care Alliance NHS Foundation Trust',
    title: 'Radiology - hysterosalpingogram',
    url: 'https://northerncarealliance.nhs.uk/patient-information/patient-leaflets/radiology-hysterosalpingogram',
  },
  newcastleHsg: {
    publisher: 'Newcastle upon Tyne Hospitals NHS Foundation Trust',
    title: 'Hysterosalpingogram',
    url: 'https://www.newcastle-hospitals.org.uk/services/radiology_xrays-and-scans_fluoroscopy_hysterosalpingogram.aspx',
  },
  nbtHsg: {
    publisher: 'North Bristol NHS Trust',
    title: 'Hysterosalpingogram (HSG)',
    url: 'https://www.nbt.nhs.uk/our-services/a-z-services/imaging-x-ray/imaging-patient-information/hysterosalpingogram-hsg',
  },
  chelwestHsg: {
    publisher: 'Chelsea and Westminster Hospital NHS Foundation Trust',
    title: 'HSG (hysterosalpingography)',
    url: 'https://www.chelwest.nhs.uk/your-visit/patient-leaflets/womens-services/hsg-hysterosalpingography',
  },
  gatesheadHsg: {
    publisher: 'Gateshead Health NHS Foundation Trust',
    title: 'Radiology patient information, hysterosalpingogram (HSG)',
    url: 'https://www.gatesheadhealth.nhs.uk/news/resources_topic/radiology/',
  },
  uihcHsg: {
    publisher: 'University of Iowa Health Care',
    title: 'Hysterosalpingogram (HSG)',
    url: 'https://uihc.org/services/hysterosalpingogram-hsg',
  },
  hullHycosy: {
    publisher: 'Hull University Teaching Hospitals NHS Trust',
    title: 'Hysterosalpingo contrast sonography (HyCoSy) - aftercare',
    url: 'https://www.hey.nhs.uk/patient-leaflet/hysterosalpingo-contrast-sonography-hycosy-aftercare',
  },
  ggcTubalPatency: {
    publisher: 'NHS Greater Glasgow and Clyde (Right Decisions)',
    title: 'Tubal patency testing (HSG/HyCoSy) eligibility',
    url: 'https://rightdecisions.scot.nhs.uk/ggc-clinical-guidelines/gynaecology/gynaecology-guidelines/tubal-patency-testing-hsghycosy-eligibility-690',
  },
  healthAskExperts: {
    publisher: 'Health Physics Society',
    title: 'Ask the Experts, question 13600 (do patients give off radiation after X-rays?)',
    url: 'https://hps.org/publicinformation/ate/q13600.html',
  },
  internationalPreventionIncidents: {
    publisher: 'International Atomic Energy Agency (IAEA)',
    title: 'Prevention of incidents in diagnostic and interventional procedures',
    url: 'https://humanhealth.iaea.org/HHW/MedicalPhysics/DiagnosticRadiology/RadiationProtection/PreventionIncidents/index.html',
  },
  northBariumSwallow: {
    publisher: 'North Bristol NHS Trust',
    title: 'Barium swallow',
    url: 'https://www.nbt.nhs.uk/our-services/a-z-services/imaging-x-ray/imaging-patient-information/barium-swallow',
  },
  newcastleBariumSwallow: {
    publisher: 'Newcastle upon Tyne Hospitals NHS Foundation Trust',
    title: 'Barium swallow and meal',
    url: 'https://www.newcastle-hospitals.org.uk/services/radiology_xrays-and-scans_fluoroscopy_barium-swallow-and-meal.html',
  },
  lifebridgeFluoroscopy: {
    publisher: 'LifeBridge Health',
    title: 'Fluoroscopy',
    url: 'https://lifebridgehealth.org/diagnostics/fluoroscopy',
  },
  ucInterventionalRadiology: {
    publisher: 'UC Davis Health',
    title: 'Interventional radiology, comfort and safety',
    url: 'https://health.ucdavis.edu/radiology/mymri/myexam/myir/comfort/IRcomfort.html',
  },
  msdRadiographicContrast: {
    publisher: 'MSD Manual Consumer Version',
    title: 'Radiographic contrast agents',
    url: 'https://www.msdmanuals.com/home/special-subjects/common-imaging-tests/radiographic-contrast-agents',
  },
  journalRelationshipRadiocontrast: {
    publisher: 'Journal of Emergency Medicine (via PubMed)',
    title: 'The relationship of radiocontrast, iodine, and seafood allergies, a medical myth exposed (2010)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/20045605/',
  },
  obstetricsCommitteeOpinion: {
    publisher: 'Obstetrics and Gynecology (ACOG, via PubMed)',
    title: 'Committee Opinion 723, guidelines for diagnostic imaging during pregnancy and lactation',
    url: 'https://pubmed.ncbi.nlm.nih.gov/28937575/',
  },
  cmajIntravascularContrast: {
    publisher: 'CMAJ (Canadian Medical Association Journal)',
    title: 'Intravascular contrast media for imaging in breastfeeding women',
    url: 'https://www.cmaj.ca/content/184/14/E775',
  },
  clinicalRadiocontrastAgents: {
    publisher: 'Clinical Lactation',
    title: 'Radiocontrast agents and breastfeeding',
    url: 'https://www.clinicallactation.org/content/radiocontrast-agents-and-breastfeeding',
  },
  imageParentsFaq: {
    publisher: 'Image Gently (Alliance for Radiation Safety in Pediatric Imaging)',
    title: 'Parents FAQ about fluoroscopy',
    url: 'https://www.imagegently.org/Roles-What-can-I-do/Parent/Fluoroscopy',
  },
  acrPlanPause: {
    publisher: 'ACR Bulletin (American College of Radiology)',
    title: 'Plan to pause and pulse (Image Gently fluoroscopy campaign)',
    url: 'https://acrbulletin.org/topics/quality-safety/1290-pause-and-pulse',
  },
  clevelandFluoroscopy: {
    publisher: 'Cleveland Clinic',
    title: 'Fluoroscopy',
    url: 'https://my.clevelandclinic.org/health/diagnostics/21992-fluoroscopy',
  },
  radiologyInfoDirectArthrography: {
    publisher: 'RadiologyInfo.org (RSNA and ACR)',
    title: 'Direct arthrography',
    url: 'https://www.radiologyinfo.org/en/info.cfm?pg=arthrog',
  },
  guyCatheterAngiogram: {
    publisher: 'Guy\'s and St Thomas\' NHS Foundation Trust',
    title: 'Having a catheter angiogram',
    url: 'https://guysandstthomas.nhs.uk/health-information/catheter-angiogram-check-blood-vessels/having-catheter-angiogram',
  },
  uwMetforminIodinated: {
    publisher: 'UW Radiology (University of Wisconsin)',
    title: 'Metformin and iodinated contrast',
    url: 'https://radiology.wisc.edu/metformin',
  },
  kidneyUseIntravenous: {
    publisher: 'Kidney Medicine (ACR and National Kidney Foundation, via PubMed Central)',
    title: 'Use of intravenous iodinated contrast media in patients with kidney disease (consensus statements)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7525144/',
  },
  mountPrepareImaging: {
    publisher: 'Mount Sinai',
    title: 'How to prepare for imaging tests',
    url: 'https://www.mountsinai.org/patient-care/service-areas/radiology/preparing-for-your-exam/how-to-prepare-for-imaging-tests',
  },
  newcastleBariumEnema: {
    publisher: 'Newcastle upon Tyne Hospitals NHS Foundation Trust',
    title: 'Barium enema',
    url: 'https://www.newcastle-hospitals.org.uk/services/radiology_xrays-and-scans_barium-enema.html',
  },
  iowaHysterosalpingogram: {
    publisher: 'Iowa Radiology',
    title: 'Hysterosalpingogram',
    url: 'https://www.iowaradiology.com/womens-imaging/hysterosalpingogram/',
  },
  collegeXRay: {
    publisher: 'University College London Hospitals NHS Foundation Trust',
    title: 'X-ray guided lumbar puncture',
    url: 'https://www.uclh.nhs.uk/patients-and-visitors/patient-information-pages/x-ray-guided-lumbar-puncture',
  },
  plymouthCtMyelogram: {
    publisher: 'University Hospitals Plymouth NHS Trust',
    title: 'CT myelogram',
    url: 'https://www.plymouthhospitals.nhs.uk/display-pil/pil-ct-myelogram-7945',
  },
  dorsetPatientsBarium: {
    publisher: 'Dorset County Hospital NHS Foundation Trust',
    title: 'Information for patients having a barium swallow or meal',
    url: 'https://dchft.nhs.uk/leaflets/information-for-patients-having-barium-swallow-meal',
  },
  medscapeFluoroscopyPeriprocedural: {
    publisher: 'Medscape (eMedicine)',
    title: 'Fluoroscopy periprocedural care',
    url: 'https://emedicine.medscape.com/article/1890603-periprocedure',
  },
  childrenVoidingCystourethrogram: {
    publisher: 'Children\'s Minnesota',
    title: 'Voiding cystourethrogram (VCUG): what you and your child can expect',
    url: 'https://www.childrensmn.org/services/other-programs-and-services/other-programs-and-services-q-z/radiology/voiding-cystourethrogram-vcug-for-boys-what-you-and-your-child-can-expect',
  },
  newcastleCoronaryAngiography: {
    publisher: 'Newcastle upon Tyne Hospitals NHS Foundation Trust',
    title: 'Coronary angiography',
    url: 'https://www.newcastle-hospitals.org.uk/services/cardiothoracic_treatment-and-medication_coronary-angiography.html',
  },
  usSafeMe: {
    publisher: 'US Environmental Protection Agency (archived page)',
    title: 'Is it safe for me to have a fluoroscopic procedure?',
    url: 'https://19january2021snapshot.epa.gov/radiation/it-safe-me-have-fluoroscopic-procedure_.html',
  },
  imageStepLightly: {
    publisher: 'Image Gently (Alliance for Radiation Safety in Pediatric Imaging)',
    title: 'Step Lightly, interventional radiology',
    url: 'https://imagegently.org/Procedures/Interventional-Radiology',
  },
  healthAskExperts2: {
    publisher: 'Health Physics Society',
    title: 'Ask the Experts, question 13516 (skin dose from X-ray exams)',
    url: 'https://hps.org/publicinformation/ate/q13516.html',
  },
  bestbetsIodineShellfish: {
    publisher: 'BestBETs (Manchester Royal Infirmary)',
    title: 'Iodine and shellfish allergy and contrast reactions',
    url: 'https://bestbets.org/bets/bet.php?id=3080',
  },
  journalPregnancyTesting: {
    publisher: 'Journal of the American College of Radiology',
    title: 'Pregnancy testing before hysterosalpingography (2013)',
    url: 'https://linkinghub.elsevier.com/retrieve/pii/S1546-1440(13)00012-4',
  },
  thiemeExperienceRadiology: {
    publisher: 'Thieme (journal article)',
    title: 'Experience of radiology technologists performing peripherally inserted central catheters (PICC)',
    url: 'https://doi.org/10.1055/s-0041-1739303',
  },
  cardiovascularCirseStandards: {
    publisher: 'CardioVascular and Interventional Radiology (CIRSE)',
    title: 'CIRSE standards of practice guidelines on gastrostomy',
    url: 'https://link.springer.com/article/10.1007/s00270-016-1344-z',
  },
  europeanRoleInterventional: {
    publisher: 'European Radiology (via PubMed)',
    title: 'The role of the interventional radiologist in enteral alimentation',
    url: 'https://pubmed.ncbi.nlm.nih.gov/12736755/',
  },
  statpearlsFluoroscopyOrthopedic: {
    publisher: 'StatPearls',
    title: 'Fluoroscopy orthopedic assessment',
    url: 'https://www.statpearls.com/ArticleLibrary/viewarticle/131237',
  },
  statpearlsFluoroscopyLumbar: {
    publisher: 'StatPearls',
    title: 'Fluoroscopy lumbar puncture',
    url: 'https://www.statpearls.com/articlelibrary/viewarticle/131416',
  },
  imageModernFluoroscopy: {
    publisher: 'Image Wisely (American College of Radiology and partners)',
    title: 'Modern fluoroscopy imaging systems',
    url: 'https://www.imagewisely.org/Imaging-Modalities/Fluoroscopy/Articles/Gingold-Modern-Systems',
  },
  nhsAngiographyUsed: {
    publisher: 'NHS',
    title: 'What angiography is used for',
    url: 'https://www.nhs.uk/Conditions/Angiography/Pages/What-is-it-used-for.aspx',
  },
  nhsAngiographyPerformed: {
    publisher: 'NHS',
    title: 'How angiography is performed',
    url: 'https://www.nhs.uk/Conditions/Angiography/Pages/How-is-it-performed.aspx',
  },
  guyCatheterAngiogram2: {
    publisher: 'Guy\'s and St Thomas\' NHS Foundation Trust',
    title: 'Catheter angiogram to check blood vessels',
    url: 'https://www.guysandstthomas.nhs.uk/health-information/catheter-angiogram-check-blood-vessels',
  },
  newcastleAngiogramInterventional: {
    publisher: 'Newcastle upon Tyne Hospitals NHS Foundation Trust',
    title: 'Angiogram (interventional radiology)',
    url: 'https://www.newcastle-hospitals.org.uk/services/radiology_xrays-and-scans_interventional-radiology_angiogram.html',
  },
  msdCommonTypes: {
    publisher: 'MSD Manual Consumer Version',
    title: 'Common types of angiography',
    url: 'https://www.msdmanuals.com/home/multimedia/table/common-types-of-angiography',
  },
  britishAngiographyChildren: {
    publisher: 'British Society of Interventional Radiology',
    title: 'Angiography (for children)',
    url: 'https://www.bsir.org/patients-1/patient-information-leaflets/paediatric-procedures/angiography',
  },
  americanAcrManual: {
    publisher: 'American College of Radiology',
    title: 'ACR Manual on Contrast Media',
    url: 'https://www.acr.org/quality-safety/resources/contrast-manual',
  },
  northMriArthrograms: {
    publisher: 'North Bristol NHS Trust',
    title: 'MRI arthrograms',
    url: 'https://nbt.nhs.uk/our-services/a-z-services/imaging-x-ray/imaging-patient-information/mri-arthrograms',
  },
  // Heart, blood vessel, spine, joint and feeding tube procedures.
  nhsCoronaryRisks: {
    publisher: 'NHS',
    title: 'Risks - Cardiac catheterisation and coronary angiography',
    url: 'https://www.nhs.uk/conditions/coronary-angiography/risks/',
  },
  hullCoronaryAngiogram: {
    publisher: 'Hull University Teaching Hospitals NHS Trust',
    title: 'Coronary angiogram (cardiac catheterisation): information for patients',
    url: 'https://www.hey.nhs.uk/patient-leaflet/coronary-angiogram-cardiac-catheterising-information-for-patients',
  },
  rbhtCoronaryAngiogram: {
    publisher: 'Royal Brompton and Harefield hospitals (Guy\'s and St Thomas\' NHS Foundation Trust)',
    title: 'Coronary angiogram',
    url: 'https://www.rbht.nhs.uk/patients/condition/coronary-angiogram/',
  },
  nbtCoronaryPci: {
    publisher: 'North Bristol NHS Trust',
    title: 'Coronary angiogram and angioplasty (PCI)',
    url: 'https://nbt.nhs.uk/our-services/a-z-services/cardiology/cardiology-patient-information/coronary-angiogram-angioplastypci',
  },
  dvlaCardiovascular: {
    publisher: 'GOV.UK (Driver and Vehicle Licensing Agency)',
    title: 'Cardiovascular disorders: assessing fitness to drive',
    url: 'https://www.gov.uk/guidance/cardiovascular-disorders-assessing-fitness-to-drive',
  },
  limGastrostomy: {
    publisher: 'Intestinal Research',
    title: 'Thirty-day mortality after percutaneous gastrostomy by endoscopic versus radiologic placement: a systematic review and meta-analysis (Lim and others, 2016)',
    url: 'https://doi.org/10.5217/ir.2016.14.4.333',
  },
  kohliGastrostomy: {
    publisher: 'Annals of Gastroenterology',
    title: 'Comparative outcomes of endoscopic and radiological gastrostomy tube placement: a systematic review and meta-analysis with GRADE analysis (Kohli and others, 2022)',
    url: 'https://doi.org/10.20524/aog.2022.0752',
  },
  postMyelographyHeadache: {
    publisher: 'Radiology (via PubMed)',
    title: 'Postmyelography headache: a review (1996)',
    url: 'https://pubmed.ncbi.nlm.nih.gov/8756929/',
  },
  myelographyPractices: {
    publisher: 'American Journal of Neuroradiology (via Duke University Scholars)',
    title: 'Critical assessment of myelography practices: a call for rational guideline revision',
    url: 'https://scholars.duke.edu/display/pub1357252',
  },
  mountainCtMyelogram: {
    publisher: 'Mountain Medical',
    title: 'Spine CT myelogram: how to prepare',
    url: 'https://www.mtnmedical.com/services/spine/spine-ct-myelogram/prepare.php',
  },
  mountainCtMyelogramRisks: {
    publisher: 'Mountain Medical',
    title: 'Spine CT myelogram: benefits and risks',
    url: 'https://www.mtnmedical.com/services/spine/spine-ct-myelogram/benefits-risks.php',
  },
  manchesterArthrograms: {
    publisher: 'Manchester Radiologist (consultant radiologist practice)',
    title: 'Arthrograms',
    url: 'https://www.radiologistmanchester.co.uk/arthrograms.html',
  },
  mriCentrumGadolinium: {
    publisher: 'MRI Centrum (Netherlands)',
    title: 'MRI contrast agent',
    url: 'https://www.mricentrum.nl/mri-contrast-agent',
  },
  insideRadiologyGadolinium: {
    publisher: 'InsideRadiology (Royal Australian and New Zealand College of Radiologists)',
    title: 'Gadolinium contrast medium',
    url: 'https://www.insideradiology.com.au/gadolinium-contrast-medium/',
  },
  mkuhCoronaryDischarge: {
    publisher: 'Milton Keynes University Hospital NHS Foundation Trust',
    title: 'Discharge advice following coronary angiography',
    url: 'https://www.mkuh.nhs.uk/patient-information-leaflet/discharge-advice-following-coronary-angiography',
  },
  aomrcCoronaryAngiography: {
    publisher: 'Academy of Medical Royal Colleges (Evidence-Based Interventions)',
    title: 'Diagnostic coronary angiography for low risk, stable chest pain',
    url: 'https://ebi.aomrc.org.uk/interventions/diagnostic-coronary-angiography-for-low-risk-stable-chest-pain-2/',
  },
  ouhCoronaryAngiography: {
    publisher: 'Oxford University Hospitals NHS Foundation Trust',
    title: 'Coronary angiography',
    url: 'https://www.ouh.nhs.uk/cardiac/services/cardiology/specialist-services/coronary-angiography/',
  },
  wwlCoronaryAngiogram: {
    publisher: 'Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust',
    title: 'Coronary angiogram',
    url: 'https://www.wwl.nhs.uk/Specialities/Cardiology/coronary_angiogram.aspx',
  },
  royalFreeBeforeAngiogram: {
    publisher: 'Royal Free London NHS Foundation Trust',
    title: 'Coronary angiogram - before your angiogram',
    url: 'https://www.royalfree.nhs.uk/services/services-a-z/cardiology/coronary-angiogram/before-your-angiogram/',
  },
  bfwhCathLab: {
    publisher: 'Blackpool Teaching Hospitals NHS Foundation Trust (Lancashire Cardiac Centre)',
    title: 'General cath lab advice',
    url: 'https://www.bfwh.nhs.uk/our-services/lancashire-cardiac-centre/information-for-patients/faq/general-cath-lab-advice/',
  },
  diabetesProcedurePrep: {
    publisher: 'Diabetes Healthnet (UK diabetes guidance for health professionals)',
    title: 'Preparation prior to investigative procedures for people with diabetes',
    url: 'https://www.diabetes-healthnet.ac.uk/Default.aspx?pageid=270',
  },
  ulsterLumbarPuncture: {
    publisher: 'The Ulster Medical Journal (via PubMed Central)',
    title: 'Diagnostic lumbar puncture (Doherty and Forbes, 2014)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4113153/',
  },
  southTeesLumbarPuncture: {
    publisher: 'South Tees Hospitals NHS Foundation Trust',
    title: 'Lumbar puncture',
    url: 'https://www.southtees.nhs.uk/resources/lumbar-puncture/',
  },
  southMriArthrogram: {
    publisher: 'South Tees Hospitals NHS Foundation Trust',
    title: 'MRI arthrogram',
    url: 'https://southtees.nhs.uk/resources/mri-arthrogram',
  },
  royalMriArthrogram: {
    publisher: 'The Royal Orthopaedic Hospital NHS Foundation Trust',
    title: 'MRI arthrogram',
    url: 'https://roh.nhs.uk/services-information/imaging/mri-arthogram',
  },
  webmdArthrogramJoint: {
    publisher: 'WebMD',
    title: 'Arthrogram (joint X-ray)',
    url: 'https://www.webmd.com/arthritis/arthrogram-joint-x-ray',
  },
  radiologyArthrogram: {
    publisher: 'The Radiology Clinic, Tuscaloosa',
    title: 'Arthrogram',
    url: 'https://tuscaloosaradiology.com/patients/procedures/arthrogram',
  },
  semcArthrogramJoint: {
    publisher: 'SEMC',
    title: 'Arthrogram and joint injection',
    url: 'https://www.semc.org/services-directory/imaging-radiology/interventional-radiology/arthogram-and-joint-injection',
  },
  gatesheadPatientsRequiring: {
    publisher: 'Gateshead Health NHS Foundation Trust',
    title: 'Information for patients requiring a barium swallow and/or meal',
    url: 'https://www.gatesheadhealth.nhs.uk/resources/information-for-patients-requiring-a-barium-swallow-and-or-meal/',
  },
  stBariumEnema: {
    publisher: 'St James\'s Hospital, Dublin',
    title: 'Barium enema',
    url: 'https://www.stjames.ie/services/diagim/bariumimagingfluoroscopy/bariumenema/',
  },
  macmillanBariumEnema: {
    publisher: 'Macmillan Cancer Support',
    title: 'Barium enema',
    url: 'https://www.macmillan.org.uk/information-and-support/bowel-cancer/rectal/diagnosing/how-cancers-are-diagnosed/bowel-screening/barium-enema.html',
  },
  hullRadiationAwareness: {
    publisher: 'Hull University Teaching Hospitals NHS Trust',
    title: 'Radiation awareness',
    url: 'https://www.hey.nhs.uk/radiology/radiation-awareness/',
  },
  stanfordInterventionalRadiology: {
    publisher: 'Stanford Health Care',
    title: 'Interventional radiology - gastrostomy (feeding) tube',
    url: 'https://stanfordhospital.org/clinicsmedServices/medicalServices/interventionalRadiology/venous_access/gastrostomy_tube.html',
  },
  cardiovascularRadiologicPercutaneous: {
    publisher: 'CardioVascular and Interventional Radiology',
    title: 'Radiologic percutaneous gastrostomy in nondistended stomach - a modified approach',
    url: 'https://link.springer.com/10.1007/s00270-016-1304-7',
  },
  miltonRadiologicallyInserted: {
    publisher: 'Milton Keynes University Hospital NHS Foundation Trust',
    title: 'Radiologically inserted gastrostomy (RIG)',
    url: 'https://www.mkuh.nhs.uk/patient-information-leaflet/radiologically-inserted-gastrostomy-rig',
  },
  miltonGastrostomyInsertion: {
    publisher: 'Milton Keynes University Hospital NHS Foundation Trust',
    title: 'Gastrostomy insertion',
    url: 'https://www.mkuh.nhs.uk/patient-information-leaflet/gastrostomy-insertion',
  },
  kingstonPercutaneousGastrostomy: {
    publisher: 'Kingston and Richmond NHS Foundation Trust',
    title: 'Percutaneous gastrostomy insertion',
    url: 'https://kingstonandrichmond.nhs.uk/patients-and-families/patient-leaflets/percutaneous-gastrostomy-insertion',
  },
  collegePullThrough: {
    publisher: 'University College London Hospitals NHS Foundation Trust',
    title: 'Pull-through radiologically inserted gastrostomy (RIG) feeding tube',
    url: 'https://www.uclh.nhs.uk/patients-and-visitors/patient-information-pages/pull-through-radiologically-inserted-gastrostomy-rig-feeding-tube',
  },
  stInterventionalGastrostomy: {
    publisher: 'St. Michael\'s Hospital (Unity Health Toronto)',
    title: 'Interventional gastrostomy',
    url: 'https://www.stmichaelshospital.com/programs/imaging/angiography/exams_interventional_gastrostomy.php',
  },
  radiologyGastrostomy: {
    publisher: 'Radiology Associates of Richmond',
    title: 'Gastrostomy',
    url: 'https://rarichmond.com/interventional-services/peripheral-vascular-radiology/gastrostomy',
  },
  ucsfHysterosalpingogramHsg: {
    publisher: 'UCSF Center for Reproductive Health',
    title: 'Hysterosalpingogram (HSG)',
    url: 'https://crh.ucsf.edu/about-fertility/diagnostic-fertility-testing/hysterosalpingogram-hsg',
  },
  journalRateDetection: {
    publisher: 'Journal of the American College of Radiology',
    title: 'Rate of detection of unsuspected pregnancies after mandatory urine pregnancy testing before hysterosalpingography (Herr and others, 2013)',
    url: 'https://doi.org/10.1016/j.jacr.2013.01.011',
  },
  southamptonAdultPatients: {
    publisher: 'University Hospital Southampton NHS Foundation Trust',
    title: 'Information for adult patients - hystero-salpingogram',
    url: 'https://www.uhs.nhs.uk/OurServices/Radiology-scansandimaging/PatientInformation/Hystero-Salpingogram.aspx',
  },
  diagnosticLumbarPuncture: {
    publisher: 'Diagnostic and Interventional Radiology (via PubMed Central)',
    title: 'Lumbar puncture under fluoroscopy guidance: a technical review for radiologists (Özütemiz and Rykken, 2019)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6411264/',
  },
  cureusFluoroscopicGuided: {
    publisher: 'Cureus (via PubMed Central)',
    title: 'Fluoroscopic-guided lumbar puncture in the prone versus lateral decubitus position (Bakrukov and others, 2021)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8594753/',
  },
  uclhCtMyelogram: {
    publisher: 'University College London Hospitals NHS Foundation Trust',
    title: 'CT myelogram',
    url: 'https://www.uclh.nhs.uk/patients-and-visitors/patient-information-pages/ct-myelogram',
  },
  sengkangPacemakerPost: {
    publisher: 'Sengkang General Hospital',
    title: 'Pacemaker - post-surgery care',
    url: 'https://www.skh.com.sg/patient-care/conditions-treatments/pacemaker/post-surgery-care',
  },
  imperialPacemakerSurgery: {
    publisher: 'Imperial College Healthcare NHS Trust (Imperial Private Healthcare)',
    title: 'Pacemaker surgery',
    url: 'https://www.private.imperial.nhs.uk/services/cardiac-care/pacemaker-surgery',
  },
  northernPermanentPacemaker: {
    publisher: 'Northern Lincolnshire and Goole NHS Foundation Trust',
    title: 'Permanent pacemaker implantation and box change - a guide to the procedure',
    url: 'https://www.nlg.nhs.uk/resources/pacemaker/',
  },
  princessPacemakerInsertion: {
    publisher: 'The Princess Alexandra Hospital NHS Trust',
    title: 'Pacemaker insertion',
    url: 'https://www.pah.nhs.uk/resources/pacemaker-insertion',
  },
  dudleyPacemakerImplant: {
    publisher: 'The Dudley Group NHS Foundation Trust',
    title: 'Pacemaker implant procedures',
    url: 'https://www.dgft.nhs.uk/?p=7150',
  },
  dudleyDefibrillatorImplant: {
    publisher: 'The Dudley Group NHS Foundation Trust',
    title: 'Defibrillator implant procedures (ICD)',
    url: 'https://www.dgft.nhs.uk/pil/defibrillator-implant-procedures-icd',
  },
  rotherhamPacemakers: {
    publisher: 'The Rotherham NHS Foundation Trust',
    title: 'Pacemakers',
    url: 'https://therotherhamft.nhs.uk/patients-and-visitors/patient-information/pacemakers',
  },
  northPermanentPacemaker: {
    publisher: 'North Tees and Hartlepool NHS Foundation Trust',
    title: 'Permanent pacemaker - information for patients',
    url: 'https://nth.nhs.uk/?p=19900',
  },
  miltonDischargeFollowing: {
    publisher: 'Milton Keynes University Hospital NHS Foundation Trust',
    title: 'Discharge information following pacemaker insertion',
    url: 'https://www.mkuh.nhs.uk/patient-information-leaflet/discharge-information-following-pacemaker-insertion',
  },
  urologyRetrogradePyelography: {
    publisher: 'Urology Care Foundation (American Urological Association)',
    title: 'What is retrograde pyelography?',
    url: 'https://www.urologyhealth.org/urologic-conditions/urologic-radiology/what-is-retrograde-pyelography',
  },
  urologyRetrogradePyelography2: {
    publisher: 'Urology Care Foundation (American Urological Association)',
    title: 'Retrograde pyelography',
    url: 'https://www.urologyhealth.org/urologic-conditions/retrograde-pyelography',
  },
  stSmallBowel: {
    publisher: 'St. Michael\'s Hospital, Toronto',
    title: 'Small bowel follow through',
    url: 'https://www.stmichaelshospital.com/programs/imaging/xray/exams_sbfollowthrough.php',
  },
  stDiagnosticImaging: {
    publisher: 'St. Joseph\'s Health Care London',
    title: 'Diagnostic imaging, small bowel examinations',
    url: 'https://www.sjhc.london.on.ca/diagnostic-imaging/gastrointestinal-radiography-fluoroscopy/small-bowel-examinations',
  },
  radiologyExamPreparation: {
    publisher: 'Radiology Associates, Little Rock',
    title: 'Exam preparation, small bowel',
    url: 'https://rapaxray.com/patients/exam-prep-small-bowel',
  },
  hullDischargeAdvice: {
    publisher: 'Hull University Teaching Hospitals NHS Trust',
    title: 'Discharge advice following pain management treatment',
    url: 'https://hey.nhs.uk/patient-leaflet/discharge-advice-information-following-pain-management-treatment',
  },
  srgEpiduralSteroid: {
    publisher: 'SRG (Southern Radiology Group, New Zealand)',
    title: 'Epidural steroid injections',
    url: 'https://www.srgmri.co.nz/radiology-services/interventional/epidural-steroid-injections/',
  },
  northFacetJoint: {
    publisher: 'North Bristol NHS Trust',
    title: 'Facet joint injections',
    url: 'https://nbt.nhs.uk/our-services/a-z-services/imaging-x-ray/imaging-patient-information/facet-joint-injections',
  },
  guyFacetJoint: {
    publisher: 'Guy\'s and St Thomas\' NHS Foundation Trust',
    title: 'Facet joint injections for treating pain',
    url: 'https://www.guysandstthomas.nhs.uk/health-information/facet-joint-injections-treating-pain',
  },
  stFacetJoint: {
    publisher: 'Hospital of St John and St Elizabeth',
    title: 'Facet joint injection',
    url: 'https://hmtsthughs.org/treatment/facet-joint-injection/',
  },
  tetburyFacetJoint: {
    publisher: 'Tetbury Hospital',
    title: 'Facet joint injection',
    url: 'https://www.tetburyhospital.co.uk/treatments/facet-joint-injection/',
  },
  iuVoidingCystourethrogram: {
    publisher: 'IU Health Riley Hospital for Children',
    title: 'Voiding cystourethrogram (VCUG)',
    url: 'https://iuhealth.org/riley/radiology/fluoroscopy/voiding-cystourethrogram-vcug/',
  },
  childrenVoidingCystourethrogram2: {
    publisher: 'Children\'s Wisconsin',
    title: 'Voiding cystourethrogram for males (teaching sheet 1443)',
    url: 'https://childrenswi.org/publications/teaching-sheet/imaging/1443-voiding-cystourethrogram-for-males',
  },
  nemoursVoidingCystourethrogram: {
    publisher: 'Nemours Children\'s Health',
    title: 'Voiding cystourethrogram (VCUG)',
    url: 'https://www.nemours.org/service/medical/pediatric-urology/vcug.html',
  },
  stLearningChild: {
    publisher: 'St. Luke\'s Health System (Healthwise)',
    title: 'Learning about your child\'s voiding cystourethrogram (VCUG) test',
    url: 'https://stlukesonline.org/health-services/health-information/healthwise/2022/04/22/17/28/learning-about-your-childs-voiding-cystourethrogram-vcug-test',
  },
  // Spanish-language pages: what fluoroscopy is, uses, risks, common questions.

  // Spanish-language pages: preparing, during the test, after, About.

  // Spanish-language pages: barium and swallowing tests.
  msdEsDigestiveXrays: {
    publisher: 'Manual MSD, versión para público general',
    title: 'Estudios de rayos X del tubo digestivo',
    url: 'https://www.msdmanuals.com/es/hogar/trastornos-gastrointestinales/diagn%C3%B3stico-de-los-trastornos-digestivos/estudios-de-rayos-x-del-tubo-digestivo',
    lang: 'es',
  },

  // Spanish-language pages: bladder, kidney, womb, joint and lumbar puncture tests.

  // Spanish-language pages: myelogram, spinal injection, feeding tube.
  medlineplusEsMyelography: {
    publisher: 'MedlinePlus en español (US National Library of Medicine)',
    title: 'Mielografía',
    url: 'https://medlineplus.gov/spanish/pruebas-de-laboratorio/mielografia/',
    lang: 'es',
  },

  // Spanish-language pages: heart and blood vessel procedures.
  kaiserEsCoronaryAngiography: {
    publisher: 'Kaiser Permanente (Healthwise), en español',
    title: 'Angiografía coronaria: Sobre esta prueba',
    url: 'https://espanol.kaiserpermanente.org/es/health-wellness/health-encyclopedia/he.Angiografa-coronaria-Sobre-esta-prueba.zc2249',
    lang: 'es',
  },

  // Spanish-language pages: warning signs, shared text and the glossary.
} satisfies Record<string, Source>;

export type DataSourceId = keyof typeof dataSources;

const keyByUrl = new Map(Object.entries(dataSources).map(([key, source]) => [source.url, key as DataSourceId]));

/** The registry key of a source, so a page can link a citation to its entry; undefined for a page not in the registry. */
export function sourceKeyOf(source: Source): DataSourceId | undefined {
  return keyByUrl.get(source.url);
}
