import fs from 'node:fs';
import path from 'node:path';

/** One real question from tests/fixtures/patient-questions.json. */
export type PatientQuestion = {
  question: string;
  askedAt: string;
  site: string;
  kind: 'patient-forum' | 'patient-blog' | 'patient-qa-site' | 'ask-the-expert' | 'hospital-qa' | 'advocacy-faq';
  answered: boolean;
  page: string;
  section: string;
  keywords?: string[];
  alsoAccept?: string[];
  note?: string;
};

export const FIXTURE = path.resolve('tests/fixtures/patient-questions.json');

export const patientQuestions: PatientQuestion[] = JSON.parse(fs.readFileSync(FIXTURE, 'utf8')).questions;
export const answeredQuestions = patientQuestions.filter((q) => q.answered);
