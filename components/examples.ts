import { calloutExamples } from './mdx/Callout.examples';
import { careCardExamples } from './mdx/CareCard.examples';
import { faqExamples } from './mdx/FAQ.examples';
import { mainPointsExamples } from './mdx/MainPoints.examples';
import { stepsExamples } from './mdx/Steps.examples';
import { termExamples } from './mdx/Term.examples';

/** Every named example of every article component, for /examples/ and its accessibility scan. */
export const componentExamples = {
  Steps: stepsExamples,
  FAQ: faqExamples,
  Callout: calloutExamples,
  CareCard: careCardExamples,
  Term: termExamples,
  MainPoints: mainPointsExamples,
};
