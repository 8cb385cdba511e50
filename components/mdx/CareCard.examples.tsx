import { CareCard } from './CareCard';

export const careCardExamples = {
  'non-urgent': (
    <CareCard level="non-urgent" heading="Contact your care team if:">
      <ul>
        <li>your poo is still pale after a week</li>
      </ul>
    </CareCard>
  ),
  urgent: (
    <CareCard level="urgent" heading="Ask for urgent medical help if:">
      <ul>
        <li>the skin around the wound is red, hot and swollen</li>
      </ul>
    </CareCard>
  ),
  emergency: (
    <CareCard level="emergency" heading="Call 911 or 999 now if:">
      <ul>
        <li>bleeding does not stop after 10 minutes of firm pressure</li>
      </ul>
    </CareCard>
  ),
};
