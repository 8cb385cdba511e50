import type { Source } from '../schema/source';

/**
 * Sources behind the numbers in the typed data files. Articles list their own
 * sources in front matter; these are for figures that several pages share.
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
} satisfies Record<string, Source>;

export type DataSourceId = keyof typeof dataSources;
