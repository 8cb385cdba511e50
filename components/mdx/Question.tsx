import GithubSlugger from 'github-slugger';
import type { ReactNode } from 'react';

type Props = { q: string; level?: 2 | 3; children?: ReactNode };

/**
 * One question of a <FAQ>, with its answer. The question has an id (its words, slugged) so site search
 * can link straight to it, and it counts more in search than the answer text (a little less than a section heading).
 */
export function Question({ q, level = 3, children }: Props) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="faq-item py-5">
      <Heading id={questionId(q)} className="mb-2 text-lg font-bold" data-pagefind-weight="4">
        {q}
      </Heading>
      <div className="rich">{children}</div>
    </div>
  );
}

/**
 * The id of a question's heading: "Can I drive home?" becomes "can-i-drive-home", and "¿Cuánto tiempo
 * dura?" becomes "cuanto-tiempo-dura". Accents are dropped, so a link to the question, printed in a letter
 * or pasted into an email, reads as plain letters instead of "cu%C3%A1nto".
 */
export function questionId(q: string): string {
  return new GithubSlugger().slug(q.normalize('NFD').replace(/\p{M}/gu, ''));
}
