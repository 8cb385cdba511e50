import { render, screen, within } from '@testing-library/react';
import { beforeYourAppointment } from '@/content/data/checklist';
import { AppointmentChecklist } from './AppointmentChecklist';

describe('<AppointmentChecklist>', () => {
  it('lists every item under "Before your appointment"', () => {
    render(<AppointmentChecklist items={beforeYourAppointment} />);
    const section = screen.getByRole('region', { name: 'Before your appointment' });
    expect(within(section).getAllByRole('listitem')).toHaveLength(beforeYourAppointment.length);
    expect(section).toHaveTextContent(beforeYourAppointment[0].text);
  });
});
