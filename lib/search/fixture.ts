import fixture from '@/tests/fixtures/patient-questions.json';

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

export const patientQuestions = fixture.questions as PatientQuestion[];
export const answeredQuestions = patientQuestions.filter((q) => q.answered);
