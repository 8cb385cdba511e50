import { appointmentSourceFiles, appointmentSourcesFile } from '@/lib/clinic/appointment-content';

// Written once at build time: each test's sources, fetched when a reader opens the appointment page's Sources list.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return appointmentSourceFiles('en');
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  return Response.json(appointmentSourcesFile('en', (await params).file));
}
