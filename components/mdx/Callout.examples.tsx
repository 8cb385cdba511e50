import { Callout } from './Callout';

export const calloutExamples = {
  info: (
    <Callout tone="info">
      <p>Your hospital&apos;s instructions come first.</p>
    </Callout>
  ),
  'info with title': (
    <Callout tone="info" title="Good to know">
      <p>Barium makes your poo pale for a few days.</p>
    </Callout>
  ),
  warning: (
    <Callout tone="warning">
      <p>Tell the staff if you are, or might be, pregnant.</p>
    </Callout>
  ),
};
