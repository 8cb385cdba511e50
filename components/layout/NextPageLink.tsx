type Props = { href: string; title: string };

/** "Next: ..." at the foot of a guide, so a reader can go on in order. */
export function NextPageLink({ href, title }: Props) {
  return (
    <nav aria-label="Next page" className="next-page mt-10">
      <a href={href} rel="next" className="inline-flex min-h-11 flex-col text-lg">
        <span className="text-base text-muted">Next</span>
        <span className="font-bold">{title}</span>
      </a>
    </nav>
  );
}
