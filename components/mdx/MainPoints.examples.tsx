import { MainPoints } from './MainPoints';

export const mainPointsExamples = {
  'short list': (
    <MainPoints>
      <ul>
        <li>Most tests use a low dose of radiation.</li>
        <li>Tell the staff if you are, or might be, pregnant.</li>
      </ul>
    </MainPoints>
  ),
};
