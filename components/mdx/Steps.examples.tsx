import { Step } from './Step';
import { Steps } from './Steps';

/** Named examples: rendered by the unit tests and on /examples/ for the accessibility scan. */
export const stepsExamples = {
  'three steps': (
    <Steps>
      <Step title="Check in">
        <p>Give your name at the desk.</p>
      </Step>
      <Step title="Change into a gown">
        <p>Take off jewelry and anything metal.</p>
      </Step>
      <Step title="Lie on the table">
        <p>The radiographer helps you get comfortable.</p>
      </Step>
    </Steps>
  ),
  'labelled list': (
    <Steps label="Steps of a barium swallow">
      <Step title="Drink the barium" />
      <Step title="Turn as asked" />
    </Steps>
  ),
};
