import type { Metadata } from 'next';
import { componentExamples } from '@/components/examples';
import { pageMetadata } from '@/lib/seo/metadata';
import { PageShell } from '@/components/layout/PageShell';
import { staticHref } from '@/lib/site-map/build';

export const metadata: Metadata = pageMetadata({
  title: 'Component examples',
  description: 'Every article component of the Fluoroscopy Guide in each of its named examples, for authors and for testing.',
  path: staticHref('examples'),
  noindex: true,
});

/** A page for authors and the accessibility tests: each component in each named example. Not in the sitemap. */
export default function ExamplesPage() {
  return (
    <PageShell>
      <div className="max-w-prose">
        <h1 className="mb-6 text-3xl font-bold">Component examples</h1>
        {Object.entries(componentExamples).map(([component, examples]) => (
          <section key={component} aria-labelledby={`example-${component}`} className="mb-12">
            <h2 id={`example-${component}`} className="mb-4 text-2xl font-bold">
              {component}
            </h2>
            {Object.entries(examples).map(([name, example]) => (
              <div key={name} className="example mb-8" data-example={`${component}/${name}`}>
                <p className="mb-2 text-base text-muted">Example: {name}</p>
                {example}
              </div>
            ))}
          </section>
        ))}
      </div>
    </PageShell>
  );
}
