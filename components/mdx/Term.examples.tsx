import { TermList } from '@/components/layout/TermList';
import { Term } from './Term';

export const termExamples = {
  'term with its definition list': (
    <div>
      <p>
        You may be given <Term id="contrast">X-ray dye (contrast)</Term> to drink.
      </p>
      <TermList ids={['contrast']} />
    </div>
  ),
};
