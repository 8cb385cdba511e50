import type { Source } from '@/lib/content/schema';

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
} satisfies Record<string, Source>;

export type DataSourceId = keyof typeof dataSources;
