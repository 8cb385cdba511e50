type Props = { items: { href: string; title: string }[] };

/** Links to tests that are often confused with, or done with, this one. */
export function RelatedProcedures({ items }: Props) {
  if (!items.length) return null;
  return (
    <nav aria-labelledby="related-tests" className="related-tests mt-10">
      <h2 id="related-tests" className="mb-3 text-xl font-bold">
        Related tests
      </h2>
      <ul className="list-disc space-y-1 pl-6">
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href}>{item.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
