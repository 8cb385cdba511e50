type Props = { items: { href: string; title: string }[] };

/** Links to the full guides, for reading before the day. Left off paper, where they cannot be followed. */
export function GuideLinks({ items }: Props) {
  if (!items.length) return null;
  return (
    <section aria-labelledby="full-guides" className="full-guides mb-10 print:hidden">
      <h2 id="full-guides" className="mb-3 text-2xl font-bold">
        Read the full guides
      </h2>
      <ul className="list-disc space-y-2 pl-6">
        {items.map((item) => (
          <li key={item.href}>
            <a href={item.href}>{item.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
