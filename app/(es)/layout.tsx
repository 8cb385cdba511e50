import type { ReactNode } from 'react';
import { Document } from '@/components/layout/Document';
import { rootMetadata, rootViewport } from '@/lib/seo/root-metadata';
import '../globals.css';

export const metadata = rootMetadata('es');
export const viewport = rootViewport;

export default function SpanishLayout({ children }: { children: ReactNode }) {
  return <Document locale="es">{children}</Document>;
}
