import { appointmentFile, appointmentFiles } from '@/lib/clinic/appointment-content';

// Written once at build time: each test's day facts and its sources, which the appointment page fetches for its test.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return appointmentFiles('en');
}

export async function GET(_request: Request, { params }: { params: Promise<{ kind: string; file: string }> }) {
  const { kind, file } = await params;
  return Response.json(appointmentFile('en', kind, file));
}
