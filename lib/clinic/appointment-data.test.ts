import { adviceFor } from './advice';
import { choiceOf, unionAdvice } from './appointment-data';

describe('the advice the appointment page holds', () => {
  const general = adviceFor();
  const swallow = adviceFor({ applies: ['barium-mouth'] }, [{ label: 'How long it takes', text: '15 to 30 minutes' }]);
  const heart = adviceFor({ applies: ['artery-catheter', 'heart', 'stent'] });
  const union = unionAdvice([general, swallow, heart]);

  it('holds every item of every advice once', () => {
    for (const advice of [general, swallow, heart]) {
      for (const item of advice.checklist) expect(union.checklist.filter((u) => u.id === item.id)).toHaveLength(1);
      for (const source of advice.sources) expect(union.sources.filter((u) => u.url === source.url)).toHaveLength(1);
      const signs = union.cards.flatMap((c) => c.signs.map((s) => s.id));
      for (const sign of advice.cards.flatMap((c) => c.signs)) expect(signs.filter((id) => id === sign.id)).toHaveLength(1);
    }
    expect(union.day).toEqual([{ label: 'How long it takes', text: '' }]);
  });

  it("gives back each advice exactly, in its own order, from positions in the union", () => {
    for (const advice of [general, swallow, heart]) {
      const choice = choiceOf(advice, union);
      expect(choice.c.map((i) => union.checklist[i].id)).toEqual(advice.checklist.map((i) => i.id));
      expect(choice.s).toEqual(advice.cards.flatMap((c) => c.signs.map((s) => s.id)));
      expect(choice.r).toEqual(advice.rules.map((r) => r.id));
    }
    // The day facts' texts are not in the page's data: the page fetches the linked test's (appointment-content.ts).
    expect(Object.keys(choiceOf(swallow, union))).toEqual(['c', 's', 'r']);
  });
});
