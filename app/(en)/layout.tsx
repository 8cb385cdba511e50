import type { ReactNode } from 'react';
import { Document } from '@/components/layout/Document';
import { rootMetadata, rootViewport } from '@/lib/seo/root-metadata';
import '../globals.css';

export const metadata = rootMetadata('en');
export const viewport = rootViewport;

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <Document locale="en">{children}</Document>;
}
