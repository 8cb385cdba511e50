import { FAQ } from './FAQ';
import { Question } from './Question';

export const faqExamples = {
  'two questions': (
    <FAQ>
      <Question q="Does it hurt?">
        <p>The X-ray itself does not hurt.</p>
      </Question>
      <Question q="Can I drive home?">
        <p>
          Not after sedation. See <a href="/after/">after the test</a>.
        </p>
      </Question>
    </FAQ>
  ),
};
