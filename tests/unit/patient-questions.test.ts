import { loadContent } from '@/lib/content';
import { answeredQuestions, patientQuestions } from '@/lib/search/fixture';
import { glanceSection, type Section } from '@/lib/search/sections';
import { siteMapOf } from '@/lib/site-map/build';

const { guides, procedures } = loadContent();
const map = siteMapOf({ guides, procedures });

/** Every page's h2 sections, by address, read from the MDX (and the At a glance card of each test). */
const pages = new Map<string, Section[]>([
  ...guides.map((g): [string, Section[]] => [map.articleHref('guide', g.slug), g.outline.sections]),
  ...procedures.map((p): [string, Section[]] => [map.articleHref('procedure', p.slug), [glanceSection(p.meta.glance), ...p.outline.sections]]),
]);

describe('the fixture of real patient questions', () => {
  it('holds at least 45 questions, at least 40 of them answered by the site', () => {
    expect(patientQuestions.length).toBeGreaterThanOrEqual(45);
    expect(answeredQuestions.length).toBeGreaterThanOrEqual(40);
  });

  it('says where each question was asked, once', () => {
    for (const q of patientQuestions) expect(q.askedAt).toMatch(/^https?:\/\/[^ ]+$/);
    const texts = patientQuestions.map((q) => q.question);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('gives a note for every question the site does not answer yet', () => {
    for (const q of patientQuestions.filter((x) => !x.answered)) expect(q.note, q.question).toBeTruthy();
  });

  it.each(answeredQuestions.map((q) => [q.question.slice(0, 70), q] as const))('"%s" is answered where the fixture says', (_, q) => {
    const sections = pages.get(q.page);
    expect(sections, `page ${q.page}`).toBeDefined();
    const section = sections!.find((s) => s.id === q.section);
    expect(section, `section #${q.section} on ${q.page}`).toBeDefined();
    const text = section!.text.toLowerCase();
    for (const keyword of q.keywords ?? []) expect(text, `#${q.section} should say "${keyword}"`).toContain(keyword.toLowerCase());
    for (const other of q.alsoAccept ?? []) expect(sections!.map((s) => s.id)).toContain(other);
  });

  it('points unanswered questions at pages and sections that exist, where the answer should go', () => {
    for (const q of patientQuestions.filter((x) => !x.answered)) {
      expect(pages.get(q.page)?.map((s) => s.id), q.question).toContain(q.section);
    }
  });
});
