import { render, within } from '@testing-library/react';
import { CareCardList } from '@/components/mdx/CareCardList';
import { factors, levelText, rules, signs, type SignId } from '@/content/data/safety';
import { MAX_GRADE, readability } from '@/lib/readability';
import { cardsFor, generalProfile, rulesFor, safetySourcesFor, signIdsOf } from './compose';
import { SafetyDataError, validateSafetyData } from './schema';

const allSigns = Object.keys(signs) as SignId[];
const everything = { applies: [], signs: allSigns };

describe('the one source of warning signs', () => {
  it('is valid: every sign has a level, wording and at least one known source', () => {
    expect(() => validateSafetyData()).not.toThrow();
  });

  it('fails naming the sign and the field when a sign has no source', () => {
    const broken = { ...signs, fever: { ...signs.fever, sources: [] } };
    expect(() => validateSafetyData({ signs: broken, factors, rules, complications: [] })).toThrow(SafetyDataError);
    expect(() => validateSafetyData({ signs: broken, factors, rules, complications: [] })).toThrow(/sign "fever", field "sources"/);
  });

  it('fails when a factor names a sign that does not exist', () => {
    const broken = { ...factors, heart: { label: 'heart', signs: ['no-such-sign'] } };
    expect(() => validateSafetyData({ signs, factors: broken as never, rules, complications: [] })).toThrow(/factor "heart", field "signs.0"/);
  });

  it('uses every sign somewhere, so none is left unreachable', () => {
    const used = new Set<string>([...Object.values(factors).flatMap((f) => f.signs as string[]), ...(generalProfile.signs ?? [])]);
    expect(allSigns.filter((id) => !used.has(id))).toEqual([]);
  });

  it(`reads at US grade ${MAX_GRADE} or below, in short sentences`, () => {
    const texts = [
      ...allSigns.flatMap((id) => {
        const sign: { text: string; action?: string } = signs[id];
        return [`${sign.text}. ${sign.action ?? ''}`.trim()];
      }),
      ...Object.values(rules).map((rule) => rule.text.join(' ')),
      ...Object.values(levelText).flatMap((level) => [level.heading, level.where]),
    ];
    expect(texts.filter((text) => readability(text).grade > MAX_GRADE)).toEqual([]);
    expect(texts.flatMap((text) => readability(text).longSentences)).toEqual([]);
  });
});

describe('composed cards', () => {
  const cards = cardsFor(everything);

  it('come most urgent first, each sign once, on the card of its own level', () => {
    expect(cards.map((card) => card.level)).toEqual(['emergency', 'urgent', 'non-urgent']);
    const ids = cards.flatMap((card) => card.signs.map((sign) => sign.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const card of cards) for (const sign of card.signs) expect(signs[sign.id].level).toBe(card.level);
  });

  it('bring each sign a factor names, once, however many factors name it', () => {
    const ids = signIdsOf({ applies: ['artery-catheter', 'joint-needle', 'womb-instruments'] });
    expect(ids.filter((id) => id === 'fever')).toHaveLength(1);
  });

  it('leave out a level with no signs', () => {
    expect(cardsFor({ applies: ['barium-mouth'] }).map((card) => card.level)).toEqual(['non-urgent']);
  });

  it('tell the reader, on every emergency card, to call their local emergency number', () => {
    const emergency = cards.find((card) => card.level === 'emergency')!;
    expect(emergency.heading).toMatch(/emergency number/);
    expect(emergency.where).toMatch(/911/);
    expect(emergency.where).toMatch(/999/);
    expect(emergency.where).toMatch(/112/);
  });

  it('say where to go on every urgent card', () => {
    const urgent = cards.find((card) => card.level === 'urgent')!;
    expect(urgent.where).toMatch(/hospital number on your letter/);
    expect(urgent.where).toMatch(/your doctor/);
    expect(urgent.where).toMatch(/urgent care/);
    expect(urgent.where).toMatch(/NHS 111/);
  });

  it('carry no link on an emergency card, so nothing leads the reader away', () => {
    const { container } = render(<CareCardList cards={cards} />);
    const emergency = container.querySelector('.care-card-emergency') as HTMLElement;
    expect(within(emergency).getAllByRole('listitem').length).toBe(cards[0].signs.length);
    expect(emergency.querySelectorAll('a')).toHaveLength(0);
  });

  it('cite a source for every sign and rule they show', () => {
    const sources = safetySourcesFor({ applies: ['sedation', 'stent', 'heart'] });
    expect(sources.length).toBeGreaterThan(2);
    for (const source of sources) expect(source.url).toMatch(/^https:\/\//);
  });
});

describe('shared rules', () => {
  it('take the cautious end for sedation: 24 hours with an adult, no driving for 24 hours', () => {
    const [rule] = rulesFor({ applies: ['sedation'] });
    expect(rule.text.join(' ')).toMatch(/stay with you for 24 hours/);
    expect(rule.text.join(' ')).toMatch(/For 24 hours, do not drive/);
    expect(rule.text.join(' ')).not.toMatch(/6 hours|next morning/);
  });

  it('tell a patient with a stent never to stop their antiplatelet medicine on their own', () => {
    const [rule] = rulesFor({ applies: ['stent'] });
    expect(rule.text.join(' ')).toMatch(/aspirin, clopidogrel, ticagrelor or prasugrel/);
    expect(rule.text.join(' ')).toMatch(/Never stop/);
  });
});
